import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { withOps, type Db, type Tx } from "../engine.js";
import { migrateToLatest } from "../migrate.js";
import type { Database } from "../schema.js";
import { MAX_ATTEMPTS, RetryableConflict, type Store } from "../store.js";
import { PostgresOps, PostgresTxOps } from "./postgres-engine.js";
import { RoutingConfigs } from "../routing-configs.js";

const INT8 = 20;
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);

export interface PostgresOptions {
  url: string;
  /** A schema to live in instead of `public`; tests use one per suite. */
  schema?: string;
  poolSize?: number;
}

/**
 * The server engine: any number of Carousel processes share one database, and
 * correctness comes from its transactions and row locks, never from process memory.
 */
export class PostgresStore implements Store {
  readonly engine = "postgres" as const;
  readonly db: Db;
  readonly routingConfigs = new RoutingConfigs();
  readonly #schema: string | undefined;
  readonly #url: string;

  constructor(options: PostgresOptions) {
    this.#schema = options.schema;
    this.#url = options.url;
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 20,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as never,
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    this.db = withOps(db, new PostgresOps(db));
  }

  async transact<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute((trx) => work(withOps(trx, new PostgresTxOps(trx))));
      } catch (error) {
        const retryable =
          error instanceof RetryableConflict ||
          RETRYABLE_SQLSTATES.has((error as { code?: string }).code ?? "");
        if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async migrate(): Promise<void> {
    // Name the schema the tables go to: left unnamed, the migrator may take another schema's
    // migration tables for its own.
    const schema =
      this.#schema ??
      (await sql<{ schema: string }>`select current_schema() as schema`.execute(this.db)).rows[0]?.schema;
    // The migrator reads the tables of every schema it may use; a schema another client drops
    // meanwhile fails that read ("schema … does not exist", 3F000), and reading again succeeds.
    for (let attempt = 1; ; attempt++) {
      try {
        await migrateToLatest(this.db as Kysely<unknown>, schema);
        return;
      } catch (error) {
        if (attempt >= 3 || !droppedMeanwhile(error, schema)) throw error;
      }
    }
  }

  /** The channel the migration's trigger on `lead_events` notifies. */
  async watchEvents(listener: () => void): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.#url });
    client.on("notification", () => listener());
    // A lost connection ends the watch; the caller's own polling covers the gap.
    client.on("error", () => undefined);
    await client.connect();
    await client.query("listen carousel_lead_events");
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Whether a failed migration read a schema, other than `own`, that was dropped while it ran. */
function droppedMeanwhile(error: unknown, own: string | undefined): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof Error) || (cause as { code?: unknown }).code !== "3F000") return false;
  return own === undefined || !cause.message.includes(`"${own}"`);
}
