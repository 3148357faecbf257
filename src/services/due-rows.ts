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
  /** The time to handle rows at; by default the clock's, read again for every transaction. */
  now?: number | undefined;
  /** Rows listed at a time. */
  batch?: number;
}

export interface DueBatchOptions extends DueOptions {
  /**
   * Told of each row that failed on its own. Without it, the first such error is thrown once
   * every other row is handled.
   */
  onError?: ((error: unknown) => void) | undefined;
}

/** What a timer's caller may set: its batch size and where failures go (the time is an argument). */
export type TimerOptions = Omit<DueBatchOptions, "now">;

/** Rows that failed on their own, by store and timer: left out of batches, tried alone. */
const heldBack = new WeakMap<Store, WeakMap<DueQuery, Set<string>>>();

/**
 * Handles every due row of a timer once, and answers how many `handle` took, a batch of rows in
 * each transaction: rows that share their `group` column's value (their category), up to `batch`
 * of them, soonest first. Each transaction first takes its rows in one statement, those still
 * due: on PostgreSQL `FOR UPDATE SKIP LOCKED`, so any number of schedulers share the work, each
 * taking rows no other holds, and a row is handled once. `handle` gets the rows' ids, soonest
 * first, and the time they are handled at, and answers how many it took.
 *
 * A batch that fails is done again a row at a time, each row in its own transaction, so a row
 * that cannot be handled holds back no other: it is reported to `onError`, left out of batches
 * from then on, and tried alone at the end of each later call until it goes through or is no
 * longer due. Rows come in batches until a listing handles nothing or comes back short.
 * Transactions started together share one commit on SQLite (group commit, each in its own
 * savepoint) and run one after another on PostgreSQL, where decisions that route a lead
 * serialize on its category's routing head anyway. `handle` gets the time the rows are handled
 * at: what their events record, so lag is measured from them.
 */
export async function forEachDueBatch(
  store: Store,
  due: DueQuery,
  group: string,
  handle: (tx: Tx, ids: string[], now: number) => Promise<number>,
  options: DueBatchOptions = {},
): Promise<number> {
  const batch = options.batch ?? 200;
  const clock = () => options.now ?? Date.now();
  const held = heldBackOf(store, due);
  const heldBefore = [...held];
  const errors: unknown[] = [];
  const report = options.onError ?? ((error: unknown) => errors.push(error));
  const each = async <T>(items: readonly T[], work: (item: T) => Promise<number>) => {
    if (store.db.ops.groupCommit) return sum(await Promise.all(items.map(work)));
    let done = 0;
    for (const item of items) done += await work(item);
    return done;
  };
  const take = (key: string | null, only?: string) =>
    store.transact(async (tx) => {
      const now = clock();
      let rows = due(tx, now, only);
      if (only === undefined) {
        rows = rows.where(sql.ref(group), key === null ? "is" : "=", key).limit(batch);
        if (held.size > 0) rows = rows.where("id", "not in", [...held]);
      }
      rows = tx.ops.lockRows(rows, { skipLocked: true });
      const ids = (await rows.execute()).map((r) => r.id);
      return ids.length === 0 ? 0 : handle(tx, ids, now);
    });
  const alone = async (id: string) => {
    try {
      const done = await take(null, id);
      held.delete(id);
      return done;
    } catch (error) {
      held.add(id);
      report(error);
      return 0;
    }
  };
  let handled = 0;
  for (;;) {
    let listed = due(store.db, clock()).select(sql<string | null>`${sql.ref(group)}`.as("group"));
    if (held.size > 0) listed = listed.where("id", "not in", [...held]);
    const rows = await listed.limit(batch).execute();
    const groups = [...new Set(rows.map((r) => r.group))];
    const done = await each(groups, (key) =>
      take(key).catch(() =>
        each(
          rows.filter((r) => r.group === key).map((r) => r.id),
          alone,
        ),
      ),
    );
    handled += done;
    if (done === 0 || rows.length < batch) break;
  }
  handled += await each(heldBefore, alone);
  if (errors.length > 0) throw errors[0];
  return handled;
}

function heldBackOf(store: Store, due: DueQuery): Set<string> {
  let timers = heldBack.get(store);
  if (!timers) heldBack.set(store, (timers = new WeakMap()));
  let held = timers.get(due);
  if (!held) timers.set(due, (held = new Set()));
  return held;
}

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
