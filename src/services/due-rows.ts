import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Database } from "../store/schema.js";
import type { Store, Tx } from "../store/store.js";

/**
 * The rows of one timer that are due at `now`, as a query selecting their `id`: all of them
 * soonest first (no `id` given), or only the row `id` if it is still due.
 */
export type DueQuery = <DB extends Kysely<Database>>(
  db: DB,
  now: number,
  id?: string,
) => SelectQueryBuilder<Database, keyof Database, { id: string }>;

/**
 * The due rows of a timer kept in `table`: those whose `column` time has come and whose
 * columns are as `waiting` says (a value, or null for a column that is not set yet).
 *
 * @example dueRows("assignments", "expires_at", { status: "offered" })
 */
export function dueRows(
  table: "assignments" | "leads" | "lead_tasks",
  column: string,
  waiting: Record<string, string | null>,
): DueQuery {
  return (db, now, id) => {
    // Every timer table has an `id`; the columns are named by the timers themselves.
    let q = db
      .selectFrom(table as "leads")
      .select("id")
      .where(sql.ref(column), "<=", now);
    for (const [name, value] of Object.entries(waiting))
      q = value === null ? q.where(sql.ref(name), "is", null) : q.where(sql.ref(name), "=", value);
    return id === undefined ? q.orderBy(sql.ref(column)) : q.where("id", "=", id);
  };
}

export interface DueOptions {
  /** The time to handle rows at; by default the clock's, read again for every row. */
  now?: number | undefined;
  /** Rows listed at a time. */
  batch?: number;
}

/**
 * Handles every due row of a timer once, each in its own transaction, and answers how many
 * `handle` took (answered true for). Each transaction first reads its row again through `due`
 * and goes on only if it is still due: on PostgreSQL that read locks the row and skips it when
 * another process holds it, so any number of schedulers share the work and a row is handled
 * once. Rows come in batches until a batch handles nothing or comes back short. `handle` gets
 * the time the row is handled at: what its events record, so lag is measured from them.
 *
 * On SQLite the transactions of a batch are started together, so they share one commit (group
 * commit, each in its own savepoint); on PostgreSQL they run one after another, as decisions
 * that route a lead serialize on its category's routing head anyway.
 */
export async function forEachDue(
  store: Store,
  due: DueQuery,
  handle: (tx: Tx, id: string, now: number) => Promise<boolean>,
  options: DueOptions = {},
): Promise<number> {
  const batch = options.batch ?? 200;
  const clock = () => options.now ?? Date.now();
  const one = (id: string) =>
    store.transact(async (tx) => {
      const now = clock();
      let again = due(tx, now, id);
      if (store.engine === "postgres") again = again.forUpdate().skipLocked();
      return (await again.executeTakeFirst()) !== undefined && handle(tx, id, now);
    });
  let handled = 0;
  for (;;) {
    const ids = (await due(store.db, clock()).limit(batch).execute()).map((r) => r.id);
    let done = 0;
    if (store.engine === "sqlite") done = (await Promise.all(ids.map(one))).filter(Boolean).length;
    else for (const id of ids) if (await one(id)) done += 1;
    handled += done;
    if (done === 0 || ids.length < batch) return handled;
  }
}
