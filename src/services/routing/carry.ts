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
 * its own lock finds the version one past it (`RoutingBatch`): every writer of a category's
 * routing state moves the version before it writes (`lockRoutingHead` lists them). A recipient
 * of several categories is left out: routing in another category changes its counters under
 * that category's head.
 *
 * A batch's state is pending until its transaction has committed (`settle`): a transaction that
 * rolls back, or an attempt run again after a conflict, leaves nothing carried.
 */
export class RoutingCarry {
  readonly #carried = new Map<string, Carried>();
  readonly #pending = new Map<string, Carried>();
  /** Batches that decided on the state the one before them carried. */
  used = 0;

  /**
   * The category's state carried from its last committed batch, if nothing was written since
   * (on PostgreSQL, if the batch's lock of the head confirms it); called first in the next
   * batch's transaction, before it writes. Either way it is given up: the batch writes, and
   * carries its own state from then on.
   */
  async take(tx: Tx, category: string): Promise<CarriedState | undefined> {
    this.#pending.delete(category);
    const carried = this.#carried.get(category);
    if (!carried) return undefined;
    this.#carried.delete(category);
    if (carried.token === undefined) return carried.state;
    return (await tx.ops.changeToken()) === carried.token ? carried.state : undefined;
  }

  /** Keeps the state of the category's batch, once it has written everything, until its transaction ends. */
  async hold(tx: Tx, category: string, batch: RoutingBatch): Promise<void> {
    if (batch.usedCarried) this.used++;
    const token = await tx.ops.changeToken();
    if (token !== undefined) {
      const state = batch.carried(category);
      if (state) this.#pending.set(category, { state, token });
      return;
    }
    const headVersion = batch.lockedVersion(category);
    if (headVersion === undefined) return;
    const state = batch.carried(category, ofOneCategory);
    if (state) this.#pending.set(category, { state: { ...state, headVersion }, token: undefined });
  }

  /** The category's batch's transaction ended: committed, its held state is carried; otherwise dropped. */
  settle(category: string, committed: boolean): void {
    const pending = this.#pending.get(category);
    this.#pending.delete(category);
    if (pending && committed) this.#carried.set(category, pending);
  }
}

const ofOneCategory = (r: Recipient) => r.categories.length === 1;
