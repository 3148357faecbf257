import { listDueRows, takeDueRows, type DueRows } from "../store/queries/due.js";
import { engineOf, type Store, type Tx } from "../store/store.js";
import { systemClock, type Clock } from "./clock.js";

export { dueRows, type DueRows } from "../store/queries/due.js";

export interface DueOptions {
  /** The time to handle rows at; by default the clock's, read again for every transaction. */
  now?: number | undefined;
  /** The clock read when no `now` is given: the system clock by default. */
  clock?: Clock | undefined;
  /** Rows listed at a time. */
  batch?: number;
}

export interface DueBatchOptions extends DueOptions {
  /**
   * Told of each row that failed on its own. Without it, the first such error is thrown once
   * every other row is handled.
   */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * The rows that failed on their own in earlier calls, kept by whoever repeats the timers (the
   * scheduler makes one). Without it, a row that fails is held back within this call only.
   */
  heldBack?: HeldBack | undefined;
}

/** What a timer's caller may set: its batch size and where failures go (the time is an argument). */
export type TimerOptions = Omit<DueBatchOptions, "now">;

/** Rows that failed on their own, by timer: left out of batches from then on, and tried alone. */
export class HeldBack {
  readonly #byTimer = new Map<DueRows, Set<string>>();

  /** The ids of `due`'s rows held back. */
  of(due: DueRows): Set<string> {
    let held = this.#byTimer.get(due);
    if (!held) this.#byTimer.set(due, (held = new Set()));
    return held;
  }
}

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
 * from then on, and tried alone at the end of each later call given the same `heldBack` until it
 * goes through or is no longer due. Rows come in batches until a listing handles nothing or comes back short.
 * Transactions started together share one commit on SQLite (group commit, each in its own
 * savepoint) and run one after another on PostgreSQL, where decisions that route a lead
 * serialize on its category's routing head anyway. `handle` gets the time the rows are handled
 * at: what their events record, so lag is measured from them.
 */
export async function forEachDueBatch(
  store: Store,
  due: DueRows,
  group: string,
  handle: (tx: Tx, ids: string[], now: number) => Promise<number>,
  options: DueBatchOptions = {},
): Promise<number> {
  const batch = options.batch ?? 200;
  const time = options.clock ?? systemClock;
  const clock = () => options.now ?? time.now();
  const held = (options.heldBack ?? new HeldBack()).of(due);
  const heldBefore = [...held];
  const errors: unknown[] = [];
  const report = options.onError ?? ((error: unknown) => errors.push(error));
  const each = async <T>(items: readonly T[], work: (item: T) => Promise<number>) => {
    if (engineOf(store).groupCommit) return sum(await Promise.all(items.map(work)));
    let done = 0;
    for (const item of items) done += await work(item);
    return done;
  };
  const take = (key: string | null, only?: string) =>
    store.transact(async (tx) => {
      const now = clock();
      const ids = await takeDueRows(
        tx,
        due,
        now,
        only === undefined ? { group, key, except: held, limit: batch } : { only },
      );
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
    const rows = await listDueRows(store, due, clock(), group, held, batch);
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

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
