import type { Recipient } from "../../domain/recipient.js";
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
 */
export class RoutingCarry {
  readonly #carried = new Map<string, Carried>();
  /** Batches that decided on the state the one before them carried. */
  used = 0;

  /** The carry of one batch of the category: its transaction, and its attempts if run again. */
  begin(category: string): CarryRun {
    return new CarryRun(this, category);
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

  constructor(
    private readonly carry: RoutingCarry,
    readonly category: string,
  ) {}

  /**
   * The state the batch starts from, if nothing was written since it was carried (on
   * PostgreSQL, once the batch's lock of the routing head confirms it); called first in each
   * attempt's transaction, before it writes.
   */
  async take(tx: Tx): Promise<CarriedState | CarriedAtLock | undefined> {
    this.#pending = undefined;
    const token = await tx.ops.changeToken();
    if (token === undefined)
      return {
        category: this.category,
        atLock: (version) => {
          const carried = this.carry.take(this.category);
          const headVersion = carried?.state.headVersion;
          return headVersion !== undefined && version === headVersion + 1 ? carried!.state : undefined;
        },
      };
    const carried = this.carry.take(this.category);
    return carried?.token === token ? carried.state : undefined;
  }

  /** Keeps the batch's state, once it has written everything, until its transaction ends. */
  async hold(tx: Tx, batch: RoutingBatch): Promise<void> {
    if (batch.usedCarried) this.carry.used++;
    const token = await tx.ops.changeToken();
    if (token !== undefined) {
      const state = batch.carried(this.category);
      if (state) this.#pending = { state, token };
      return;
    }
    const headVersion = batch.lockedVersion(this.category);
    if (headVersion === undefined) return;
    const state = batch.carried(this.category, ofOneCategory);
    if (state) this.#pending = { state: { ...state, headVersion }, token: undefined };
  }

  /** The batch's transaction ended: committed, its held state is carried; otherwise dropped. */
  settle(committed: boolean): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending && committed) this.carry.keep(this.category, pending);
  }
}

const ofOneCategory = (r: Recipient) => r.categories.length === 1;
