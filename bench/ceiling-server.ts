/**
 * The ceilings Carousel's intake is measured against, each run as its own server process:
 *
 *   validate  (a) fastify validates the lead against the equivalent JSON schema, answers 201
 *   sqlite    (b) the same plus one durable single-row insert with raw better-sqlite3
 *             (WAL, synchronous=FULL), the inserts of one event-loop turn in one commit
 *   postgres  the same plus one single-row INSERT through a `pg` pool
 *
 * Usage: node --import tsx bench/ceiling-server.ts <mode>
 * Env: PORT, BENCH_SQLITE_FILE (sqlite), BENCH_DATABASE_URL and BENCH_PG_POOL (postgres).
 */
import { randomUUID } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import Fastify from "fastify";
import pg from "pg";
import { LEAD_SCHEMA } from "./lead-schema.js";

const CEILING_MODES = ["validate", "sqlite", "postgres"] as const;
type CeilingMode = (typeof CEILING_MODES)[number];

/** Carousel's BODY_LIMIT; not imported, so this process loads none of Carousel's modules. */
const BODY_LIMIT = 64 * 1024;

const LEADS_TABLE =
  "create table if not exists leads (id text primary key, body text not null, created_at bigint not null)";

interface Row {
  id: string;
  body: string;
  at: number;
}

interface Sink {
  write(row: Row): Promise<void>;
  close(): Promise<void>;
}

function nothing(): Sink {
  return { write: async () => {}, close: async () => {} };
}

/** Group commit as Carousel's SqliteStore does it: what one event-loop turn wrote, in one commit. */
function sqlite(file: string): Sink {
  const db = new BetterSqlite3(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(LEADS_TABLE);
  const insert = db.prepare("insert into leads (id, body, created_at) values (?, ?, ?)");
  const commit = db.transaction((rows: Row[]) => {
    for (const r of rows) insert.run(r.id, r.body, r.at);
  });
  let queue: { row: Row; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    try {
      commit(batch.map((job) => job.row));
      for (const job of batch) job.resolve();
    } catch (error) {
      for (const job of batch) job.reject(error);
    }
  };
  return {
    write: (row) =>
      new Promise((resolve, reject) => {
        if (queue.push({ row, resolve, reject }) === 1) setImmediate(flush);
      }),
    close: async () => {
      db.close();
    },
  };
}

async function postgres(url: string, poolSize: number): Promise<Sink> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  await pool.query(LEADS_TABLE);
  return {
    write: async (row) => {
      await pool.query("insert into leads (id, body, created_at) values ($1, $2, $3)", [
        row.id,
        row.body,
        row.at,
      ]);
    },
    close: () => pool.end(),
  };
}

async function openSink(mode: CeilingMode, env: NodeJS.ProcessEnv): Promise<Sink> {
  switch (mode) {
    case "validate":
      return nothing();
    case "sqlite":
      return sqlite(required(env, "BENCH_SQLITE_FILE"));
    case "postgres":
      return postgres(required(env, "BENCH_DATABASE_URL"), Number(env["BENCH_PG_POOL"] ?? 20));
  }
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  const mode = process.argv[2] as CeilingMode;
  if (!CEILING_MODES.includes(mode)) throw new Error(`mode must be one of ${CEILING_MODES.join(", ")}`);
  const sink = await openSink(mode, process.env);
  // The same fastify settings as Carousel's server, so only the work in the handler differs.
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    ajv: {
      customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: true },
    },
  });
  app.get("/health", async () => ({ status: "ok" }));
  app.post("/api/v1/leads", { schema: { body: LEAD_SCHEMA } }, async (request, reply) => {
    const id = `lead_${randomUUID()}`;
    await sink.write({ id, body: JSON.stringify(request.body), at: Date.now() });
    return reply.status(201).send({ id, status: "unassigned", assignments: [] });
  });
  const stop = async () => {
    await app.close();
    await sink.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  await app.listen({ port: Number(process.env["PORT"] ?? 3000), host: "127.0.0.1" });
}

main().catch((error: unknown) => {
  process.stderr.write(`ceiling-server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
