import type { Db, EngineName, EngineOps, Tx } from "./engine.js";
import type { RoutingConfigs } from "./routing-configs.js";

export type Engine = EngineName;
export type { Db, Tx };

/**
 * The database both engines present. Every state change of a lead goes through
 * `transact`, so what it writes commits together or not at all.
 */
export interface Store {
  readonly engine: Engine;
  /** For reads and for writes that need no transaction of their own. */
  readonly db: Db;
  /**
   * The categories' routing configuration as this process last read it from this database,
   * created with the store. A store that wraps another (to count or fail its transactions)
   * may leave it out: its decisions then read the configuration every time.
   */
  readonly routingConfigs?: RoutingConfigs;
  /**
   * Runs `work` in a transaction and resolves once it is durably committed. The work
   * must only talk to the database: on SQLite the work of concurrent callers shares one
   * commit (group commit), each isolated by a savepoint, so a slow await stalls them all.
   * Throwing `RetryableConflict` (or a serialization failure on PostgreSQL) runs it again.
   */
  transact<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  /**
   * Calls `listener` soon after transactions that may have added lead events commit: in any
   * process sharing the database on PostgreSQL (LISTEN/NOTIFY), in this one on SQLite (after
   * each group commit). Answers a function that stops it.
   */
  watchEvents?(listener: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * What a store operation runs on: the store itself (a statement of its own, outside any
 * transaction) or a transaction (`Tx`, or any query builder of the store). Services and routes
 * hand a store operation their `Store` or the `tx` of their `transact`; only store operations
 * (`src/store/queries`) look inside it for a query builder.
 */
export type Runner = Store | Db;

/** The query builder a store operation builds its statement with. */
export function builderOf(on: Runner): Db {
  return "transact" in on ? on.db : on;
}

/** What the store's engine does its own way (its commits, how many intake batches run at once). */
export function engineOf(on: Runner): EngineOps {
  return builderOf(on).ops;
}

/** Thrown by work that lost a race it can win by running again (e.g. a concurrent dedupe key). */
export class RetryableConflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryableConflict";
  }
}

export const MAX_ATTEMPTS = 5;
