import {
  recipientTimeZone,
  windowKeys,
  type Candidate,
  type RotationState,
  type WindowKeys,
} from "../../domain/routing/index.js";
import type { LeadEvent } from "../../domain/lead.js";
import { assignmentRow, type Assignment } from "../../store/queries/assignments.js";
import type { Delivery } from "../../domain/delivery/delivery.js";
import { insertEvents, setRoutingOutcomes, type RoutingOutcome } from "../../store/queries/leads.js";
import type { Recipient } from "../../domain/recipient.js";
import {
  loadRotation,
  lockRoutingHead,
  writeRouting,
  type RoutingHead,
} from "../../store/queries/routing-state.js";
import type { Runner, Tx } from "../../store/store.js";
import { recordExperimentLeads } from "../../store/queries/experiments.js";
import type { RoutingExperiment } from "../../store/routing-configs.js";
import { enqueueDelivery } from "../delivery/outbox.js";
import {
  candidateOf,
  Pending,
  readStates,
  type Consumed,
  type RotationRow,
  type StoredState,
} from "./recipient-state.js";

type Notice = Pick<Delivery, "kind" | "taskId">;
type LockMode = "share" | "update";

const sameWindows = (a: WindowKeys, b: WindowKeys) =>
  a === b || (a.hour === b.hour && a.day === b.day && a.week === b.week && a.month === b.month);

/**
 * Routing decisions of one transaction, written together at its end (`flush`), a statement
 * or a few for all of them: the categories' sequences, rotation, cap counters and open leads,
 * the assignments and their notices, where each stored lead was left, and the events. A
 * decision alone is a batch of one.
 *
 * The batch is the decisions' state, explicitly: the routing heads as locked (each once per
 * batch), the recipients' state as read (each once per batch, while its windows hold), and
 * what the decisions made so far add to both (the sequence each category reached, `Pending`).
 * Every decision of the batch sees the ones before it exactly: two leads of a batch never both
 * take a recipient's last place under a cap. Nothing else may write the recipients' state in
 * the transaction until the batch is flushed.
 */
export class RoutingBatch {
  /** The events to write with the batch (a caller may collect a decision's events itself). */
  readonly events: LeadEvent[] = [];
  readonly #heads = new Map<string, { head: RoutingHead; mode: LockMode }>();
  /** The sequence each category reached in the batch's decisions. */
  readonly #sequences = new Map<string, number>();
  /** Recipients' stored state, by category and recipient. */
  readonly #states = new Map<string, StoredState>();
  readonly #pending = new Pending();
  readonly #assignments: Assignment[] = [];
  readonly #notices: { assignment: Assignment; recipient: Recipient | string; notice: Notice | undefined }[] =
    [];
  readonly #outcomes: RoutingOutcome[] = [];
  readonly #experimentLeads: { experiment: RoutingExperiment; leadId: string; arm: number; at: number }[] =
    [];

  /**
   * The category's routing head, locked in `mode` (`update` before any counter is written;
   * `share` for a decision that can assign nobody) once per batch, at the sequence the batch's
   * decisions reached.
   */
  async lockHead(tx: Tx, category: string, mode: LockMode = "update"): Promise<RoutingHead> {
    let held = this.#heads.get(category);
    if (!held || (held.mode === "share" && mode === "update")) {
      const head = await lockRoutingHead(tx, category, mode);
      if (!head) throw new Error(`category ${category} has no routing head`);
      this.#heads.set(category, (held = { head, mode }));
    }
    const sequence = this.#sequences.get(category);
    return sequence === undefined ? held.head : { ...held.head, sequence };
  }

  /** The candidates with their state as the batch's decisions left it, reading what it has not read yet. */
  async candidates(
    db: Runner,
    category: string,
    recipients: readonly Recipient[],
    now: number,
    sequence: number,
  ): Promise<Candidate[]> {
    const out: Candidate[] = [];
    const unread: { index: number; config: Recipient }[] = [];
    recipients.forEach((config, index) => {
      const s = this.#states.get(`${category}\u0000${config.key}`);
      if (s && s.config === config && sameWindows(s.windows, windowKeys(recipientTimeZone(config), now)))
        out[index] = candidateOf(s, sequence, this.#pending);
      else unread.push({ index, config });
    });
    if (unread.length > 0) {
      const read = await readStates(
        db,
        category,
        unread.map((u) => u.config),
        now,
      );
      read.forEach((s, i) => {
        this.#states.set(`${category}\u0000${s.config.key}`, s);
        out[unread[i]!.index] = candidateOf(s, sequence, this.#pending);
      });
    }
    return out;
  }

  /** The recipients' rotation in the category as the batch left it, those that have one. */
  async rotationOf(
    db: Runner,
    category: string,
    recipients: readonly string[],
  ): Promise<Map<string, RotationState>> {
    const out = new Map<string, RotationState>();
    const unread: string[] = [];
    for (const recipient of recipients) {
      const s = this.#states.get(`${category}\u0000${recipient}`);
      const r = this.#pending.rotation(category, recipient) ?? s?.rotation;
      if (r) out.set(recipient, r);
      else if (!s) unread.push(recipient);
    }
    if (unread.length === 0) return out;
    const stored = await loadRotation(db, category, unread);
    for (const [recipient, r] of stored) out.set(recipient, r);
    return out;
  }

  /** The category's sequence moved on: the batch's next decision there starts from it. */
  advanceSequence(category: string, sequence: number): void {
    this.#sequences.set(category, sequence);
  }

  saveRotation(category: string, rows: readonly RotationRow[]): void {
    this.#pending.rotate(category, rows);
  }

  consume(items: readonly Consumed[]): void {
    this.#pending.consume(items);
  }

  /** The assignment, and its delivery (or the notice of it) through the recipient's channel. */
  assign(assignment: Assignment, recipient: Recipient | string, notice: Notice | undefined): void {
    this.#assignments.push(assignment);
    this.#notices.push({ assignment, recipient, notice });
  }

  /** Where a stored lead's decision left it. */
  route(outcome: RoutingOutcome): void {
    this.#outcomes.push(outcome);
  }

  /** The lead fell in the experiment's arm. */
  joinExperiment(experiment: RoutingExperiment, leadId: string, arm: number, at: number): void {
    this.#experimentLeads.push({ experiment, leadId, arm, at });
  }

  /** How many of the batch's leads fell in the experiment so far. */
  joinedExperiment(id: string): number {
    let n = 0;
    for (const e of this.#experimentLeads) if (e.experiment.id === id) n++;
    return n;
  }

  /** Writes everything the batch's decisions decided, once they all are made. */
  async flush(tx: Tx): Promise<void> {
    if (this.#experimentLeads.length > 0) {
      const rows = this.#experimentLeads.map((e) => ({ ...e, experiment: e.experiment.id }));
      const counts = await recordExperimentLeads(tx, rows);
      // The experiment as this process knows it learns how many leads it has across processes.
      for (const { experiment } of this.#experimentLeads)
        experiment.leads = counts.get(experiment.id) ?? experiment.leads;
    }
    await writeRouting(tx, {
      ...this.#pending.writes(this.#sequences),
      assignments: this.#assignments.map(assignmentRow),
    });
    for (const { assignment, recipient, notice } of this.#notices)
      await enqueueDelivery(tx, assignment, recipient, assignment.createdAt, notice);
    await setRoutingOutcomes(tx, this.#outcomes);
    await insertEvents(tx, this.events);
  }
}
