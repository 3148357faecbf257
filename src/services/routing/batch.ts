import {
  recipientTimeZone,
  windowSpan,
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
import { RetryableConflict, type Runner, type Tx } from "../../store/store.js";
import { recordExperimentLeads } from "../../store/queries/experiments.js";
import type { RoutingExperiment } from "../../store/routing-configs.js";
import { enqueueDelivery } from "../delivery/outbox.js";
import type { CarriedAtLock, Decided } from "./carry.js";
import {
  candidateOf,
  Pending,
  readStates,
  storedAfter,
  type Added,
  type Consumed,
  type RotationRow,
  type StoredState,
} from "./recipient-state.js";

type Notice = Pick<Delivery, "kind" | "taskId">;
type LockMode = "share" | "update";

const sameWindows = (a: WindowKeys, b: WindowKeys) =>
  a === b || (a.hour === b.hour && a.day === b.day && a.week === b.week && a.month === b.month);

/**
 * A recipient's stored state as the batch read it, the instants over which its windows are known
 * to hold, and the candidate last made of it with what the batch's decisions added: made again
 * only once they add to it (`Added#changes` moves on), or, for a recipient without rotation yet, once
 * the category's sequence moves.
 */
export interface Held {
  stored: StoredState;
  from: number;
  until: number;
  /** What the batch's decisions add to the recipient. */
  added: Added;
  candidate: Candidate | undefined;
  /** `added.changes` when `candidate` was made. */
  madeAt: number;
  /** The sequence `candidate` stands at, when it has no rotation of its own. */
  sequence: number | undefined;
}

/**
 * Whether the held state's windows are still those at `now`; past the instants they were known
 * to hold over, it asks again and, when they are the same, knows for longer.
 */
function holds(h: Held, now: number): boolean {
  if (h.from <= now && now < h.until) return true;
  const span = windowSpan(recipientTimeZone(h.stored.config), now);
  if (!sameWindows(span.keys, h.stored.windows)) return false;
  h.from = span.from;
  h.until = span.until;
  return true;
}

/** Whether the batch holds the recipient's state, read under its configuration, for `now`'s windows. */
const current = (h: Held | undefined, config: Recipient, now: number): h is Held =>
  h !== undefined && h.stored.config === config && holds(h, now);

/**
 * A category's recipients' state as a committed batch left it (what it read plus what its
 * decisions wrote), for a later batch that knows nothing was written since (see `RoutingCarry`).
 */
export interface CarriedState {
  category: string;
  /** The batch's own, handed over: the batch is done with them. */
  recipients: ReadonlyMap<string, Held>;
  /**
   * The version the batch's lock of the category's routing head produced, when the state is
   * still stored only if the next lock finds the version one past it (see `lockRoutingHead`).
   */
  headVersion?: number;
}

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
  readonly #states = new Map<string, Map<string, Held>>();
  readonly #pending = new Pending();
  readonly #assignments: Assignment[] = [];
  readonly #notices: { assignment: Assignment; recipient: Recipient | string; notice: Notice | undefined }[] =
    [];
  readonly #outcomes: RoutingOutcome[] = [];
  readonly #experimentLeads: { experiment: RoutingExperiment; leadId: string; arm: number; at: number }[] =
    [];
  /** Where the batch's state is carried from, asked once the batch locks the category's head. */
  #atLock: CarriedAtLock | undefined;
  /** Whether the batch started from a carried state and decided on it. */
  #usedCarried = false;
  /** The batch decides on top of the previous batch's decisions, and takes the head after them. */
  #onTopOf: { category: string; decided: Decided } | undefined;
  #pipelined = false;
  /** Told whether a pipelined batch took the head, for the batch deciding on top of it. */
  tookHead: ((ok: boolean) => void) | undefined;
  /** What `carried` handed over, by category: the batch is done deciding there. */
  readonly #handedOver = new Map<string, CarriedState>();

  /**
   * A batch that starts from `carried`, which must be what is stored when it starts, holds those
   * recipients already: it reads only the others (and those whose windows or configuration moved).
   * Carried `atLock`, the state is asked for when the batch locks the category's head for update.
   */
  constructor(carried?: CarriedState | CarriedAtLock | Decided) {
    if (!carried) return;
    if ("atLock" in carried) this.#atLock = carried;
    else if ("committed" in carried) {
      const { category } = carried.state;
      this.#onTopOf = { category, decided: carried };
      this.#pipelined = true;
      // The head as the previous batch leaves it; taken for real when the batch writes (`flush`).
      this.#heads.set(category, { head: carried.head, mode: "update" });
      this.#start(carried.state);
    } else this.#start(carried);
  }

  /** Whether the batch decided on top of a previous batch still in flight (see `flush`). */
  get pipelined(): boolean {
    return this.#pipelined;
  }

  #start(carried: CarriedState): void {
    this.#usedCarried = true;
    const held = this.#heldIn(carried.category);
    for (const [key, h] of carried.recipients) {
      // Nothing added yet: a candidate made of the same stored state with nothing added holds.
      const added = this.#pending.of(key);
      held.set(key, { ...h, added, madeAt: added.changes });
    }
  }

  /**
   * The category's recipients' state the batch holds, as stored once the batch is flushed: the
   * batch's own, for a batch done with them.
   */
  carried(category: string): CarriedState | undefined {
    const done = this.#handedOver.get(category);
    if (done) return done;
    const held = this.#states.get(category);
    if (!held) return undefined;
    for (const [key, h] of held) {
      if (h.added.changes === 0) continue;
      h.stored = storedAfter(h.stored, h.added, this.#pending.rotation(category, key));
      h.candidate = undefined;
    }
    const state = { category, recipients: held };
    this.#handedOver.set(category, state);
    return state;
  }

  /**
   * The category's routing head as it stands once the batch commits: the version its lock
   * produced (or will, for a pipelined batch) and the sequence its decisions reached. None
   * unless the batch holds the head for update.
   */
  headAfter(category: string): RoutingHead | undefined {
    const held = this.#heads.get(category);
    if (held?.mode !== "update") return undefined;
    const version = this.#onTopOf?.category === category ? held.head.version + 1 : held.head.version;
    return { ...held.head, version, sequence: this.#sequences.get(category) ?? held.head.sequence };
  }

  /** Whether the batch started from the state a previous batch carried, and decided on it. */
  get usedCarried(): boolean {
    return this.#usedCarried;
  }

  /** The version the batch's lock of the category's head for `update` produced; none without one. */
  lockedVersion(category: string): number | undefined {
    const held = this.#heads.get(category);
    return held?.mode === "update" ? held.head.version : undefined;
  }

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
      if (mode === "update") this.#confirm(category, head.version);
    }
    const sequence = this.#sequences.get(category);
    return sequence === undefined ? held.head : { ...held.head, sequence };
  }

  /**
   * The batch starts from the state carried to it, if its lock of the head confirms it (see
   * `RoutingCarry`). Runs before any decision reads the state.
   */
  #confirm(category: string, version: number): void {
    const from = this.#atLock;
    if (from?.category !== category) return;
    this.#atLock = undefined;
    const carried = from.atLock(version);
    if (carried) this.#start(carried);
  }

  /** The candidates with their state as the batch's decisions left it, reading what it has not read yet. */
  async candidates(
    db: Runner,
    category: string,
    recipients: readonly Recipient[],
    now: number,
    sequence: number,
  ): Promise<Candidate[]> {
    const held = this.#heldIn(category);
    const out = new Array<Candidate>(recipients.length);
    let unread: number[] | undefined;
    for (let i = 0; i < recipients.length; i++) {
      const config = recipients[i]!;
      const h = held.get(config.key);
      if (current(h, config, now)) out[i] = this.#candidateOf(h, sequence);
      else (unread ??= []).push(i);
    }
    if (unread === undefined) return out;
    const read = await this.#read(
      db,
      category,
      unread.map((i) => recipients[i]!),
      now,
    );
    for (let j = 0; j < read.length; j++) out[unread[j]!] = this.#candidateOf(read[j]!, sequence);
    return out;
  }

  /** Reads the state of those of the recipients the batch does not hold yet (as `candidates` would). */
  async read(db: Runner, category: string, recipients: readonly Recipient[], now: number): Promise<void> {
    const held = this.#heldIn(category);
    const unread = recipients.filter((config) => !current(held.get(config.key), config, now));
    if (unread.length > 0) await this.#read(db, category, unread, now);
  }

  #heldIn(category: string): Map<string, Held> {
    let held = this.#states.get(category);
    if (!held) this.#states.set(category, (held = new Map()));
    return held;
  }

  async #read(db: Runner, category: string, recipients: readonly Recipient[], now: number): Promise<Held[]> {
    const held = this.#heldIn(category);
    const read = await readStates(db, category, recipients, now);
    return read.map((stored) => {
      const span = windowSpan(recipientTimeZone(stored.config), now);
      const h: Held = {
        stored,
        from: span.from,
        until: span.until,
        added: this.#pending.of(stored.config.key),
        candidate: undefined,
        madeAt: 0,
        sequence: undefined,
      };
      held.set(stored.config.key, h);
      return h;
    });
  }

  #candidateOf(h: Held, sequence: number): Candidate {
    const made = h.candidate;
    if (made !== undefined && h.madeAt === h.added.changes) {
      if (h.sequence === undefined || h.sequence === sequence) return made;
      // Only the category's sequence moved: the recipient, with no rotation yet, stands at it.
      h.sequence = sequence;
      return (h.candidate = {
        config: made.config,
        state: { ...made.state, rotation: { lastServed: sequence, currentWeight: 0 } },
      });
    }
    const { stored } = h;
    h.candidate = candidateOf(stored, sequence, this.#pending);
    h.madeAt = h.added.changes;
    h.sequence =
      stored.rotation === null && !this.#pending.rotation(stored.category, stored.config.key)
        ? sequence
        : undefined;
    return h.candidate;
  }

  /** The recipients' rotation in the category as the batch left it, those that have one. */
  async rotationOf(
    db: Runner,
    category: string,
    recipients: readonly string[],
  ): Promise<Map<string, RotationState>> {
    const out = new Map<string, RotationState>();
    const unread: string[] = [];
    const held = this.#states.get(category);
    for (const recipient of recipients) {
      const s = held?.get(recipient)?.stored;
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

  /**
   * Whether any of the batch's leads fell in an experiment: the experiment learns its count of
   * leads only once the batch writes (`flush`).
   */
  get joinedAnyExperiment(): boolean {
    return this.#experimentLeads.length > 0;
  }

  /** How many of the batch's leads fell in the experiment so far. */
  joinedExperiment(id: string): number {
    let n = 0;
    for (const e of this.#experimentLeads) if (e.experiment.id === id) n++;
    return n;
  }

  /**
   * A pipelined batch locks the head now: that waits for the previous batch's transaction to
   * end, and finds the version one past the one the previous batch left only if it committed and
   * nobody locked the head since. Otherwise what the batch decided may not hold, and it runs
   * again the ordinary way (`RetryableConflict`), having written no routing row. (The lock is
   * the ordinary one, checked after: an update whose condition names the version would check it
   * against the row as committed when the statement began, and pass over the row without
   * waiting for the previous batch.)
   */
  async #takeHead(tx: Tx): Promise<void> {
    const on = this.#onTopOf;
    if (!on) return;
    this.#onTopOf = undefined;
    const expected = on.decided.head;
    const conflict = (why: string) => new RetryableConflict(`pipelined routing in ${on.category}: ${why}`);
    if (!(await on.decided.headTaken)) throw conflict("the previous batch did not take the head");
    const head = await lockRoutingHead(tx, on.category, "update");
    if (
      !head ||
      head.version !== expected.version + 1 ||
      head.sequence !== expected.sequence ||
      head.configVersion !== expected.configVersion ||
      head.planVersion !== expected.planVersion
    )
      throw conflict("the head moved");
    if (!(await on.decided.committed)) throw conflict("the previous batch did not commit");
    this.#heads.set(on.category, { head, mode: "update" });
  }

  /** Writes everything the batch's decisions decided, once they all are made. */
  async flush(tx: Tx): Promise<void> {
    const pipelined = this.#onTopOf !== undefined;
    try {
      await this.#takeHead(tx);
    } catch (error) {
      this.tookHead?.(false);
      throw error;
    }
    if (pipelined) this.tookHead?.(true);
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
