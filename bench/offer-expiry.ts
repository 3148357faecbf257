/**
 * `npm run bench:expiry`: how late Carousel's scheduler expires offers when many fall due at
 * once. Leads are posted into a category whose push tier offers each to one of 100 agents, then
 * to another (two attempts), with an SLA far away; once every first offer is out, their due
 * times are moved in the database so they fall due over a few seconds (`--spread`), starting a
 * few seconds on. Nobody answers; the scheduler of each `carousel serve` expires them and offers
 * each lead to the next agent, as a real expiry does (the second offers stay out). The lag
 * of an offer is its `expired` event's time (when its transaction ran) less its due time, read
 * from the database afterwards. Beside it, in the same run and on the same database: a bare
 * expiry loop, the timer's skeleton (list due rows, move each from `offered` to `expired` by a
 * compare-and-set and write an event row; SKIP LOCKED per row on PostgreSQL, a batch per commit
 * on SQLite) without Carousel's work on the lead. See docs/BENCHMARKS.md.
 */
import { randomBytes } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import {
  benchMain,
  carouselApi,
  CATEGORY,
  givenAgents,
  givenBenchCategory,
  percentile,
  postLeads,
  sleep,
  startScratch,
  type Run,
  type Scratch,
  type Where,
} from "./carousel-api.js";
import { leadBodies } from "./lead-bodies.js";

const USAGE = `npm run bench:expiry -- [options]

  --offers N          offers out at once per run (default 10000)
  --spread S          seconds over which their SLAs run out (default 5)
`;

/** How often `carousel serve` runs its scheduler (startScheduler's default). */
const TICK_MS = 250;
const AGENTS = 100;
const BATCH = 200;
/** How long after the offers are moved the first falls due. */
const LEAD_IN_MS = 3000;

interface Result {
  label: string;
  offers: number;
  postSeconds: number;
  /** From the first offer falling due to the last one handled. */
  dueSpanSeconds: number;
  drainSeconds: number;
  expired: number;
  expiredTwice: number;
  lagMs: number[];
  bare: { rows: number; seconds: number };
}

async function main(): Promise<void> {
  await benchMain(
    "Carousel offer expiry benchmark",
    USAGE,
    { offers: 10_000, spread: 5 },
    async ({ offers, spread }, runs, where) => {
      console.log(
        `\n${offers} offers out at once, falling due over ${spread} s, ${AGENTS} agents, nobody answers\n`,
      );
      const results: Result[] = [];
      for (const run of runs) results.push(await measure(run, offers, spread, where));
      report(results);
    },
  );
}

async function measure(run: Run, offers: number, spread: number, where: Where): Promise<Result> {
  process.stdout.write(`  ${run.label}: `);
  const scratch = await startScratch(run.engine, run.processes, where);
  try {
    const urls = scratch.servers.map((s) => s.url);
    const api = carouselApi(urls[0]!, scratch.token);
    const intakeKey = await givenBenchCategory(api);
    await givenAgents(api, AGENTS);
    await api("PUT", `/api/v1/categories/${CATEGORY}/plan`, {
      tiers: [
        { select: { kind: "agent" }, method: "round_robin", mode: "push", slaSeconds: 86_400, attempts: 2 },
      ],
    });
    const posting = performance.now();
    await postLeads(urls, intakeKey, leadBodies(randomBytes(3).toString("hex")), offers);
    const postSeconds = (performance.now() - posting) / 1000;
    const due = await fallDue(scratch, Date.now() + LEAD_IN_MS, spread * 1000);
    process.stdout.write(`${due} offers out in ${postSeconds.toFixed(1)} s, due over ${spread} s; `);

    const deadline = Date.now() + LEAD_IN_MS + 600_000;
    for (;;) {
      const [done] = await scratch.query<{ n: number | string }>(
        "select count(*) as n from assignments where status = 'expired'",
      );
      if (Number(done?.n) >= due) break;
      if (Date.now() > deadline) throw new Error(`only ${done?.n} of ${due} offers expired after 10 minutes`);
      await sleep(250);
    }
    await scratch.stopServers();
    const lags = await lagsOf(scratch);
    const bare = await bareExpiry(scratch, offers);
    const result = { label: run.label, offers, postSeconds, ...lags, bare };
    console.log(
      `lag p50 ${percentile(result.lagMs, 0.5).toFixed(0)} ms, p99 ${percentile(result.lagMs, 0.99).toFixed(0)} ms`,
    );
    return result;
  } finally {
    await scratch.dispose();
  }
}

/**
 * Moves the open offers' due times to `from`, `from + spread` and evenly between, in id order,
 * while the servers run; answers how many it moved.
 */
async function fallDue(scratch: Scratch, from: number, spread: number): Promise<number> {
  const ids = (
    await scratch.query<{ id: string }>("select id from assignments where status = 'offered' order by id")
  ).map((r) => r.id);
  const dueAt = (i: number) => from + Math.floor((i * spread) / Math.max(1, ids.length - 1));
  if (scratch.database.engine === "sqlite") {
    const db = new BetterSqlite3(scratch.database.file);
    try {
      db.pragma("busy_timeout = 10000");
      const move = db.prepare("update assignments set expires_at = ? where id = ?");
      db.transaction(() => ids.forEach((id, i) => move.run(dueAt(i), id)))();
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: scratch.database.url });
    await client.connect();
    try {
      await client.query(
        "update assignments set expires_at = moved.due from unnest($1::text[], $2::bigint[]) as moved(id, due) where assignments.id = moved.id",
        [ids, ids.map((_, i) => dueAt(i))],
      );
    } finally {
      await client.end();
    }
  }
  return ids.length;
}

/** Every expired offer's lag, from its `expired` event and its `expires_at`. */
async function lagsOf(scratch: Scratch) {
  const offers = await scratch.query<{ id: string; expires_at: number | string }>(
    "select id, expires_at from assignments where status = 'expired'",
  );
  const events = await scratch.query<{ data: string; at: number | string }>(
    "select data, at from lead_events where type = 'expired'",
  );
  const due = new Map(offers.map((o) => [o.id, Number(o.expires_at)]));
  const seen = new Set<string>();
  let expiredTwice = 0;
  const lagMs: number[] = [];
  let last = 0;
  for (const e of events) {
    const id = (JSON.parse(e.data) as { assignment: string }).assignment;
    if (seen.has(id)) expiredTwice += 1;
    seen.add(id);
    const at = due.get(id);
    if (at !== undefined) lagMs.push(Number(e.at) - at);
    last = Math.max(last, Number(e.at));
  }
  lagMs.sort((a, b) => a - b);
  const first = Math.min(...due.values());
  return {
    expired: offers.length,
    expiredTwice,
    lagMs,
    dueSpanSeconds: (Math.max(...due.values()) - first) / 1000,
    drainSeconds: (last - first) / 1000,
  };
}

/**
 * The timer's skeleton on the run's own database, the servers stopped: `count` due rows in a
 * table of their own, each moved from `offered` to `expired` by a compare-and-set with an event
 * row, `BATCH` listed at a time; each row its own transaction with SKIP LOCKED on PostgreSQL, a
 * batch one commit on SQLite (WAL, synchronous=FULL), as Carousel's `forEachDue` does.
 */
async function bareExpiry(scratch: Scratch, count: number): Promise<{ rows: number; seconds: number }> {
  const now = Date.now();
  const create = [
    "create table bench_offers (id text primary key, status text not null, expires_at bigint not null)",
    "create index bench_offers_due on bench_offers (status, expires_at)",
    "create table bench_events (id text primary key, offer text not null, at bigint not null)",
  ];
  if (scratch.database.engine === "sqlite") {
    const db = new BetterSqlite3(scratch.database.file);
    try {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
      for (const s of create) db.exec(s);
      const insert = db.prepare("insert into bench_offers values (?, 'offered', ?)");
      db.transaction(() => {
        for (let i = 0; i < count; i++) insert.run(`o${i}`, now - count + i);
      })();
      const due = db.prepare(
        `select id from bench_offers where status = 'offered' and expires_at <= ? order by expires_at limit ${BATCH}`,
      );
      const move = db.prepare(
        "update bench_offers set status = 'expired' where id = ? and status = 'offered'",
      );
      const event = db.prepare("insert into bench_events values (?, ?, ?)");
      const started = performance.now();
      let rows = 0;
      for (;;) {
        const ids = (due.all(Date.now()) as { id: string }[]).map((r) => r.id);
        if (ids.length === 0) break;
        db.transaction(() => {
          for (const id of ids)
            if (move.run(id).changes === 1) {
              event.run(`e-${id}`, id, Date.now());
              rows += 1;
            }
        })();
      }
      return { rows, seconds: (performance.now() - started) / 1000 };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: scratch.database.url });
  await client.connect();
  try {
    for (const s of create) await client.query(s);
    await client.query(
      "insert into bench_offers select 'o' || i, 'offered', $1::bigint - $2::bigint + i from generate_series(0, $2::bigint - 1) as i",
      [now, count],
    );
    const started = performance.now();
    let rows = 0;
    for (;;) {
      const { rows: due } = await client.query<{ id: string }>(
        `select id from bench_offers where status = 'offered' and expires_at <= $1 order by expires_at limit ${BATCH}`,
        [Date.now()],
      );
      if (due.length === 0) break;
      for (const { id } of due) {
        await client.query("begin");
        const locked = await client.query(
          "select id from bench_offers where id = $1 and status = 'offered' for update skip locked",
          [id],
        );
        if (locked.rowCount === 1) {
          await client.query(
            "update bench_offers set status = 'expired' where id = $1 and status = 'offered'",
            [id],
          );
          await client.query("insert into bench_events values ($1, $2, $3)", [`e-${id}`, id, Date.now()]);
          rows += 1;
        }
        await client.query("commit");
      }
    }
    return { rows, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

function report(results: Result[]): void {
  const lines = [
    "",
    `| run | offers out | posted in (s) | due over (s) | expired | expired twice | lag p50 (ms) | lag p99 (ms) | lag max (ms) | first due → last handled (s) | expired/s while draining | bare expiry loop (rows/s) |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.label} | ${r.offers} | ${r.postSeconds.toFixed(1)} | ${r.dueSpanSeconds.toFixed(1)} | ${r.expired} | ${r.expiredTwice} | ${percentile(r.lagMs, 0.5).toFixed(0)} | ${percentile(r.lagMs, 0.99).toFixed(0)} | ${(r.lagMs.at(-1) ?? NaN).toFixed(0)} | ${r.drainSeconds.toFixed(1)} | ${Math.round(r.expired / r.drainSeconds)} | ${Math.round(r.bare.rows / r.bare.seconds)} |`,
    );
    if (r.expired !== r.offers || r.expiredTwice !== 0) process.exitCode = 1;
  }
  lines.push(
    "",
    `The floor of the lag is the scheduler's tick (${TICK_MS} ms): an offer falls due between two ticks and is`,
    "handled at the next. The bare loop is what the engine allows the timer's skeleton on this machine.",
  );
  console.log(lines.join("\n"));
}

await main();
