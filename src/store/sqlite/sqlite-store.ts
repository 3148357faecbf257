import { mkdirSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, type SqliteStatement } from "kysely";
import { migrateToLatest } from "../migrate.js";
import { Checkpointer } from "./checkpointer.js";
import { SqliteDedupe } from "./sqlite-dedupe.js";
import { SqliteOps, SqliteTxOps, type SqliteStatements } from "./sqlite-engine.js";
import { withOps, type Db, type Tx } from "../engine.js";
import type { Database } from "../schema.js";
import { MAX_ATTEMPTS, RetryableConflict, type Store } from "../store.js";
import { RoutingConfigs } from "../routing-configs.js";

interface Job {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Group commits between two checkpoints of the write-ahead log into the database file. */
const COMMITS_PER_CHECKPOINT = 100;

/** The connection's page cache, at most (it fills only as the database grows). */
const PAGE_CACHE_KIB = 64 * 1024;

/** How long the write-ahead log may grow under a burst of writes that leaves no lull to reuse it in. */
const WAL_LIMIT_BYTES = 256 * 1024 * 1024;

export interface SqliteOptions {
  /** How long the write-ahead log may grow before the writer stops to let it start over; 256 MiB. */
  walLimitBytes?: number;
}

/**
 * The embedded engine: one better-sqlite3 connection in WAL mode. Work that arrives in the
 * same event-loop turn is committed together (group commit), each job isolated by a savepoint.
 *
 * Every commit is made durable before any of its callers hears of it: the write-ahead log is
 * fdatasync'd after the commit. SQLite would do that inside the commit (`synchronous=FULL`),
 * blocking the event loop for the whole flush; here the batch commits with `synchronous=OFF`
 * and the log file is synced from libuv's thread pool while the next batch already runs, and
 * concurrent syncs are coalesced into one. Outside the batches the connection stays at
 * `synchronous=FULL`. SQLite's automatic checkpoints are off (a checkpoint under `OFF` would
 * copy the log into the database file without syncing it before the log is reused); a
 * `Checkpointer` copies the log from another thread, under `FULL`, and the log is reused once a
 * checkpoint has copied all of it (see `Checkpointer.mustFinish`). Dedupe keys are a log whose
 * holders this connection keeps in memory (`SqliteDedupe`), told of every transaction's end.
 */
export class SqliteStore implements Store {
  readonly engine = "sqlite" as const;
  readonly db: Db;
  readonly routingConfigs = new RoutingConfigs();
  readonly #queue: Job[] = [];
  readonly #statements: StatementCache;
  readonly #dedupe: SqliteDedupe;
  readonly #walFile: string | null;
  /** The write-ahead log, open for syncing it. */
  #wal: Promise<FileHandle> | null = null;
  readonly #checkpointer: Checkpointer | null;
  #flushing = false;
  #scheduled = false;
  #commitsSinceCheckpoint = 0;
  /** The sync that will cover every commit made before it starts; null when none is waiting. */
  #nextSync: Promise<void> | null = null;
  readonly #committed = new Set<() => void>();
  #lastSync: Promise<void> = Promise.resolve();

  constructor(file: string, options: SqliteOptions = {}) {
    const inMemory = file === ":memory:";
    if (!inMemory) mkdirSync(dirname(file), { recursive: true });
    const connection = new BetterSqlite3(file);
    connection.pragma("journal_mode = WAL");
    connection.pragma("synchronous = FULL");
    connection.pragma("wal_autocheckpoint = 0");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    // SQLite's default page cache is 2 MiB: the dedupe keys' index alone outgrows it after some
    // ten thousand leads, and every claim then reads its page back from the file.
    connection.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // Each job of a batch runs in a savepoint, and SQLite keeps the original of every page a
    // savepoint changes until it is released; by default it spills those copies to a temporary
    // file past 64 KiB, which a batch of leads passes. In memory they cost a copy, not a write.
    connection.pragma("temp_store = MEMORY");
    this.#walFile = inMemory ? null : `${file}-wal`;
    const pageSize = connection.pragma("page_size", { simple: true }) as number;
    const maxFrames = Math.ceil((options.walLimitBytes ?? WAL_LIMIT_BYTES) / pageSize);
    this.#checkpointer = inMemory ? null : new Checkpointer(file, maxFrames);
    this.#statements = new StatementCache(connection);
    const statements = this.#statements;
    this.#dedupe = new SqliteDedupe((text) => statements.get(text));
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({
        database: {
          close: () => connection.close(),
          prepare: (text) => statements.get(text) as SqliteStatement,
        },
      }),
    });
    this.db = withOps(db, new SqliteOps(db));
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
    let failure: { error: unknown } | null = null;
    const run = (text: string) => this.#statements.get(text).run();
    try {
      // One connection, held for the whole batch, so nothing else runs on it in between.
      await this.db.connection().execute(async (connection) => {
        if (this.#checkpointer?.mustFinish()) this.#statements.get("pragma wal_checkpoint(PASSIVE)").get();
        // The batch's transaction: its statements run on this connection, its dedupe keys here.
        const tx = withOps(connection, new SqliteTxOps(connection, this.#statements, this.#dedupe));
        // The commit leaves the syncing to `#durable` (the level cannot change inside a transaction).
        run("pragma synchronous = OFF");
        try {
          // IMMEDIATE takes the write lock before the first read: a transaction that reads first
          // fails with SQLITE_BUSY instead of waiting when another process (a CLI import, a
          // second server) writes to the file between its read and its write.
          run("begin immediate");
          this.#dedupe.begin();
          try {
            for (const job of batch) outcomes.push(await this.#runIsolated(tx, job.work));
            run("commit");
            this.#dedupe.commit();
          } catch (error) {
            if (this.#statements.inTransaction) run("rollback");
            this.#dedupe.rollback();
            throw error;
          }
        } finally {
          run("pragma synchronous = FULL");
        }
      });
      if (++this.#commitsSinceCheckpoint >= COMMITS_PER_CHECKPOINT && this.#checkpointer?.request())
        this.#commitsSinceCheckpoint = 0;
    } catch (error) {
      failure = { error };
    } finally {
      this.#flushing = false;
      if (this.#queue.length > 0) this.#schedule();
    }
    if (!failure) {
      try {
        await this.#durable();
      } catch (error) {
        failure = { error };
      }
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (failure) job.reject(failure.error);
      else if (outcome!.ok) job.resolve(outcome!.value);
      else job.reject(outcome!.value);
    });
    if (!failure) for (const listener of this.#committed) listener();
  }

  async watchEvents(listener: () => void): Promise<() => Promise<void>> {
    const once = () => listener();
    this.#committed.add(once);
    return async () => {
      this.#committed.delete(once);
    };
  }

  /** Resolves once everything committed so far is on disk. */
  #durable(): Promise<void> {
    const wal = this.#walFile;
    if (!wal) return Promise.resolve();
    if (this.#nextSync) return this.#nextSync;
    const sync = this.#lastSync
      .catch(() => undefined)
      .then(async () => {
        // Commits from here on are not covered by this sync: they wait for the next one.
        this.#nextSync = null;
        // The log file stays open for its syncs: opening it for each would cost the sync two
        // more trips through the thread pool. Reopened after a failure.
        const handle = (this.#wal ??= open(wal, "r"));
        try {
          await (await handle).datasync();
        } catch (error) {
          this.#wal = null;
          void handle.then((h) => h.close()).catch(() => undefined);
          throw error;
        }
      });
    this.#nextSync = sync;
    this.#lastSync = sync;
    return sync;
  }

  async #runIsolated(tx: Tx, work: (tx: Tx) => Promise<unknown>): Promise<{ ok: boolean; value: unknown }> {
    const run = (text: string) => this.#statements.get(text).run();
    for (let attempt = 1; ; attempt++) {
      run("savepoint job");
      const mark = this.#dedupe.mark();
      try {
        const value = await work(tx);
        run("release savepoint job");
        return { ok: true, value };
      } catch (error) {
        run("rollback to savepoint job");
        run("release savepoint job");
        this.#dedupe.rollbackTo(mark);
        if (!(error instanceof RetryableConflict) || attempt >= MAX_ATTEMPTS)
          return { ok: false, value: error };
      }
    }
  }

  async migrate(): Promise<void> {
    await migrateToLatest(this.db as Kysely<unknown>);
    // The dedupe keys' holders, read now rather than by the first lead.
    this.#dedupe.catchUp();
  }

  async close(): Promise<void> {
    while (this.#flushing || this.#queue.length > 0) await new Promise((r) => setTimeout(r, 5));
    await this.#lastSync.catch(() => undefined);
    await (await this.#wal?.catch(() => null))?.close();
    await this.#checkpointer?.close();
    await this.db.destroy();
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Prepared statements of the one connection, by their SQL: kysely prepares every query anew,
 * and preparing costs as much as running a small indexed query. One connection runs one
 * statement at a time, so a cached statement is never in use twice.
 */
class StatementCache implements SqliteStatements {
  readonly #cache = new Map<string, BetterSqlite3.Statement>();
  readonly #connection: BetterSqlite3.Database;

  constructor(connection: BetterSqlite3.Database) {
    this.#connection = connection;
  }

  get inTransaction(): boolean {
    return this.#connection.inTransaction;
  }

  get(text: string): BetterSqlite3.Statement {
    let statement = this.#cache.get(text);
    if (!statement) {
      statement = this.#connection.prepare(text);
      if (this.#cache.size >= STATEMENT_CACHE_SIZE)
        this.#cache.delete(this.#cache.keys().next().value as string);
      this.#cache.set(text, statement);
    }
    return statement;
  }
}
