import { newId } from "../domain/ids.js";
import { CONTACT_KEYS, type Contact, type Lead, type LeadEvent, type LeadStatus } from "../domain/lead.js";
import {
  decide,
  recipientTimeZone,
  RecipientIndex,
  windowKeys,
  type Candidate,
  type Decision,
  type Plan,
  type RecipientState,
  type RoutableLead,
  type RotationState,
  type WindowKeys,
} from "../domain/routing/index.js";
import { turnIntoAuction } from "../domain/routing/auction.js";
import { insertAssignment, insertAssignments, type Assignment } from "../store/queries/assignments.js";
import type { Delivery } from "../store/queries/deliveries.js";
import { insertEvents, setRoutingOutcomes, type RoutingOutcome } from "../store/queries/leads.js";
import { postToPools } from "../store/queries/pool.js";
import { getPlan } from "../store/queries/plans.js";
import { listRecipients, type Recipient } from "../store/queries/recipients.js";
import {
  advanceSequence,
  consume,
  loadCounters,
  loadOpenLeads,
  loadRotation,
  lockRoutingHead,
  saveRotation,
  type RoutingHead,
} from "../store/queries/routing-state.js";
import type { Db, Store, Tx } from "../store/store.js";
import { BidPrices, usesBidPrices } from "./bid-prices.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { openAuction } from "./delivery/ping-post.js";

interface CategoryRouting {
  configVersion: number;
  plan: Plan;
  index: RecipientIndex<Recipient>;
}

export interface RoutingResult {
  decision: Decision;
  status: LeadStatus;
  retryAt: number | null;
  /** The tiers the decision ran over, for the deciding tier's SLA. */
  plan: Plan;
  /** The offered recipients' own SLAs, by key. */
  slaSeconds: ReadonlyMap<string, number>;
  /** The plan tier the lead is offered or pooled in, and until when it stays in the pool. */
  tier: number | null;
  poolUntil: number | null;
  /** The stored rotation of the candidates when the decision was made, which `commit` completes. */
  rotation?: ReadonlyMap<string, RotationState>;
  /** The candidates as configured, by key (their delivery channels, for the outbox). */
  recipients?: ReadonlyMap<string, Recipient>;
  /** The batch the decision was made in: `commit` writes into it instead of the database. */
  batch?: RoutingBatch;
}

/**
 * The assignment statuses that mean its recipient refused the lead: it rejected the offer, gave
 * the lead back, or its receiver declined the delivery. Such a recipient is not asked about the
 * lead again. An offer that expired or was withdrawn is no refusal.
 */
export const REFUSALS: ReadonlySet<string> = new Set(["rejected", "returned", "failed"]);

/** Who of a lead's assignments refused it (see `REFUSALS`). */
export function refusersOf(history: readonly { recipient: string; status: string }[]): Set<string> {
  return new Set(history.filter((a) => REFUSALS.has(a.status)).map((a) => a.recipient));
}

export interface DecideOptions {
  fromTier?: number;
  /** The lead as routing sees it, when the caller has it already (`routableLead(lead)`). */
  routable?: RoutableLead;
  exclude?: ReadonlySet<string>;
  /** Recipients the resumed tier offered the lead to already (see the domain's `DecideOptions`). */
  passedOver?: ReadonlySet<string>;
  /**
   * Decide as one of a batch of decisions written together (`RoutingBatch`): the recipients'
   * state is the batch's, which every earlier decision of the batch has updated, and the routing
   * head is read and locked once per batch, not once per decision.
   */
  batch?: RoutingBatch;
}

/** An offer's SLA when neither its tier nor its recipient sets one. */
export const DEFAULT_SLA_SECONDS = 300;

/**
 * Routes leads inside the caller's transaction: locks the category's routing head, feeds the
 * pure decision the candidates the territory index finds and their counters, and writes back
 * what it decided. Recipients and plan are cached per process and reloaded whenever the
 * head's configuration version moves, so every process decides on the same configuration.
 */
export class Router {
  readonly #cache = new Map<string, CategoryRouting>();
  readonly #bidPrices = new BidPrices();

  /**
   * Reads at once the state of every recipient who may be a candidate for any of a batch's
   * leads of one category, so that their decisions, made one by one in the batch, read none:
   * three statements for the batch instead of three for each lead. Uses the configuration this
   * process knows, and only while it is current (otherwise each decision reads as it goes).
   */
  async prefetch(
    tx: Tx,
    category: string,
    leads: readonly RoutableLead[],
    now: number,
    batch: RoutingBatch,
  ): Promise<void> {
    const known = this.#cache.get(category);
    if (!known || leads.length < 2) return;
    const candidates = new Map<string, Recipient>();
    for (const lead of leads) for (const r of known.index.candidatesFor(lead)) candidates.set(r.key, r);
    if (candidates.size === 0) return;
    // The lock every decision with a candidate takes anyway, taken before reading any state.
    const head = await lockHead(tx, category, "update", batch.heads);
    if (head.configVersion !== known.configVersion) return;
    await batch.candidates(tx, category, [...candidates.values()], now, head.sequence);
  }

  /** Decides for a lead not yet stored; `commit` writes the outcome once the lead row exists. */
  async decide(tx: Tx, lead: Lead, now: number, options: DecideOptions = {}): Promise<RoutingResult> {
    const routable = options.routable ?? routableLead(lead);
    // With no candidate under the configuration this process knows, the decision changes
    // nothing, so it needs only a shared lock; if the configuration moved, take the full one.
    const known = this.#cache.get(lead.category);
    const foundBefore = known?.index.candidatesFor(routable);
    const nobody = known !== undefined && foundBefore?.length === 0;
    const lock = (mode: "share" | "update") => lockHead(tx, lead.category, mode, options.batch?.heads);
    let head = await lock(nobody ? "share" : "update");
    if (nobody && head.configVersion !== known.configVersion) head = await lock("update");
    const routing = await this.#routing(tx, head.category, head.configVersion, head.planVersion);
    // The configuration this process knew is still current: its candidates are the ones found.
    const found = routing === known && foundBefore ? foundBefore : routing.index.candidatesFor(routable);
    const loaded: { rotation?: ReadonlyMap<string, RotationState> } = {};
    const candidates = await withStates(tx, lead.category, found, now, head.sequence, loaded, options.batch);
    const bidPrices = usesBidPrices(routing.plan)
      ? await this.#bidPrices.tableFor(tx, lead.category, routing.plan, head, now)
      : undefined;
    const decision = decide(routable, routing.plan, candidates, head.sequence, now, {
      ...(bidPrices ? { bidPrices } : {}),
      prunedByIndex: routing.index.size - found.length,
      ...(options.fromTier !== undefined ? { fromTier: options.fromTier } : {}),
      ...(options.exclude ? { exclude: options.exclude } : {}),
      ...(options.passedOver ? { passedOver: options.passedOver } : {}),
    });
    turnIntoAuction(decision, routing.plan, head.sequence);
    const slaSeconds = new Map<string, number>();
    for (const c of found) if (c.slaSeconds !== undefined) slaSeconds.set(c.key, c.slaSeconds);
    return {
      decision,
      status: statusOf(decision),
      retryAt: decision.unassigned ? decision.retryAt : null,
      plan: routing.plan,
      slaSeconds,
      tier:
        decision.pool?.tierIndex ?? decision.assignments[0]?.tierIndex ?? decision.auction?.tierIndex ?? null,
      poolUntil: decision.pool?.until ?? null,
      ...(loaded.rotation ? { rotation: loaded.rotation } : {}),
      recipients: new Map(found.map((r) => [r.key, r])),
      ...(options.batch ? { batch: options.batch } : {}),
    };
  }

  /**
   * Writes a decision: counters, rotation, assignments and events. The lead row already
   * carries the decision's status and tier. With `events`, the decision's events are added to
   * that list for the caller to write (after the lead row, in one statement with its own);
   * without, they are written here. A decision made in a batch goes into the batch instead
   * (its events too, when `events` is not given), written when the batch is flushed. Returns
   * the assignments made.
   */
  async commit(
    tx: Tx,
    lead: Lead,
    result: RoutingResult,
    now: number,
    collect?: LeadEvent[],
  ): Promise<Assignment[]> {
    const { decision } = result;
    const writes = result.batch ?? writeNow(tx);
    const events = collect ?? result.batch?.events ?? [];
    if (decision.assignments.length > 0) {
      await writes.advanceSequence(lead.category, decision.categorySequence);
    }
    const rotation = decision.updates.filter((u) => u.rotation);
    if (rotation.length > 0) {
      const current =
        result.rotation ??
        (await writes.rotationOf(
          tx,
          lead.category,
          rotation.map((u) => u.key),
        ));
      await writes.saveRotation(
        lead.category,
        rotation.map((u) => ({
          recipient: u.key,
          lastServed: u.rotation?.lastServed ?? current.get(u.key)?.lastServed ?? 0,
          currentWeight: u.rotation?.currentWeight ?? current.get(u.key)?.currentWeight ?? 0,
        })),
      );
    }
    await writes.consume(
      decision.updates.flatMap((u) =>
        u.increment
          ? [
              {
                recipient: u.key,
                windows: u.increment.windows,
                assignments: u.increment.assignments,
                spentCents: u.increment.spentCents,
                openLeads: u.increment.openLeads,
              },
            ]
          : [],
      ),
    );
    // Each assignment keeps the decision's trace (a lead left unassigned has none).
    const trace = decision.assignments.length > 0 ? JSON.stringify(decision.trace) : "";
    const made: Assignment[] = [];
    const windowsOf = new Map(decision.updates.map((u) => [u.key, u.increment?.windows]));
    for (const a of decision.assignments) {
      const id = newId("assignment", now);
      const offered = a.mode === "push";
      const tier = a.tierIndex === null ? undefined : result.plan.tiers[a.tierIndex];
      const sla = tier?.slaSeconds ?? result.slaSeconds.get(a.recipientKey) ?? DEFAULT_SLA_SECONDS;
      const windows = windowsOf.get(a.recipientKey);
      const assignment: Assignment = {
        id,
        leadId: lead.id,
        recipient: a.recipientKey,
        status: offered ? "offered" : "accepted",
        category: lead.category,
        planVersion: a.planVersion,
        tier: a.tierIndex,
        method: a.method,
        mode: a.mode,
        priceCents: a.priceCents,
        costCents: lead.costCents,
        marginCents: a.marginCents,
        trace,
        expiresAt: offered ? now + sla * 1000 : null,
        actor: "routing",
        createdAt: now,
        windows: windows ? JSON.stringify(windows) : null,
      };
      // An offer goes out as a notice to answer; the lead itself follows once it is accepted.
      await writes.assign(
        assignment,
        result.recipients?.get(a.recipientKey) ?? a.recipientKey,
        offered ? { kind: "offer", taskId: null } : undefined,
      );
      made.push(assignment);
      events.push({
        id: newId("event", now),
        leadId: lead.id,
        type: offered ? "offered" : "assigned",
        at: now,
        actor: "routing",
        data: {
          assignment: id,
          recipient: a.recipientKey,
          tier: a.tierIndex,
          method: a.method,
          price: a.priceCents / 100,
        },
      });
    }
    await openAuction(tx, lead, decision, now, events);
    if (decision.pool) {
      await postToPools(tx, lead, decision.pool.recipientKeys);
      events.push({
        id: newId("event", now),
        leadId: lead.id,
        type: "pooled",
        at: now,
        actor: "routing",
        data: {
          tier: decision.pool.tierIndex,
          eligible: decision.pool.recipientKeys.length,
          trace: decision.trace,
        },
      });
    }
    if (decision.unassigned) {
      events.push({
        id: newId("event", now),
        leadId: lead.id,
        type: "unassigned",
        at: now,
        actor: "routing",
        data: { retryAt: result.retryAt && new Date(result.retryAt).toISOString(), trace: decision.trace },
      });
    }
    if (!collect && !result.batch) await insertEvents(tx, events);
    return made;
  }

  /**
   * Routes a lead that is already stored (a retry, an expired offer, a pool that ran out, a
   * return): decides, then updates the lead row and writes the outcome (into the batch, for a
   * decision made in one).
   */
  async reroute(
    tx: Tx,
    lead: Lead,
    now: number,
    options: Pick<DecideOptions, "fromTier" | "exclude" | "passedOver" | "batch"> = {},
    decided?: RoutingResult,
  ): Promise<RoutingResult & { assignments: Assignment[] }> {
    const result = decided ?? (await this.decide(tx, lead, now, options));
    const outcome: RoutingOutcome = {
      id: lead.id,
      status: result.status,
      retryAt: result.retryAt,
      tier: result.tier,
      poolUntil: result.poolUntil,
      updatedAt: now,
    };
    if (result.batch) result.batch.route(outcome);
    else await setRoutingOutcomes(tx, [outcome]);
    const assignments = await this.commit(tx, { ...lead, status: result.status }, result, now);
    return { ...result, assignments };
  }

  async #routing(
    tx: Tx,
    category: string,
    configVersion: number,
    planVersion: number,
  ): Promise<CategoryRouting> {
    const cached = this.#cache.get(category);
    if (cached && cached.configVersion === configVersion) return cached;
    const recipients = await listRecipients(tx, category);
    const stored = planVersion > 0 ? await getPlan(tx, category, planVersion) : undefined;
    const routing: CategoryRouting = {
      configVersion,
      plan: { version: planVersion, tiers: stored?.tiers ?? [] },
      index: RecipientIndex.build(recipients),
    };
    this.#cache.set(category, routing);
    return routing;
  }
}

const routers = new WeakMap<Store, Router>();

/** The one router of a store in this process (its configuration cache lives with it). */
export function routerFor(store: Store): Router {
  let router = routers.get(store);
  if (!router) routers.set(store, (router = new Router()));
  return router;
}

function statusOf(decision: Decision): LeadStatus {
  if (decision.unassigned) return "unassigned";
  if (decision.pool) return "pooled";
  if (decision.auction) return "auction";
  return decision.assignments.some((a) => a.mode === "push") ? "offered" : "assigned";
}

export function routableLead(lead: Lead): RoutableLead {
  const { contact } = lead;
  const fields: RoutableLead["fields"] = {};
  for (const key of CONTACT_FIELDS) {
    const v = contact[key];
    if (v !== null) fields[key] = v;
  }
  for (const key in lead.fields) fields[key] = lead.fields[key] ?? null;
  const routable: RoutableLead = {
    id: lead.id,
    category: lead.category,
    source: lead.source,
    createdAt: lead.createdAt,
    score: lead.score,
    priority: lead.priority,
    costCents: lead.costCents,
    fields,
  };
  if (contact.state) routable.state = contact.state;
  if (contact.zip) routable.zip = contact.zip;
  if (contact.lat !== null) routable.lat = contact.lat;
  if (contact.lon !== null) routable.lon = contact.lon;
  return routable;
}

const CONTACT_FIELDS = [...CONTACT_KEYS, "lat", "lon"] as const satisfies readonly (keyof Contact)[];

export async function withStates(
  db: Db,
  category: string,
  recipients: readonly Recipient[],
  now: number,
  sequence: number,
  loaded?: { rotation?: ReadonlyMap<string, RotationState> },
  batch?: RoutingBatch,
): Promise<Candidate[]> {
  if (recipients.length === 0) return [];
  if (batch) return batch.candidates(db, category, recipients, now, sequence);
  const { states, rotation } = await readStates(db, category, recipients, now);
  if (loaded) loaded.rotation = rotation;
  return states.map((s) => candidateOf(s, sequence));
}

/** A recipient's state for routing in one category, in the windows of one instant. */
interface StateOf {
  category: string;
  config: Recipient;
  windows: WindowKeys;
  counts: RecipientState["counts"];
  spentCents: number;
  openLeads: number;
  /** None while the recipient has no rotation row in the category. */
  rotation: RotationState | null;
}

/** What a batch has added to the stored state and not written yet. */
interface Unwritten {
  counter(recipient: string, window: string): Counter | undefined;
  openLeads(recipient: string): number;
  rotation(category: string, recipient: string): RotationState | undefined;
}

/** The recipients' state as stored (plus what `unwritten` adds), in three statements. */
async function readStates(
  db: Db,
  category: string,
  recipients: readonly Recipient[],
  now: number,
  unwritten?: Unwritten,
): Promise<{ states: StateOf[]; rotation: ReadonlyMap<string, RotationState> }> {
  const keys = recipients.map((r) => r.key);
  const windowsOf = recipients.map((r) => windowKeys(recipientTimeZone(r), now));
  const windows = recipients.flatMap((r, i) =>
    [...new Set(Object.values(windowsOf[i]!))].map((window) => ({ recipient: r.key, window })),
  );
  const rotation = await loadRotation(db, category, keys);
  const counters = await loadCounters(db, windows);
  const open = await loadOpenLeads(db, keys);
  const states = recipients.map((config, i): StateOf => {
    const w = windowsOf[i]!;
    const c = counters.get(config.key);
    const counter = (window: string) => {
      const added = unwritten?.counter(config.key, window);
      const stored = c?.get(window);
      return {
        assignments: (stored?.assignments ?? 0) + (added?.assignments ?? 0),
        spentCents: (stored?.spentCents ?? 0) + (added?.spentCents ?? 0),
      };
    };
    const month = counter(w.month);
    return {
      category,
      config,
      windows: w,
      counts: {
        hour: counter(w.hour).assignments,
        day: counter(w.day).assignments,
        week: counter(w.week).assignments,
        month: month.assignments,
      },
      spentCents: month.spentCents,
      openLeads: (open.get(config.key) ?? 0) + (unwritten?.openLeads(config.key) ?? 0),
      rotation: unwritten?.rotation(category, config.key) ?? rotation.get(config.key) ?? null,
    };
  });
  return { states, rotation };
}

/** A recipient that has not taken its turn yet in the category stands at the current sequence. */
function candidateOf(s: StateOf, sequence: number): Candidate {
  return {
    config: s.config,
    state: {
      counts: s.counts,
      spentCents: s.spentCents,
      openLeads: s.openLeads,
      rotation: s.rotation ?? { lastServed: sequence, currentWeight: 0 },
    },
  };
}

/** The routing heads a transaction has read and locked so far, by category. */
type Heads = Map<string, { head: RoutingHead; mode: "share" | "update" }>;

/** The category's routing head, locked in `mode` once per transaction when `heads` remembers it. */
async function lockHead(
  tx: Tx,
  category: string,
  mode: "share" | "update",
  heads: Heads | undefined,
): Promise<RoutingHead> {
  const held = heads?.get(category);
  if (held && (held.mode === "update" || mode === "share")) return held.head;
  const head = await lockRoutingHead(tx, category, mode);
  if (!head) throw new Error(`category ${category} has no routing head`);
  heads?.set(category, { head, mode });
  return head;
}

type Consumed = Parameters<typeof consume>[1][number];
type Notice = Pick<Delivery, "kind" | "taskId">;

/** Where a decision's writes go: into the transaction at once, or into a batch (`RoutingBatch`). */
interface RoutingWrites {
  /** The recipients' rotation rows in the category, those that exist. */
  rotationOf(
    db: Db,
    category: string,
    recipients: readonly string[],
  ): Promise<ReadonlyMap<string, RotationState>>;
  advanceSequence(category: string, sequence: number): Promise<void> | void;
  saveRotation(category: string, rows: readonly RotationRow[]): Promise<void> | void;
  consume(items: readonly Consumed[]): Promise<void> | void;
  /** The assignment, and its delivery (or the notice of it) through the recipient's channel. */
  assign(
    assignment: Assignment,
    recipient: Recipient | string,
    notice: Notice | undefined,
  ): Promise<void> | void;
}

interface RotationRow {
  recipient: string;
  lastServed: number;
  currentWeight: number;
}

function writeNow(tx: Tx): RoutingWrites {
  return {
    rotationOf: (db, category, recipients) => loadRotation(db, category, recipients),
    advanceSequence: (category, sequence) => advanceSequence(tx, category, sequence),
    saveRotation: (category, rows) => saveRotation(tx, category, rows),
    consume: (items) => consume(tx, items),
    assign: async (assignment, recipient, notice) => {
      await insertAssignment(tx, assignment);
      await enqueueDelivery(tx, assignment, recipient, assignment.createdAt, notice);
    },
  };
}

interface Counter {
  assignments: number;
  spentCents: number;
}

const sameWindows = (a: WindowKeys, b: WindowKeys) =>
  a === b || (a.hour === b.hour && a.day === b.day && a.week === b.week && a.month === b.month);

/**
 * Decisions of one transaction written together at its end (`flush`), a statement or a few
 * for all of them: the categories' sequences, rotation, cap counters and open leads, the
 * assignments and their notices, where each lead was left, and every event. The routing heads
 * and recipients' state the decisions read are read once and kept here, and each decision's
 * commit updates them as its writes would have, so every decision of the batch sees the ones
 * before it exactly: two leads of a batch never both take a recipient's last place under a cap.
 * Nothing else may write the recipients' state in the transaction until the batch is flushed.
 */
export class RoutingBatch implements RoutingWrites, Unwritten {
  /** The routing heads read and locked so far, by category: each once per batch. */
  readonly heads: Heads = new Map();
  /** The events to write with the batch. */
  readonly events: LeadEvent[] = [];
  /** Recipients' state as the batch left it, by category and recipient, and each recipient's. */
  readonly #states = new Map<string, StateOf>();
  readonly #statesOf = new Map<string, StateOf[]>();
  /** What the batch's decisions changed, to write. */
  readonly #sequences = new Map<string, number>();
  readonly #rotated = new Map<string, RotationRow & { category: string }>();
  readonly #counters = new Map<string, Counter>();
  readonly #open = new Map<string, number>();
  readonly #consumed: Consumed[] = [];
  readonly #assignments: Assignment[] = [];
  readonly #notices: { assignment: Assignment; recipient: Recipient | string; notice: Notice | undefined }[] =
    [];
  readonly #outcomes: RoutingOutcome[] = [];

  /** Locks the category's routing head for the batch's decisions (before any counter is written). */
  async lockHead(tx: Tx, category: string): Promise<void> {
    await lockHead(tx, category, "update", this.heads);
  }

  /** The candidates with their state as the batch's decisions left it, reading what it has not read yet. */
  async candidates(
    db: Db,
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
        out[index] = candidateOf(s, sequence);
      else unread.push({ index, config });
    });
    if (unread.length > 0) {
      const read = await readStates(
        db,
        category,
        unread.map((u) => u.config),
        now,
        this,
      );
      read.states.forEach((s, i) => {
        const key = `${category}\u0000${s.config.key}`;
        const before = this.#states.get(key);
        const ofRecipient = (this.#statesOf.get(s.config.key) ?? []).filter((x) => x !== before);
        this.#states.set(key, s);
        this.#statesOf.set(s.config.key, [...ofRecipient, s]);
        out[unread[i]!.index] = candidateOf(s, sequence);
      });
    }
    return out;
  }

  counter(recipient: string, window: string): Counter | undefined {
    return this.#counters.get(`${recipient}\u0000${window}`);
  }

  openLeads(recipient: string): number {
    return this.#open.get(recipient) ?? 0;
  }

  rotation(category: string, recipient: string): RotationState | undefined {
    const r = this.#rotated.get(`${category}\u0000${recipient}`);
    return r && { lastServed: r.lastServed, currentWeight: r.currentWeight };
  }

  async rotationOf(
    db: Db,
    category: string,
    recipients: readonly string[],
  ): Promise<Map<string, RotationState>> {
    const out = new Map<string, RotationState>();
    const unread: string[] = [];
    for (const recipient of recipients) {
      const s = this.#states.get(`${category}\u0000${recipient}`);
      if (!s) unread.push(recipient);
      else if (s.rotation) out.set(recipient, s.rotation);
    }
    if (unread.length === 0) return out;
    const stored = await loadRotation(db, category, unread);
    for (const recipient of unread) {
      const r = this.rotation(category, recipient) ?? stored.get(recipient);
      if (r) out.set(recipient, r);
    }
    return out;
  }

  /** The category's sequence moved on: the batch's next decision there starts from it. */
  advanceSequence(category: string, sequence: number): void {
    this.#sequences.set(category, sequence);
    const held = this.heads.get(category);
    if (held) held.head = { ...held.head, sequence };
  }

  saveRotation(category: string, rows: readonly RotationRow[]): void {
    for (const r of rows) {
      const key = `${category}\u0000${r.recipient}`;
      this.#rotated.set(key, { ...r, category });
      const s = this.#states.get(key);
      if (s) s.rotation = { lastServed: r.lastServed, currentWeight: r.currentWeight };
    }
  }

  consume(items: readonly Consumed[]): void {
    for (const i of items) {
      for (const window of i.windows ? Object.values(i.windows) : []) {
        const key = `${i.recipient}\u0000${window}`;
        const c = this.#counters.get(key) ?? { assignments: 0, spentCents: 0 };
        c.assignments += i.assignments;
        c.spentCents += window === i.windows?.month ? i.spentCents : 0;
        this.#counters.set(key, c);
      }
      this.#open.set(i.recipient, (this.#open.get(i.recipient) ?? 0) + i.openLeads);
      for (const s of this.#statesOf.get(i.recipient) ?? []) {
        s.openLeads += i.openLeads;
        if (!i.windows) continue;
        if (sameWindows(s.windows, i.windows)) {
          const n = i.assignments;
          const { hour, day, week, month } = s.counts;
          s.counts = { hour: hour + n, day: day + n, week: week + n, month: month + n };
          s.spentCents += i.spentCents;
        } else {
          // Counted in the windows of another instant: read again when next asked for.
          this.#states.delete(`${s.category}\u0000${s.config.key}`);
          this.#statesOf.set(
            i.recipient,
            (this.#statesOf.get(i.recipient) ?? []).filter((x) => x !== s),
          );
        }
      }
    }
    this.#consumed.push(...items);
  }

  assign(assignment: Assignment, recipient: Recipient | string, notice: Notice | undefined): void {
    this.#assignments.push(assignment);
    this.#notices.push({ assignment, recipient, notice });
  }

  /** Where a stored lead's decision left it. */
  route(outcome: RoutingOutcome): void {
    this.#outcomes.push(outcome);
  }

  /** Writes everything the batch's decisions decided, once they all are made. */
  async flush(tx: Tx): Promise<void> {
    for (const [category, sequence] of this.#sequences) await advanceSequence(tx, category, sequence);
    const rotated = new Map<string, RotationRow[]>();
    for (const { category, ...row } of this.#rotated.values()) {
      const rows = rotated.get(category);
      if (rows) rows.push(row);
      else rotated.set(category, [row]);
    }
    for (const [category, rows] of rotated) await saveRotation(tx, category, rows);
    await consume(tx, this.#consumed);
    await insertAssignments(tx, this.#assignments);
    for (const { assignment, recipient, notice } of this.#notices)
      await enqueueDelivery(tx, assignment, recipient, assignment.createdAt, notice);
    await setRoutingOutcomes(tx, this.#outcomes);
    await insertEvents(tx, this.events);
  }
}
