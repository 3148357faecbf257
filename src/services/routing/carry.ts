import type { Recipient } from "../../domain/recipient.js";
import type { RoutingHead } from "../../store/queries/routing-state.js";
import type { Tx } from "../../store/store.js";
import type { CarriedState, RoutingBatch } from "./batch.js";

interface Carried {
  state: CarriedState;
  /**
   * The store's change token when the batch had written everything (`TxOps#changeToken`); none
   * on an engine without one, where the state carries its head's version instead.
   */
  token: string | undefined;
}

/**
 * What a batch starts from on an engine without a change token: the state the category's last
 * committed batch carried, asked for once the batch has locked the category's routing head, with
 * the version that lock produced.
 */
export interface CarriedAtLock {
  category: string;
  atLock(version: number): CarriedState | undefined;
}

/**
 * What a batch of the category decided, handed to the category's next batch before it commits:
 * the recipients' state as it leaves them, the routing head as it leaves it, and whether it
 * took the head and committed (see `RoutingBatch#flush`).
 */
export interface Decided {
  state: CarriedState;
  head: RoutingHead;
  headTaken: Promise<boolean>;
  committed: Promise<boolean>;
}

/**
 * The recipients' state each category's last committed batch of this process left, handed to
 * the category's next batch, which then reads only the recipients it does not hold.
 *
 * It is exact without knowing the many writers of recipient state (routing, offers, returns,
 * deliveries, manual assignment, pools, configuration changes, other processes). On an engine
 * with a change token (SQLite), a batch's state is kept with the token taken once the batch
 * wrote everything, and is used only if the next batch finds the same token before it writes
 * anything, that is when no row at all was written anywhere in between.
 *
 * On PostgreSQL, whose other connections write at any moment, a batch's state is kept with the
 * version its lock of the category's routing head produced, and the next batch uses it only if
 * its own lock finds the version one past it: every writer of a category's routing state moves
 * the version before it writes (`lockRoutingHead` lists them). The next batch asks for it once
 * it holds the lock, so a batch that waited there for the one before it to commit starts from
 * that one's state. A recipient of several categories is left out: routing in another category
 * changes its counters under that category's head.
 *
 * A batch's state is pending until its transaction has committed (`CarryRun#settle`): a
 * transaction that rolls back, or an attempt run again after a conflict, leaves nothing carried.
 *
 * On PostgreSQL a batch that starts while the category's previous batch of this process is in
 * flight decides on top of that batch's decisions (`Decided`), before it commits: it takes the
 * head only to write, and only if the head is where that batch leaves it (`RoutingBatch#flush`);
 * otherwise it runs again the ordinary way.
 */
export class RoutingCarry {
  readonly #carried = new Map<string, Carried>();
  /** Each category's last batch begun, until it settles. */
  readonly #last = new Map<string, CarryRun>();
  /** Batches that decided on the state the one before them carried. */
  used = 0;
  /** Batches that decided on top of the one before them while it was in flight, and then took the head. */
  pipelined = 0;

  /** The carry of one batch of the category: its transaction, and its attempts if run again. */
  begin(category: string): CarryRun {
    const run = new CarryRun(this, category, this.#last.get(category));
    this.#last.set(category, run);
    return run;
  }

  /** The batch settled: the next one has nothing in flight to decide on top of. */
  end(run: CarryRun): void {
    if (this.#last.get(run.category) === run) this.#last.delete(run.category);
  }

  /** The category's carried state, given up to the batch that takes it. */
  take(category: string): Carried | undefined {
    const carried = this.#carried.get(category);
    this.#carried.delete(category);
    return carried;
  }

  /** A committed batch's state, unless a later batch's is carried already (by head version). */
  keep(category: string, carried: Carried): void {
    const kept = this.#carried.get(category)?.state.headVersion;
    const version = carried.state.headVersion;
    if (kept !== undefined && version !== undefined && kept > version) return;
    this.#carried.set(category, carried);
  }
}

/** One batch's part in its category's carry (see `RoutingCarry`). */
export class CarryRun {
  #pending: Carried | undefined;
  #attempts = 0;
  #settled = false;
  /** What the batch decided, for the next batch: told once, or none. */
  readonly #decided = deferred<Decided | undefined>();
  /** Whether the attempt that told its decisions took the head, and committed. */
  #headTaken: Deferred<boolean> | undefined;
  #committed: Deferred<boolean> | undefined;

  constructor(
    private readonly carry: RoutingCarry,
    readonly category: string,
    /** The category's batch begun before this one, while it is in flight. */
    private previous: CarryRun | undefined,
  ) {}

  /**
   * The state the batch starts from, if nothing was written since it was carried (on
   * PostgreSQL, once the batch's lock of the routing head confirms it); called first in each
   * attempt's transaction, before it writes.
   */
  async take(tx: Tx): Promise<CarriedState | CarriedAtLock | Decided | undefined> {
    this.#pending = undefined;
    // An attempt run again: what an earlier attempt decided never commits.
    this.#headTaken?.resolve(false);
    this.#committed?.resolve(false);
    const previous = this.#attempts++ === 0 ? this.previous : undefined;
    this.previous = undefined;
    const token = await tx.ops.changeToken();
    if (token === undefined) {
      const decided = previous && !previous.#settled ? await previous.#decided.promise : undefined;
      if (decided) return decided;
      return {
        category: this.category,
        atLock: (version) => {
          const carried = this.carry.take(this.category);
          const headVersion = carried?.state.headVersion;
          return headVersion !== undefined && version === headVersion + 1 ? carried!.state : undefined;
        },
      };
    }
    const carried = this.carry.take(this.category);
    return carried?.token === token ? carried.state : undefined;
  }

  /**
   * Tells the category's next batch what the batch decided, once it is done deciding and
   * before it writes; by its first attempt only. A batch holding a recipient of several
   * categories tells nothing (routing in another category changes its counters under that
   * category's head), nor one whose leads fell in an experiment.
   */
  tell(batch: RoutingBatch | undefined): void {
    // Leads in an experiment are counted in it when the batch writes: the next batch waits.
    if (!batch || this.#attempts !== 1 || batch.joinedAnyExperiment) return this.#decided.resolve(undefined);
    const head = batch.headAfter(this.category);
    const state = head && batch.carried(this.category);
    if (!head || !state || [...state.recipients.values()].some((h) => !ofOneCategory(h.stored.config)))
      return this.#decided.resolve(undefined);
    const headTaken = (this.#headTaken = deferred<boolean>());
    const committed = (this.#committed = deferred<boolean>());
    if (batch.pipelined) batch.tookHead = headTaken.resolve;
    else headTaken.resolve(true);
    this.#decided.resolve({ state, head, headTaken: headTaken.promise, committed: committed.promise });
  }

  /** Keeps the batch's state, once it has written everything, until its transaction ends. */
  async hold(tx: Tx, batch: RoutingBatch): Promise<void> {
    if (batch.pipelined) this.carry.pipelined++;
    else if (batch.usedCarried) this.carry.used++;
    const token = await tx.ops.changeToken();
    if (token !== undefined) {
      const state = batch.carried(this.category);
      if (state) this.#pending = { state, token };
      return;
    }
    const headVersion = batch.lockedVersion(this.category);
    if (headVersion === undefined) return;
    const state = batch.carried(this.category);
    if (!state) return;
    const recipients = new Map([...state.recipients].filter(([, h]) => ofOneCategory(h.stored.config)));
    this.#pending = { state: { category: this.category, recipients, headVersion }, token: undefined };
  }

  /** The batch's transaction ended: committed, its held state is carried; otherwise dropped. */
  settle(committed: boolean): void {
    this.#settled = true;
    this.previous = undefined;
    this.carry.end(this);
    this.#decided.resolve(undefined);
    this.#headTaken?.resolve(false);
    this.#committed?.resolve(committed);
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending && committed) this.carry.keep(this.category, pending);
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

/** A promise and its `resolve`; resolving it again changes nothing. */
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const ofOneCategory = (r: Recipient) => r.categories.length === 1;
