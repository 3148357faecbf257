import type { Tx } from "../../store/store.js";
import type { CarriedState, RoutingBatch } from "./batch.js";

interface Carried {
  state: CarriedState;
  /** The store's change token when the batch had written everything (`TxOps#changeToken`). */
  token: string;
}

/**
 * The recipients' state each category's last committed batch of this process left, handed to
 * the category's next batch, which then reads only the recipients it does not hold.
 *
 * It is exact without knowing the many writers of recipient state (routing, offers, returns,
 * deliveries, manual assignment, pools, configuration changes, other processes): a batch's state
 * is kept with the store's change token taken once the batch wrote everything, and is used only
 * if the next batch finds the same token before it writes anything, that is when no row at all
 * was written anywhere in between. An engine without such a token (PostgreSQL) carries nothing.
 *
 * A batch's state is pending until its transaction has committed (`settle`): a transaction that
 * rolls back, or an attempt run again after a conflict, leaves nothing carried.
 */
export class RoutingCarry {
  readonly #carried = new Map<string, Carried>();
  readonly #pending = new Map<string, Carried>();

  /**
   * The category's state carried from its last committed batch, if nothing was written since;
   * called first in the next batch's transaction, before it writes. Either way it is given up:
   * the batch writes, and carries its own state from then on.
   */
  async take(tx: Tx, category: string): Promise<CarriedState | undefined> {
    this.#pending.delete(category);
    const carried = this.#carried.get(category);
    if (!carried) return undefined;
    this.#carried.delete(category);
    return (await tx.ops.changeToken()) === carried.token ? carried.state : undefined;
  }

  /** Keeps the state of the category's batch, once it has written everything, until its transaction ends. */
  async hold(tx: Tx, category: string, batch: RoutingBatch): Promise<void> {
    const token = await tx.ops.changeToken();
    if (token === undefined) return;
    const state = batch.carried(category);
    if (state) this.#pending.set(category, { state, token });
  }

  /** The category's batch's transaction ended: committed, its held state is carried; otherwise dropped. */
  settle(category: string, committed: boolean): void {
    const pending = this.#pending.get(category);
    this.#pending.delete(category);
    if (pending && committed) this.#carried.set(category, pending);
  }
}
