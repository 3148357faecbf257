import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from "kysely";
import { migrateToLatest } from "../migrate.js";
import type { Database } from "../schema.js";
import { MAX_ATTEMPTS, RetryableConflict, type Store, type Tx } from "../store.js";

interface Job {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The embedded engine: one better-sqlite3 connection in WAL mode with `synchronous=FULL`,
 * so every commit is fsync'd. Work that arrives in the same event-loop turn is committed
 * together (group commit): one fsync for the batch instead of one per request.
 */
export class SqliteStore implements Store {
  readonly engine = "sqlite" as const;
  readonly db: Kysely<Database>;
  readonly #queue: Job[] = [];
  #flushing = false;
  #scheduled = false;

  constructor(file: string) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    const connection = new BetterSqlite3(file);
    connection.pragma("journal_mode = WAL");
    connection.pragma("synchronous = FULL");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    this.db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(connection) }),
    });
  }

  transact<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#flushing) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    const batch = this.#queue.splice(0, this.#queue.length);
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        // Take the write lock before the first read, as BEGIN IMMEDIATE would: a transaction
        // that reads first fails with SQLITE_BUSY instead of waiting when another process
        // (a CLI import, a second server) writes to the file between its read and its write.
        await sql`update categories set key = key where 0`.execute(tx);
        for (const job of batch) outcomes.push(await runIsolated(tx, job.work));
      });
      batch.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.value);
      });
    } catch (error) {
      for (const job of batch) job.reject(error);
    } finally {
      this.#flushing = false;
      if (this.#queue.length > 0) this.#schedule();
    }
  }

  async migrate(): Promise<void> {
    await migrateToLatest(this.db as Kysely<unknown>);
  }

  async close(): Promise<void> {
    while (this.#flushing || this.#queue.length > 0) await new Promise((r) => setTimeout(r, 5));
    await this.db.destroy();
  }
}

async function runIsolated(
  tx: Tx,
  work: (tx: Tx) => Promise<unknown>,
): Promise<{ ok: boolean; value: unknown }> {
  for (let attempt = 1; ; attempt++) {
    await sql`savepoint job`.execute(tx);
    try {
      const value = await work(tx);
      await sql`release savepoint job`.execute(tx);
      return { ok: true, value };
    } catch (error) {
      await sql`rollback to savepoint job`.execute(tx);
      await sql`release savepoint job`.execute(tx);
      if (!(error instanceof RetryableConflict) || attempt >= MAX_ATTEMPTS)
        return { ok: false, value: error };
    }
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as kysely sees it, reusing prepared statements: kysely prepares every query
 * anew, and preparing costs as much as running a small indexed query. One connection runs one
 * statement at a time, so a cached statement is never in use twice.
 */
function withStatementCache(connection: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => connection.close(),
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (!statement) {
        statement = connection.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
