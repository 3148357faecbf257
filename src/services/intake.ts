import { systemEvent } from "../domain/events.js";
import { AppError, invalid } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Category, DedupeKey } from "../domain/category.js";
import {
  dedupeValues,
  normalizeLead,
  type Lead,
  type LeadEvent,
  type NormalizedLead,
} from "../domain/lead.js";
import type { Source } from "../domain/source.js";
import { stageAfterRouting } from "../domain/stages.js";
import { scoreLead } from "../domain/scoring.js";
import type { RoutableLead } from "../domain/routing/index.js";
import type { Assignment } from "../domain/assignment.js";
import {
  claimDedupeKeys,
  findDedupeHolder,
  insertLead,
  insertLeadsAndEvents,
  releaseDedupeKeys,
} from "../store/queries/leads.js";
import type { DedupeClaim } from "../store/engine.js";
import { countRefusal } from "../store/queries/lead-facts.js";
import { engineOf, RetryableConflict, type Store, type Tx } from "../store/store.js";
import { IntakeConfigs } from "./intake-config.js";
import type { IntakeRateLimit } from "./rate-limits.js";
import { routableLead, routerFor, RoutingBatch, type Router } from "./routing.js";
import { RoutingCarry, type CarryRun } from "./routing/carry.js";

const DAY_MS = 86_400_000;

export interface IntakeRequest {
  intakeKey: string | undefined;
  body: Record<string, unknown>;
  ip: string | null;
  now?: number;
  /** The limit on leads a minute per source, when the request came over HTTP. */
  rateLimit?: IntakeRateLimit;
}

export type IntakeResult =
  | { kind: "created"; lead: Lead; assignments: Assignment[] }
  | { kind: "duplicate"; duplicateOf: string; lead: null };

/**
 * What intake keeps between leads in one process: the sources' configuration it read
 * (`configs`), each category's batch of leads waiting for a transaction, and the recipients'
 * state each category's last batch left (`RoutingCarry`). Made once with the
 * store where the app is assembled (`buildServer`), and handed to every caller of `receiveLead`
 * in that process, so that leads arriving together share their batch.
 */
export class Intake {
  readonly batches: IntakeBatches;
  readonly carry = new RoutingCarry();

  constructor(
    readonly store: Store,
    readonly configs: IntakeConfigs = new IntakeConfigs(store),
  ) {
    this.batches = new IntakeBatches(store, this.carry);
  }
}

/**
 * Captures one lead: authenticates the source, validates and normalizes the body, and in
 * one transaction dedupes it, stores it, routes it and records its first events. A duplicate
 * is noted on the original lead's timeline and nothing else is written. Leads of one category
 * that arrive in the same event-loop turn share that transaction (`captureLeads`).
 */
export async function receiveLead(intake: Intake, req: IntakeRequest): Promise<IntakeResult> {
  const { store } = intake;
  const now = req.now ?? Date.now();
  if (!req.intakeKey) throw new AppError("unauthorized", "an intake key is required (header X-Intake-Key)");
  const { source, category } = await intake.configs.read(req.intakeKey, now);
  if (!source) throw new AppError("unauthorized", "the intake key is not valid");
  if (!source.enabled) throw new AppError("forbidden", `source ${source.key} is disabled`);
  req.rateLimit?.take(source);
  if (!category) throw new AppError("internal", `source ${source.key} has no category`);
  // Rules may read the source's quality: kept by the scheduler, or measured at most once per time to live.
  const measuring = store.routingConfigs?.sourceQuality.fresh(store, now);
  if (measuring) await measuring;

  const normalized = normalizeLead(req.body, category, { ip: req.ip, now });
  if (!normalized.ok) {
    // Counted for the reports, by its quarter hour, source and category (a bounded set of rows).
    await countRefusal(store, category.key, source.key, now);
    throw invalid(normalized.errors);
  }
  return intake.batches.add({
    source,
    category,
    lead: normalized.lead,
    ip: req.ip,
    now,
    router: routerFor(store),
  });
}

/** Leads in one transaction at most: bounds a batch's statements and what a failure takes with it. */
const MAX_BATCH = 64;

interface Waiting {
  capture: Capture;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the leads of each category into batches. A category's batch is opened when its
 * first lead arrives and closed when its transaction starts (in a later event-loop turn, once
 * the store has a connection for it and fewer than the engine's `intakeBatchesAtOnce` of the category's batches
 * are running): every lead that arrives in between joins it, so the busier the store, the
 * larger its batches and the fewer statements and commits per lead.
 */
class IntakeBatches {
  /** Leads waiting for their category's batch to start, by category. */
  readonly #waiting = new Map<string, Waiting[]>();
  /** Categories whose next batch has a transaction on its way that has not taken it yet. */
  readonly #starting = new Set<string>();
  /** Transactions of each category's batches, started and not finished. */
  readonly #running = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly carry: RoutingCarry,
  ) {}

  add(capture: Capture): Promise<IntakeResult> {
    return new Promise((resolve, reject) => {
      const key = capture.category.key;
      const waiting = this.#waiting.get(key);
      if (waiting) waiting.push({ capture, resolve, reject });
      else {
        this.#waiting.set(key, [{ capture, resolve, reject }]);
        this.#start(key);
      }
    });
  }

  #start(key: string): void {
    const running = this.#running.get(key) ?? 0;
    if (this.#starting.has(key) || running >= engineOf(this.store).intakeBatchesAtOnce) return;
    this.#starting.add(key);
    this.#running.set(key, running + 1);
    setImmediate(() => this.#run(key));
  }

  /** The category's next batch: what waits, up to `MAX_BATCH`; the rest go in a batch of their own. */
  #take(key: string): Waiting[] {
    this.#starting.delete(key);
    const waiting = this.#waiting.get(key) ?? [];
    const group = waiting.splice(0, MAX_BATCH);
    if (waiting.length === 0) this.#waiting.delete(key);
    else this.#start(key);
    return group;
  }

  #run(key: string): void {
    let group: Waiting[] | undefined;
    const carry = this.carry.begin(key);
    this.store
      // A transaction run again after a conflict captures the same leads.
      .transact((tx) =>
        captureLeads(
          tx,
          (group ??= this.#take(key)).map((w) => w.capture),
          carry,
        ),
      )
      .then(
        (results) => {
          carry.settle(true);
          group!.forEach((w, i) => w.resolve(results[i]!));
        },
        (error: unknown) => {
          carry.settle(false);
          (group ??= this.#take(key)).forEach((w) => w.reject(error));
        },
      )
      .finally(() => {
        const running = this.#running.get(key)! - 1;
        if (running > 0) this.#running.set(key, running);
        else this.#running.delete(key);
        if (this.#waiting.has(key)) this.#start(key);
      });
  }
}

/**
 * Captures leads of one category in one transaction, with as few statements as one lead
 * takes: their dedupe keys claimed at once; their routing decisions in one `RoutingBatch` (the
 * routing head read once, the candidates' state read once, the assignments and counters
 * written together); the leads in one insert and every lead's events in another. A lead that
 * shares a dedupe value with an earlier lead of the batch is captured after the others, on its
 * own, so it is found a duplicate of that lead (or of whatever that lead duplicated).
 *
 * With `carry`, the batch starts from the recipients' state the category's last batch left, if
 * nothing was written since, and leaves its own for the next (see `RoutingCarry`).
 */
export async function captureLeads(
  tx: Tx,
  captures: readonly Capture[],
  carry?: CarryRun,
): Promise<IntakeResult[]> {
  const first = captures[0]!;
  // Before anything is written: the carried state is current only if nothing was (on
  // PostgreSQL, only if the batch's lock of the routing head confirms it).
  const carried = await carry?.take(tx);
  const results: IntakeResult[] = [];
  const later: number[] = [];
  // The batch's values so far, by kind.
  const seen = new Map<DedupeKey, Set<string>>();
  const fresh: { index: number; id: string; claims: KeyClaim[] }[] = [];
  captures.forEach((c, index) => {
    const keys = dedupeKeysOf(c);
    if (keys.some((k) => seen.get(k.kind)?.has(k.value))) later.push(index);
    else {
      for (const k of keys) {
        const values = seen.get(k.kind);
        if (values) values.add(k.value);
        else seen.set(k.kind, new Set([k.value]));
      }
      const id = newId("lead", c.now);
      fresh.push({
        index,
        id,
        claims: keys.map((k) => ({ kind: k.kind, value: k.value, leadId: id, at: c.now })),
      });
    }
  });

  // Dedupe against stored leads: claim every key at once; look up holders only for keys taken.
  const windowStart = Math.min(...captures.map((c) => c.now)) - first.category.dedupe.windowDays * DAY_MS;
  const won = await claimDedupeKeys(
    tx,
    first.category.key,
    fresh.flatMap((f) => f.claims),
    windowStart,
  );
  const events: LeadEvent[] = [];
  const waiting: Lead[] = [];
  // The batch's routing decisions share the routing head and the recipients' state, and their
  // writes (assignments, counters, rotation, sequence) are made together at the end.
  const routed = new RoutingBatch(carried);
  const accepted: { index: number; capture: Capture; lead: Lead; routable: RoutableLead }[] = [];
  for (const f of fresh) {
    const capture = captures[f.index]!;
    const taken = f.claims.find((k) => !won.has(k));
    if (taken) {
      const claimedOthers = f.claims.length > 1 ? f.claims : null;
      results[f.index] = await noteDuplicate(tx, capture, taken, windowStart, claimedOthers, events);
    } else accepted.push({ index: f.index, capture, ...newLead(capture, f.id) });
  }
  await first.router.prefetch(
    tx,
    first.category.key,
    accepted.map((a) => a.routable),
    first.now,
    routed,
  );
  for (const { index, capture, lead, routable } of accepted) {
    const routing = await capture.router.decide(tx, lead, capture.now, { batch: routed, routable });
    lead.status = routing.status;
    lead.retryAt = routing.retryAt;
    lead.stage = stageAfterRouting(lead.stage, routing.status);
    lead.tier = routing.tier;
    lead.poolUntil = routing.poolUntil;
    // A lead is written with the others at the end, before the batch's assignments, unless its
    // decision posts it to a pool or opens an auction: those rows are written at once and
    // need the lead's row first.
    if (routing.decision.pool || routing.decision.auction) await insertLead(tx, lead);
    else waiting.push(lead);
    events.push(receivedEvent(capture, lead));
    const assignments = await capture.router.commit(tx, lead, routing, capture.now, routed, events);
    results[index] = { kind: "created", lead, assignments };
  }
  // Done deciding: the category's next batch may decide on top of these decisions.
  carry?.tell(later.length === 0 ? routed : undefined);
  await insertLeadsAndEvents(tx, waiting, events);
  await routed.flush(tx);
  for (const index of later) results[index] = await captureLead(tx, captures[index]!);
  // The leads captured later routed in batches of their own, whose state this one does not hold.
  if (later.length === 0) await carry?.hold(tx, routed);
  return results;
}

/** A lead's claim on one of its dedupe values. */
type KeyClaim = DedupeClaim & { kind: DedupeKey };

function dedupeKeysOf(capture: Capture): { kind: DedupeKey; value: string }[] {
  const policy = capture.category.dedupe;
  return dedupeValues(capture.lead, policy.windowDays > 0 ? policy.keys : []);
}

export interface Capture {
  source: Source;
  category: Category;
  lead: NormalizedLead;
  ip: string | null;
  now: number;
  /** Who the timeline names as the lead's origin; `source:<key>` unless a batch caller says otherwise. */
  actor?: string;
  /** Routes the lead in the same transaction (`routerFor(store)`). */
  router: Router;
}

/**
 * The transactional part of intake for one lead, for callers that batch leads into one
 * transaction themselves (CSV import): dedupe, store, route, record the first events. Throws
 * `RetryableConflict` when a concurrent transaction claimed one of the lead's dedupe keys first.
 */
export async function captureLead(tx: Tx, capture: Capture): Promise<IntakeResult> {
  return (await captureLeads(tx, [capture]))[0]!;
}

const actorOf = (capture: Capture) => capture.actor ?? `source:${capture.source.key}`;

/**
 * A lead whose dedupe value another lead holds within the window: the attempt goes on that
 * lead's timeline, and the keys this lead claimed meanwhile are given up.
 */
async function noteDuplicate(
  tx: Tx,
  capture: Capture,
  taken: { kind: DedupeKey; value: string },
  windowStart: number,
  claimedOthers: readonly DedupeClaim[] | null,
  events: LeadEvent[],
): Promise<IntakeResult> {
  const { category, source, now } = capture;
  const holder = await findDedupeHolder(tx, category.key, taken.kind, taken.value);
  // Not yet visible: the holder's transaction is still being decided; run again.
  if (!holder || holder.createdAt < windowStart)
    throw new RetryableConflict(`dedupe ${taken.kind} taken concurrently`);
  if (claimedOthers) await releaseDedupeKeys(tx, category.key, claimedOthers);
  events.push(
    systemEvent("duplicate", holder.leadId, now, actorOf(capture), {
      matchedOn: taken.kind,
      source: source.key,
      ip: capture.ip,
    }),
  );
  return { kind: "duplicate", duplicateOf: holder.leadId, lead: null };
}

/** The new lead, scored, waiting for its routing decision (not yet written), and as routing sees it. */
function newLead(capture: Capture, id: string): { lead: Lead; routable: RoutableLead } {
  const { source, category, now } = capture;
  const { contact, fields, consent, attribution } = capture.lead;
  // Every property written here, none added later: one shape for every lead (cheaper to build
  // and to read than a spread followed by additions).
  const lead: Lead = {
    contact,
    fields,
    consent,
    attribution,
    id,
    category: category.key,
    source: source.key,
    ip: capture.ip,
    score: 0,
    priority: "cold",
    stage: "new",
    status: "unassigned",
    tags: [],
    costCents: source.costPerLeadCents,
    revenueCents: 0,
    createdAt: now,
    updatedAt: now,
    retryAt: null,
    tier: null,
    poolUntil: null,
  };
  const routable = routableLead(lead);
  routable.sourceFigures = capture.router.sourceFigures(source.key);
  const scored = scoreLead(routable, category.scoring.rules, category.scoring.bands);
  lead.score = routable.score = scored.score;
  lead.priority = routable.priority = scored.priority;
  return { lead, routable };
}

function receivedEvent(capture: Capture, lead: Lead): LeadEvent {
  return systemEvent("received", lead.id, capture.now, actorOf(capture), {
    source: capture.source.key,
    ip: capture.ip,
    score: lead.score,
    priority: lead.priority,
    ...(lead.consent ? { consent: true as const } : {}),
  });
}
