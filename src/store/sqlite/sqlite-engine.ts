import type BetterSqlite3 from "better-sqlite3";
import { sql, type CompiledQuery, type Kysely, type RawBuilder } from "kysely";
import {
  BuilderOps,
  type Db,
  type DedupeClaim,
  type DedupeHolder,
  type EngineOps,
  type Lockable,
  type RoutingStateQuery,
  type RoutingStateRows,
  type RoutingWrites,
  type TxOps,
} from "../engine.js";
import { insertEventRows, insertLeadRows } from "../rows.js";
import { readRoutingStateRows, writeRoutingRows } from "../routing-rows.js";
import type { Database, LeadEventRow, LeadRow } from "../schema.js";
import type { SqliteDedupe } from "./sqlite-dedupe.js";

/** Prepared statements of the one connection, by their SQL. */
export interface SqliteStatements {
  get(sql: string): BetterSqlite3.Statement;
}

/** SQLite's way with any statement of the store's connection. */
export class SqliteOps extends BuilderOps implements EngineOps {
  readonly name = "sqlite" as const;
  readonly groupCommit = true;
  readonly intakeBatchesAtOnce = 1;
  /** A write transaction holds the whole file: its rows need no lock of their own. */
  lockRows<Q extends Lockable<Q>>(query: Q): Q {
    return query;
  }

  jsonField(column: string, field: string): RawBuilder<string | null> {
    return sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${field}`})`;
  }

  /** The plain selects: a statement costs no round trip here. */
  readRoutingState(query: RoutingStateQuery): Promise<RoutingStateRows> {
    return readRoutingStateRows(this.db as Db, query);
  }
}

/**
 * The group-commit batch's transaction (`SqliteStore`), shared by the batch's jobs, each in its
 * own savepoint. There is one writer, so nothing needs a lock. Statements run synchronously on
 * the connection's cached prepared statements, and dedupe keys are a log whose holders the
 * store keeps in memory (`SqliteDedupe`), told of the transaction's savepoints and end by the
 * store.
 */
export class SqliteTxOps extends SqliteOps implements TxOps {
  readonly #statements: SqliteStatements;
  readonly #dedupe: SqliteDedupe;

  constructor(connection: Kysely<Database>, statements: SqliteStatements, dedupe: SqliteDedupe) {
    super(connection);
    this.#statements = statements;
    this.#dedupe = dedupe;
  }

  override run<R>(query: CompiledQuery): Promise<R[]> {
    const prepared = this.#statements.get(query.sql);
    if (prepared.reader) return Promise.resolve(prepared.all(query.parameters) as R[]);
    prepared.run(query.parameters);
    return Promise.resolve([]);
  }

  async lockConfiguration(): Promise<void> {}

  async lockName(): Promise<void> {}

  async claimDedupeKeys(
    category: string,
    claims: readonly DedupeClaim[],
    windowStart: number,
  ): Promise<ReadonlySet<DedupeClaim>> {
    return this.#dedupe.claim(category, claims, windowStart);
  }

  async dedupeHolder(category: string, kind: string, value: string): Promise<DedupeHolder | undefined> {
    return this.#dedupe.holder(category, kind, value);
  }

  async releaseDedupeKeys(category: string, claims: readonly DedupeClaim[]): Promise<void> {
    this.#dedupe.release(category, claims);
  }

  /** The two inserts: a statement costs no round trip here. */
  async insertLeadsAndEvents(leads: readonly LeadRow[], events: readonly LeadEventRow[]): Promise<void> {
    const tx = this.#tx;
    await insertLeadRows.run(tx, { rows: leads });
    await insertEventRows.run(tx, { rows: events });
  }

  /** The plain multi-row statements, one a table. */
  async writeRouting(writes: RoutingWrites): Promise<void> {
    await writeRoutingRows(this.#tx, writes);
  }

  /**
   * The rows changed on this connection so far (`total_changes()`, triggers' rows included) and
   * `data_version`, which moves whenever another connection (another process, a CLI import)
   * commits. Both as they were means no row was written anywhere since.
   */
  async changeToken(): Promise<string> {
    const changes = this.#statements.get("select total_changes()").pluck().get() as number;
    const version = this.#statements.get("pragma data_version").pluck().get() as number;
    return `${changes}:${version}`;
  }

  get #tx() {
    return this.db as Kysely<Database> & { readonly ops: SqliteTxOps };
  }
}
