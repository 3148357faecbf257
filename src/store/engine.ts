import type { CompiledQuery, Kysely, RawBuilder } from "kysely";
import type { AssignmentRow, CounterRow, Database, LeadEventRow, LeadRow, RotationRow } from "./schema.js";

/** The engines Carousel runs on; each is one folder of `src/store` registered in `open-store.ts`. */
export type EngineName = "sqlite" | "postgres";

/**
 * What an engine does its own way, for any statement (in a transaction or not). Shared queries
 * (`store/queries`) build their SQL with the query builder and ask these where the engines
 * differ; they never ask which engine they run on.
 */
export interface EngineOps {
  readonly name: EngineName;
  /**
   * Runs a compiled statement and answers its rows (none for a write). The prepared statements
   * of `prepared.ts` come here: a SQLite transaction runs them synchronously on its connection's
   * cached statement.
   */
  run<R>(query: CompiledQuery): Promise<R[]>;
  /**
   * A select whose rows stay locked against other writers until the transaction ends: on
   * PostgreSQL `FOR UPDATE`, and with `skipLocked` rows another transaction holds are left out
   * (`SKIP LOCKED`), so concurrent workers take different rows. On an engine whose transactions
   * already hold the whole database for writing (SQLite), the select as it is.
   */
  lockRows<Q extends Lockable<Q>>(query: Q, options?: { skipLocked?: boolean }): Q;
  /** The text of one top-level field of a JSON column (`null` when absent), as JSON. */
  jsonField(column: string, field: string): RawBuilder<string | null>;
  /**
   * Recipients' routing state in a category: their rotation rows, the counters of the windows
   * asked for, and their open leads, in as few round trips as the engine can.
   */
  readRoutingState(query: RoutingStateQuery): Promise<RoutingStateRows>;
  /**
   * Whether transactions begun together share one commit (SQLite's group commit): work started
   * side by side then costs one commit, where on PostgreSQL each holds a connection and its locks
   * and side-by-side work on one category only waits for its routing head.
   */
  readonly groupCommit: boolean;
  /**
   * How many intake transactions of one category run at once. Routed leads of a category are
   * decided one transaction after another (each locks the category's routing head), so more
   * would only wait for the lock, each with a smaller batch. On PostgreSQL two let one batch
   * commit while the next runs. On SQLite one: its store runs one transaction at a time on this
   * thread, and a second batch started while the first waits for its sync would only be smaller
   * (a batch's statements and commit cost about as much for 10 leads as for 50).
   */
  readonly intakeBatchesAtOnce: number;
}

/** Whose routing state to read: recipients of a category, and the counter windows of each to read. */
export interface RoutingStateQuery {
  category: string;
  recipients: readonly string[];
  windows: readonly { recipient: string; window: string }[];
}

/** Routing state rows as stored (a recipient or window with no row has none). */
export interface RoutingStateRows {
  rotation: Pick<RotationRow, "recipient" | "last_served" | "current_weight">[];
  counters: CounterRow[];
  load: Database["recipient_load"][];
}

/**
 * What a batch of routing decisions writes: the categories' sequences, rotation rows (set),
 * counters and open leads (added to, one row per key, in key order), and the assignments.
 */
export interface RoutingWrites {
  sequences: readonly { category: string; sequence: number }[];
  rotation: readonly RotationRow[];
  counters: readonly CounterRow[];
  load: readonly Database["recipient_load"][];
  assignments: readonly AssignmentRow[];
}

/** A select that can be locked (`SelectQueryBuilder`). */
export interface Lockable<Q> {
  forUpdate(): Q;
  skipLocked(): Q;
}

/** The lead that holds a dedupe value, and since when. */
export interface DedupeHolder {
  leadId: string;
  createdAt: number;
}

/** A lead's claim on one of its dedupe values, made at `at`. */
export interface DedupeClaim {
  kind: string;
  value: string;
  leadId: string;
  at: number;
}

/**
 * What an engine does its own way inside one transaction. An object of it lives exactly as long
 * as its transaction and keeps that transaction's own state (the locks it holds, the dedupe
 * keys it claimed, the connection it runs on); nothing about a transaction is kept elsewhere.
 */
export interface TxOps extends EngineOps {
  /**
   * Holds the categories' configuration locks until the transaction ends: `shared` by a routing
   * decision that found no candidate (such decisions run side by side), `exclusive` by a
   * configuration change (changes of a category are checked and written one at a time, and
   * wait for the shared holders). Taking a lock the transaction holds is free. An engine whose
   * transactions run one at a time (SQLite) needs none.
   */
  lockConfiguration(categories: readonly string[], mode: "shared" | "exclusive"): Promise<void>;
  /**
   * Holds a named lock until the transaction ends: transactions that take the same name run
   * one after another (returns to one recipient, so two cannot both fit under its cap).
   */
  lockName(name: string): Promise<void>;
  /**
   * Makes each claim's lead the holder of its dedupe value in `category` unless another lead
   * holds it since `windowStart`, and answers the claims that succeeded (the objects given).
   * A value a concurrent transaction is claiming is waited for and then found taken. The claims
   * name each value once.
   */
  claimDedupeKeys(
    category: string,
    claims: readonly DedupeClaim[],
    windowStart: number,
  ): Promise<ReadonlySet<DedupeClaim>>;
  /** The lead that holds a dedupe value in a category, and since when. */
  dedupeHolder(category: string, kind: string, value: string): Promise<DedupeHolder | undefined>;
  /** Gives up what these claims took in this transaction (their lead was a duplicate after all). */
  releaseDedupeKeys(category: string, claims: readonly DedupeClaim[]): Promise<void>;
  /** New leads and their events (whose leads are among them or stored), in as few statements as the engine can. */
  insertLeadsAndEvents(leads: readonly LeadRow[], events: readonly LeadEventRow[]): Promise<void>;
  /** A batch of routing decisions' writes, in as few statements as the engine can. */
  writeRouting(writes: RoutingWrites): Promise<void>;
  /**
   * A value that stays the same, from one transaction to a later one, only if nothing at all was
   * written to the store in between (by this connection or any other) and nothing was written
   * in the transaction since the value was taken: state read before it and the writes made
   * before it are then still exactly what is stored. `undefined` on an engine that cannot tell
   * (PostgreSQL: other connections write concurrently at any moment).
   */
  changeToken(): Promise<string | undefined>;
}

/**
 * The start of an engine's operations: the query builder they belong to, which runs the
 * statements of `prepared.ts` (an engine may run them its own way inside a transaction).
 */
export abstract class BuilderOps {
  protected readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.db = db;
  }

  async run<R>(query: CompiledQuery): Promise<R[]> {
    return (await this.db.executeQuery<R>(query)).rows;
  }
}

/** The store's query builder: reads, and writes that need no transaction of their own. */
export type Db = Kysely<Database> & { readonly ops: EngineOps };

/** A transaction's query builder, with its engine's operations and state. */
export type Tx = Kysely<Database> & { readonly ops: TxOps };

/** Gives a query builder its engine's operations (the builder is the engine's own, made for this). */
export function withOps<O extends EngineOps>(
  db: Kysely<Database>,
  ops: O,
): Kysely<Database> & { readonly ops: O } {
  Object.defineProperty(db, "ops", { value: ops, enumerable: false });
  return db as Kysely<Database> & { readonly ops: O };
}
