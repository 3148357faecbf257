/**
 * What storing a routed lead's rows costs the database, table by table, and what each index and
 * trigger on those tables adds to it. Routed intake fills a scratch database first; its leads,
 * events and assignments are then written again, in batches of 50 leads as intake writes them
 * (leads, their received events, assignments, the other events, commit), into one fresh
 * database per variant: as migrated, and without each index or trigger of the three tables.
 * Variants run in alternating rounds, so all see the same load.
 *
 *   npx tsx bench/store-writes.ts [--leads N] [--rounds R] [--postgres URL] [--only name,name]
 *     [--try 'label=SQL;;SQL' ...]
 *
 * Figures are µs per lead of each statement (SQLite: CPU time in this process; PostgreSQL: the
 * round trip) and, on PostgreSQL, the server process's CPU per lead for the whole write.
 */
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { sql } from "kysely";
import { createCategory, createSource } from "../src/services/catalog.js";
import { putPlan } from "../src/services/plans.js";
import { createRecipient } from "../src/services/recipients.js";
import { Intake, receiveLead } from "../src/services/intake.js";
import { RateLimits } from "../src/services/rate-limits.js";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { DedupePolicy } from "../src/domain/category.js";
import type { Store } from "../src/store/store.js";
import { BENCH_DEDUPE, BENCH_FIELDS, BENCH_RATE_LIMIT, leadBodies } from "./lead-bodies.js";
import { BENCH_ROUTED_TIERS, benchRecipients } from "./routed-category.js";

const { values } = parseArgs({
  options: {
    leads: { type: "string", default: "4000" },
    rounds: { type: "string", default: "3" },
    postgres: { type: "string" },
    only: { type: "string" },
    // A variant of its own: `label=SQL` run after the migrations (statements split on `;;`).
    try: { type: "string", multiple: true },
  },
});
const total = Number(values.leads);
const BATCH = 50;
const TABLES = ["leads", "lead_events", "assignments"] as const;
const dir = mkdtempSync(join(tmpdir(), "carousel-store-writes-"));
const schemas: string[] = [];
let stores = 0;

/** A migrated store holding the category and source the rows name. */
async function freshStore(routed: boolean): Promise<{ store: Store; at: string }> {
  const i = stores++;
  const at = values.postgres ? `bench_sw_${process.pid}_${i}` : join(dir, `db-${i}.sqlite`);
  const store: Store = values.postgres
    ? new PostgresStore({ url: values.postgres, schema: at })
    : new SqliteStore(at);
  if (values.postgres) {
    schemas.push(at);
    await (store as PostgresStore).db.schema.createSchema(at).ifNotExists().execute();
  }
  await store.migrate();
  await createCategory(store, {
    key: "home",
    name: "Home improvement",
    fields: BENCH_FIELDS.map((f) => ({ ...f })),
    dedupe: BENCH_DEDUPE as DedupePolicy,
  });
  await createSource(store, {
    key: "web",
    name: "Web",
    category: "home",
    costPerLead: 12,
    rateLimitPerMinute: BENCH_RATE_LIMIT,
  });
  if (routed) {
    for (const r of benchRecipients("home")) await createRecipient(store, r);
    await putPlan(store, "home", BENCH_ROUTED_TIERS, { userId: null, role: "admin", recipient: null });
  }
  return { store, at };
}

type Row = Record<string, unknown>;

/** Routed intake's rows for `total` leads, by batch of 50 leads. */
async function routedRows(): Promise<{ leads: Row[]; events: Row[]; assignments: Row[] }[]> {
  const { store } = await freshStore(true);
  const sources = await store.db.selectFrom("sources").select("intake_key").execute();
  const intake = new Intake(store);
  const { intake: rateLimit } = new RateLimits();
  const next = leadBodies(`sw${Date.now().toString(36)}`);
  for (let i = 0; i < total; i++)
    await receiveLead(intake, {
      intakeKey: sources[0]!.intake_key,
      body: JSON.parse(next()) as Record<string, unknown>,
      ip: "127.0.0.1",
      rateLimit,
    });
  const all = async (table: string, order: string) =>
    (await sql<Row>`select * from ${sql.table(table)} order by ${sql.ref(order)}, id`.execute(store.db)).rows;
  const leads = await all("leads", "created_at");
  const events = await all("lead_events", "at");
  const assignments = await all("assignments", "created_at");
  await store.close();
  const batches = [];
  for (let i = 0; i < leads.length; i += BATCH) {
    const ids = new Set(leads.slice(i, i + BATCH).map((l) => l["id"]));
    batches.push({
      leads: leads.slice(i, i + BATCH),
      events: events.filter((e) => ids.has(e["lead_id"])),
      assignments: assignments.filter((a) => ids.has(a["lead_id"])),
    });
  }
  return batches;
}

/** The indexes and triggers of the three tables, as the migrations left them. */
async function objectsOf(
  store: Store,
): Promise<{ kind: "index" | "trigger"; name: string; table: string }[]> {
  const { rows } =
    store.engine === "sqlite"
      ? await sql<{ kind: "index" | "trigger"; name: string; table: string }>`select type as kind, name,
          tbl_name as "table" from sqlite_master where type in ('index', 'trigger')
          and tbl_name in ('leads', 'lead_events', 'assignments') and sql is not null`.execute(store.db)
      : await sql<{ kind: "index" | "trigger"; name: string; table: string }>`
          select 'index' as kind, indexname as name, tablename as "table" from pg_indexes
          where schemaname = current_schema() and tablename in ('leads', 'lead_events', 'assignments')
            and indexname not like '%_pkey'
          union all
          select distinct 'trigger', trigger_name, event_object_table from information_schema.triggers
          where trigger_schema = current_schema()
            and event_object_table in ('leads', 'lead_events', 'assignments')`.execute(store.db);
  return rows.sort((a, b) => (a.table + a.name < b.table + b.name ? -1 : 1));
}

/** Writes rows through one engine's driver, timing each statement. */
interface Writer {
  begin(): Promise<void>;
  insert(table: string, rows: Row[]): Promise<void>;
  commit(): Promise<void>;
  /** The server's CPU in µs so far, where it runs in another process. */
  serverCpu(): Promise<number>;
  close(): Promise<void>;
}

function sqliteWriter(file: string): Writer {
  const db = new Database(file);
  db.pragma("journal_mode = wal");
  db.pragma("synchronous = normal");
  db.pragma("foreign_keys = on");
  const statements = new Map<string, Database.Statement>();
  return {
    begin: async () => void db.exec("begin"),
    insert: async (table, rows) => {
      const columns = Object.keys(rows[0]!);
      const text = `insert into ${table} (${columns.join(", ")}) values ${rows
        .map(() => `(${columns.map(() => "?").join(", ")})`)
        .join(", ")}`;
      let s = statements.get(text);
      if (!s) statements.set(text, (s = db.prepare(text)));
      s.run(rows.flatMap((r) => columns.map((c) => r[c])));
    },
    commit: async () => void db.exec("commit"),
    serverCpu: async () => 0,
    close: async () => void db.close(),
  };
}

async function postgresWriter(schema: string): Promise<Writer> {
  const client = new pg.Client({ connectionString: values.postgres, options: `-c search_path=${schema}` });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  const pid = rows[0]!.pid;
  const ticks = 100; // USER_HZ
  return {
    begin: async () => void (await client.query("begin")),
    insert: async (table, rows) => {
      const columns = Object.keys(rows[0]!);
      let n = 0;
      const text = `insert into ${table} (${columns.join(", ")}) values ${rows
        .map(() => `(${columns.map(() => `$${++n}`).join(", ")})`)
        .join(", ")}`;
      await client.query(
        text,
        rows.flatMap((r) => columns.map((c) => r[c])),
      );
    },
    commit: async () => void (await client.query("commit")),
    serverCpu: async () => {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return ((Number(fields[11]) + Number(fields[12])) / ticks) * 1e6;
    },
    close: () => client.end(),
  };
}

/** Writes the batches again with ids of their own (`suffix`); answers µs per statement kind. */
async function write(writer: Writer, batches: Awaited<ReturnType<typeof routedRows>>, suffix: string) {
  const spent: Record<string, number> = {};
  const timed = async (what: string, f: () => Promise<void>) => {
    // SQLite runs in this process: its CPU time; PostgreSQL's statements: the round trip.
    if (values.postgres) {
      const t = process.hrtime.bigint();
      await f();
      spent[what] = (spent[what] ?? 0) + Number(process.hrtime.bigint() - t) / 1000;
    } else {
      const t = process.cpuUsage();
      await f();
      const used = process.cpuUsage(t);
      spent[what] = (spent[what] ?? 0) + used.user + used.system;
    }
  };
  const renamed = (rows: Row[], keys: string[]) =>
    rows.map((r) => {
      const out = { ...r };
      for (const k of keys) out[k] = `${String(r[k])}${suffix}`;
      return out;
    });
  const server = await writer.serverCpu();
  for (const b of batches) {
    const events = renamed(b.events, ["id", "lead_id"]);
    const received = events.filter((e) => e["type"] === "received");
    const others = events.filter((e) => e["type"] !== "received");
    await writer.begin();
    await timed("leads", () => writer.insert("leads", renamed(b.leads, ["id"])));
    await timed("lead_events", () => writer.insert("lead_events", received));
    if (b.assignments.length > 0)
      await timed("assignments", () =>
        writer.insert("assignments", renamed(b.assignments, ["id", "lead_id"])),
      );
    if (others.length > 0) await timed("lead_events", () => writer.insert("lead_events", others));
    await timed("commit", () => writer.commit());
  }
  spent["server CPU"] = (await writer.serverCpu()) - server;
  return spent;
}

try {
  const batches = await routedRows();
  const leads = batches.reduce((n, b) => n + b.leads.length, 0);
  const counts = Object.fromEntries(
    (["events", "assignments"] as const).map((k) => [k, batches.reduce((n, b) => n + b[k].length, 0)]),
  );
  console.log(`${leads} routed leads: ${counts["events"]} events, ${counts["assignments"]} assignments`);

  const probe = await freshStore(false);
  const objects = await objectsOf(probe.store);
  await probe.store.close();
  const only = values.only?.split(",");
  type Variant = { label: string; drop?: (typeof objects)[number]; sql?: string[] };
  const variants: Variant[] = [
    { label: "as migrated" },
    ...objects
      .filter((o) => !only || only.includes(o.name))
      .map((o) => ({ label: `without ${o.name}`, drop: o })),
    ...(values.try ?? []).map((t) => ({
      label: t.slice(0, t.indexOf("=")),
      sql: t.slice(t.indexOf("=") + 1).split(";;"),
    })),
  ];
  const writers: Writer[] = [];
  for (const v of variants) {
    const { store, at } = await freshStore(false);
    if (v.drop)
      await sql
        .raw(
          v.drop.kind === "index"
            ? `drop index ${v.drop.name}`
            : store.engine === "sqlite"
              ? `drop trigger ${v.drop.name}`
              : `drop trigger ${v.drop.name} on ${v.drop.table}`,
        )
        .execute(store.db);
    for (const statement of v.sql ?? []) await sql.raw(statement).execute(store.db);
    await store.close();
    writers.push(values.postgres ? await postgresWriter(at) : sqliteWriter(at));
  }
  const results: Record<string, number>[][] = variants.map(() => []);
  for (const w of writers) await write(w, batches.slice(0, 10), "w"); // warm
  for (let round = 1; round <= Number(values.rounds); round++)
    for (const [i, w] of writers.entries()) results[i]!.push(await write(w, batches, `r${round}`));

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const kinds = [...TABLES, "commit", ...(values.postgres ? ["server CPU"] : [])];
  const cell = (s: string) => s.padStart(12);
  console.log(`µs per lead (median of ${values.rounds} rounds)`);
  console.log(`${"".padEnd(44)}${kinds.map(cell).join("")}${cell("total")}`);
  for (const [i, v] of variants.entries()) {
    const per = kinds.map((k) => median(results[i]!.map((r) => r[k] ?? 0)) / leads);
    const sum = per.slice(0, 4).reduce((a, b) => a + b, 0);
    console.log(`${v.label.padEnd(44)}${per.map((x) => cell(x.toFixed(2))).join("")}${cell(sum.toFixed(2))}`);
  }
  for (const w of writers) await w.close();
} finally {
  if (values.postgres) {
    const admin = new PostgresStore({ url: values.postgres });
    for (const s of schemas) await admin.db.schema.dropSchema(s).ifExists().cascade().execute();
    await admin.close();
  }
  rmSync(dir, { recursive: true, force: true });
}
