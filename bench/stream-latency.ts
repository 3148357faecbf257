/**
 * `npx tsx bench/stream-latency.ts`: how soon a committed change reaches a live screen. Two
 * agents take turns at a category's offers (push); each keeps `GET /api/v1/stream` open with its
 * token, as the agent workspace does. Leads are posted one at a time, a short pause apart. On
 * SQLite one process takes the leads and serves the streams (the wake-up is in process); on
 * PostgreSQL the leads go to one process and the streams are open on another, so every event
 * travels by NOTIFY. The latency of a lead is its `offered` event's arrival on the agent's stream
 * less the event's time, which its transaction took when it began, before its commit: an upper
 * bound of commit to screen. The goal is under a second.
 *
 * On PostgreSQL it then measures what open streams cost while nothing happens: with no stream
 * open, then with `--idle-streams` streams open on one process, it counts the database's
 * transactions a second (pg_stat_database) and the CPU of its server processes and of Carousel's
 * (from /proc) over `--idle-seconds`. See docs/BENCHMARKS.md.
 */
import {
  benchMain,
  carouselApi,
  givenAgents,
  givenBenchCategory,
  percentile,
  sleep,
  startScratch,
  type Scratch,
} from "./carousel-api.js";
import { cpuBetween, sampleCpu } from "./cpu.js";
import { backendPids, pgQuery } from "./pg.js";
import { readSse } from "../test/support/sse-reader.js";
import { leadBodies } from "./lead-bodies.js";

const USAGE = `npx tsx bench/stream-latency.ts -- [options]

  --leads N           leads posted per run, one at a time (default 200)
  --pause MS          pause between two leads (default 20)
  --idle-streams N    streams open while idle, PostgreSQL only (default 50; 0 skips)
  --idle-seconds S    length of each idle measurement (default 30)
`;

const GOAL_MS = 1000;

interface Arrival {
  leadId: string;
  latencyMs: number;
}

/** Reads an SSE stream, calling `onData` with each event's parsed data. */
async function listen(
  url: string,
  token: string,
  onData: (data: Record<string, unknown>) => void,
  signal: AbortSignal,
) {
  const res = await fetch(`${url}/api/v1/stream`, { headers: { authorization: `Bearer ${token}` }, signal });
  if (res.status !== 200) throw new Error(`stream answered ${res.status}`);
  readSse(res.body, (message) => onData(message.data as Record<string, unknown>));
}

interface IdleWindow {
  transactionsPerSecond: number;
  postgresCpu: number;
  carouselCpu: number;
}

/** What the database and Carousel do in `seconds` of quiet: transactions a second and CPU (cores). */
async function idleWindow(scratch: Scratch, url: string, seconds: number): Promise<IdleWindow> {
  const transactions = async () => {
    const [row] = (await pgQuery(
      url,
      "select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()",
    )) as { n: string }[];
    return Number(row!.n);
  };
  const backends = await backendPids(url);
  const servers = scratch.servers.map((s) => s.pid);
  const before = await transactions();
  const start = sampleCpu([...backends, ...servers]);
  await sleep(seconds * 1000);
  const end = sampleCpu([...backends, ...servers]);
  const after = await transactions();
  const use = cpuBetween(start, end, [backends, servers]);
  // The two reads of the count are transactions of their own.
  return {
    transactionsPerSecond: Math.max(0, after - before - 2) / seconds,
    postgresCpu: use?.groups[0] ?? NaN,
    carouselCpu: use?.groups[1] ?? NaN,
  };
}

/**
 * The idle cost of open streams on PostgreSQL: a quiet window with none open, then one with
 * `count` open (shared among `tokens`) on the server at `reader`.
 */
async function idleCost(
  scratch: Scratch,
  reader: string,
  tokens: string[],
  count: number,
  seconds: number,
): Promise<string[]> {
  if (scratch.database.engine !== "postgres") return [];
  const url = scratch.database.url;
  // The latency run's streams close, and each process stops reading the log when its last one does.
  await sleep(2000);
  const none = await idleWindow(scratch, url, seconds);
  const controller = new AbortController();
  try {
    for (let i = 0; i < count; i++)
      await listen(reader, tokens[i % tokens.length]!, () => {}, controller.signal);
    await sleep(2000);
    const open = await idleWindow(scratch, url, seconds);
    const f = (w: IdleWindow) =>
      `${w.transactionsPerSecond.toFixed(1)} transactions/s, PostgreSQL ${(w.postgresCpu * 100).toFixed(1)}% ` +
      `of a core, Carousel ${(w.carouselCpu * 100).toFixed(1)}%`;
    return [
      `  idle, ${seconds} s each: no stream open: ${f(none)}`,
      `  idle, ${seconds} s each: ${count} streams open: ${f(open)}`,
    ];
  } finally {
    controller.abort();
  }
}

async function main(): Promise<void> {
  await benchMain(
    "Live updates: commit to a screen (GET /api/v1/stream)",
    USAGE,
    { leads: 200, pause: 20, "idle-streams": 50, "idle-seconds": 30 },
    async ({ leads, pause, "idle-streams": idleStreams, "idle-seconds": idleSeconds }, runs, where) => {
      const engines = [...new Set(runs.map((r) => r.engine))];
      const lines: string[] = [];
      for (const engine of engines) {
        const processes = engine === "sqlite" ? 1 : 2;
        const label =
          engine === "sqlite"
            ? "SQLite, 1 process"
            : "PostgreSQL, 2 processes (post to one, stream from the other)";
        const scratch = await startScratch(engine, processes, where);
        const controller = new AbortController();
        try {
          const writer = scratch.servers[0]!.url;
          const reader = scratch.servers[processes - 1]!.url;
          const api = carouselApi(writer, scratch.token);
          const intakeKey = await givenBenchCategory(api);
          const agents = await givenAgents(api, 2);
          await api("PUT", "/api/v1/categories/home-improvement/plan", {
            tiers: [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 3600, attempts: 1 }],
          });
          const arrivals = new Map<string, Arrival>();
          for (const token of agents.values())
            await listen(
              reader,
              token,
              (data) => {
                if (data["type"] !== "offered") return;
                const leadId = String(data["leadId"]);
                arrivals.set(leadId, { leadId, latencyMs: Date.now() - Date.parse(String(data["at"])) });
              },
              controller.signal,
            );
          const bodies = leadBodies(`stream-${engine}`);
          const posted: string[] = [];
          for (let i = 0; i < leads; i++) {
            const res = await fetch(`${writer}/api/v1/leads`, {
              method: "POST",
              headers: { "content-type": "application/json", "x-intake-key": intakeKey },
              body: bodies(),
            });
            const text = await res.text();
            if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${text}`);
            posted.push((JSON.parse(text) as { id: string }).id);
            await sleep(pause);
          }
          const deadline = Date.now() + 10_000;
          while (posted.some((id) => !arrivals.has(id)) && Date.now() < deadline) await sleep(50);
          const latencies = posted.flatMap((id) => {
            const a = arrivals.get(id);
            return a ? [a.latencyMs] : [];
          });
          latencies.sort((a, b) => a - b);
          const missing = posted.length - latencies.length;
          const fmt = (p: number) => `${Math.round(percentile(latencies, p))} ms`;
          lines.push(
            `${label}: ${latencies.length} of ${posted.length} offers arrived${missing ? ` (${missing} missing)` : ""}; ` +
              `p50 ${fmt(0.5)}, p90 ${fmt(0.9)}, p99 ${fmt(0.99)}, max ${fmt(1)} — goal < ${GOAL_MS} ms: ` +
              (missing === 0 && percentile(latencies, 1) < GOAL_MS ? "met" : "NOT met"),
          );
          console.log(lines[lines.length - 1]);
          controller.abort();
          if (scratch.database.engine === "postgres" && idleStreams > 0)
            for (const line of await idleCost(
              scratch,
              reader,
              [...agents.values()],
              idleStreams,
              idleSeconds,
            ))
              console.log(line);
        } finally {
          controller.abort();
          await scratch.dispose();
        }
      }
    },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
