import { systemEvent } from "../../domain/events.js";
import { newId } from "../../domain/ids.js";
import type { Lead, LeadEvent, LeadStatus } from "../../domain/lead.js";
import type { SourceFigures } from "../../domain/source-quality.js";
import { decide, type Decision, type Plan, type RoutableLead } from "../../domain/routing/index.js";
import { turnIntoAuction } from "../../domain/routing/auction.js";
import type { Assignment } from "../../domain/assignment.js";
import type { RoutingOutcome } from "../../store/queries/leads.js";
import { postToPools } from "../../store/queries/pool.js";
import { bandRanksOf } from "../band-rank.js";
import type { Recipient } from "../../domain/recipient.js";
import { RoutingConfigs, type CategoryRouting } from "../../store/routing-configs.js";
import { armFor } from "../../domain/experiments/split.js";
import type { Store, Tx } from "../../store/store.js";
import { BidPrices, usesBidPrices } from "../bid-prices.js";
import { openAuction } from "../delivery/ping-post.js";
import { RoutingBatch } from "./batch.js";
import { routableLead } from "./routable-lead.js";

export interface RoutingResult {
  decision: Decision;
  status: LeadStatus;
  retryAt: number | null;
  /** The tiers the decision ran over, for the deciding tier's SLA. */
  plan: Plan;
  /** The assigned recipients' own SLAs, by key. */
  slaSeconds: ReadonlyMap<string, number>;
  /** The plan tier the lead is offered or pooled in, and until when it stays in the pool. */
  tier: number | null;
  poolUntil: number | null;
  /** The assigned recipients as configured, by key (their delivery channels, for the outbox). */
  recipients?: ReadonlyMap<string, Recipient>;
  /** The experiment arm whose plan decided. */
  experiment?: ExperimentArmChoice;
}

type ExperimentArmChoice = { experiment: NonNullable<CategoryRouting["experiment"]>; arm: number };

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
}

/** Where a stored lead's decision goes: into the caller's batch, or a batch of its own written at once. */
export type RerouteOptions = Pick<DecideOptions, "fromTier" | "exclude" | "passedOver"> & {
  batch?: RoutingBatch;
};

/** An offer's SLA when neither its tier nor its recipient sets one. */
export const DEFAULT_SLA_SECONDS = 300;

/**
 * Routes leads inside the caller's transaction: locks the category's routing head, feeds the
 * pure decision the candidates the territory index finds with their state, and writes what it
 * decided into a `RoutingBatch`. Recipients and plan come from the store's `RoutingConfigs`,
 * reloaded whenever the head's configuration version moves.
 */
export class Router {
  readonly #configs: RoutingConfigs;
  readonly #bidPrices: BidPrices;

  constructor(configs: RoutingConfigs) {
    this.#configs = configs;
    this.#bidPrices = new BidPrices({}, configs.bidPrices);
  }

  /** A source's quality figures as this process last measured them (see `SourceQualityCache`). */
  sourceFigures(source: string): SourceFigures | undefined {
    return this.#configs.sourceQuality.peek(source);
  }

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
    const known = this.#configs.known(category);
    if (!known || leads.length < 2) return;
    const candidates = new Map<string, Recipient>();
    for (const lead of leads) for (const r of known.index.candidatesFor(lead)) candidates.set(r.key, r);
    if (candidates.size === 0) return;
    // The lock every decision with a candidate takes anyway, taken before reading any state.
    const head = await batch.lockHead(tx, category, "update");
    if (head.configVersion !== known.configVersion) return;
    await batch.read(tx, category, [...candidates.values()], now);
  }

  /**
   * Decides for a lead as one of `batch`'s decisions: the recipients' state is the batch's,
   * which every earlier decision of the batch has updated, and the routing head is read and
   * locked once per batch. Nothing is written until `commit` (or `reroute`) records it.
   */
  async decide(
    tx: Tx,
    lead: Lead,
    now: number,
    options: DecideOptions & { batch: RoutingBatch },
  ): Promise<RoutingResult> {
    const { batch } = options;
    const routable = options.routable ?? routableLead(lead);
    routable.sourceFigures ??= this.sourceFigures(lead.source);
    // With no candidate under the configuration this process knows, the decision changes
    // nothing, so it needs only a shared lock; if the configuration moved, take the full one.
    const known = this.#configs.known(lead.category);
    const foundBefore = known?.index.candidatesFor(routable);
    const nobody = known !== undefined && foundBefore?.length === 0;
    let head = await batch.lockHead(tx, lead.category, nobody ? "share" : "update");
    if (nobody && head.configVersion !== known.configVersion)
      head = await batch.lockHead(tx, lead.category, "update");
    const routing = await this.#configs.at(tx, head.category, head.configVersion, head.planVersion);
    // The configuration this process knew is still current: its candidates are the ones found.
    const found = routing === known && foundBefore ? foundBefore : routing.index.candidatesFor(routable);
    const candidates =
      found.length === 0 ? [] : await batch.candidates(tx, lead.category, found, now, head.sequence);
    const arm = armOf(routing, lead, now, batch);
    const plan = arm ? arm.experiment.plans[arm.arm]! : routing.plan;
    const bidPrices = usesBidPrices(plan)
      ? await this.#bidPrices.tableFor(tx, lead.category, plan, { ...head, planVersion: plan.version }, now)
      : undefined;
    const decision = decide(routable, plan, candidates, head.sequence, now, {
      ...(bidPrices ? { bidPrices } : {}),
      prunedByIndex: routing.index.size - found.length,
      ...(options.fromTier !== undefined ? { fromTier: options.fromTier } : {}),
      ...(options.exclude ? { exclude: options.exclude } : {}),
      ...(options.passedOver ? { passedOver: options.passedOver } : {}),
    });
    if (arm) decision.trace.experiment = { id: arm.experiment.id, arm: arm.arm };
    turnIntoAuction(decision, plan, head.sequence);
    // What the assignments need of their recipients: their delivery channels and SLAs.
    const recipients = new Map<string, Recipient>();
    const slaSeconds = new Map<string, number>();
    for (const a of decision.assignments) {
      const c = found.find((r) => r.key === a.recipientKey);
      if (c === undefined) continue;
      recipients.set(c.key, c);
      if (c.slaSeconds !== undefined) slaSeconds.set(c.key, c.slaSeconds);
    }
    return {
      decision,
      status: statusOf(decision),
      retryAt: decision.unassigned ? decision.retryAt : null,
      plan,
      slaSeconds,
      tier:
        decision.pool?.tierIndex ?? decision.assignments[0]?.tierIndex ?? decision.auction?.tierIndex ?? null,
      poolUntil: decision.pool?.until ?? null,
      recipients,
      ...(arm ? { experiment: arm } : {}),
    };
  }

  /**
   * Records a decision in `batch`: counters, rotation, sequence and assignments, written when
   * the batch is flushed, and its events added to `events` (the batch's own, unless the caller
   * writes them with the lead rows). A pool posting or an auction is written at once: the lead
   * row must exist. Returns the assignments made.
   */
  async commit(
    tx: Tx,
    lead: Lead,
    result: RoutingResult,
    now: number,
    batch: RoutingBatch,
    events: LeadEvent[] = batch.events,
  ): Promise<Assignment[]> {
    const { decision } = result;
    if (result.experiment)
      batch.joinExperiment(result.experiment.experiment, lead.id, result.experiment.arm, now);
    if (decision.assignments.length > 0) batch.advanceSequence(lead.category, decision.categorySequence);
    const rotation = decision.updates.filter((u) => u.rotation);
    if (rotation.length > 0) {
      const current = await batch.rotationOf(
        tx,
        lead.category,
        rotation.map((u) => u.key),
      );
      batch.saveRotation(
        lead.category,
        rotation.map((u) => ({
          recipient: u.key,
          lastServed: u.rotation?.lastServed ?? current.get(u.key)?.lastServed ?? 0,
          currentWeight: u.rotation?.currentWeight ?? current.get(u.key)?.currentWeight ?? 0,
        })),
      );
    }
    batch.consume(
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
      batch.assign(
        assignment,
        result.recipients?.get(a.recipientKey) ?? a.recipientKey,
        offered ? { kind: "offer", taskId: null } : undefined,
      );
      made.push(assignment);
      events.push(
        systemEvent(offered ? "offered" : "assigned", lead.id, now, "routing", {
          assignment: id,
          recipient: a.recipientKey,
          tier: a.tierIndex,
          method: a.method,
          price: a.priceCents / 100,
        }),
      );
    }
    await openAuction(tx, lead, decision, now, events);
    if (decision.pool) {
      const rankOf = await bandRanksOf(tx, [lead.category]);
      await postToPools(tx, lead, rankOf(lead.category, lead.priority), decision.pool.recipientKeys);
      events.push(
        systemEvent("pooled", lead.id, now, "routing", {
          tier: decision.pool.tierIndex,
          eligible: decision.pool.recipientKeys.length,
          trace: decision.trace,
        }),
      );
    }
    if (decision.unassigned) {
      events.push(
        systemEvent("unassigned", lead.id, now, "routing", {
          retryAt: result.retryAt === null ? null : new Date(result.retryAt).toISOString(),
          trace: decision.trace,
        }),
      );
    }
    return made;
  }

  /**
   * Routes a lead that is already stored (a retry, an expired offer, a pool that ran out, a
   * return): decides, then records where the lead was left and the outcome, in the caller's
   * batch or in a batch of its own written at once.
   */
  async reroute(
    tx: Tx,
    lead: Lead,
    now: number,
    options: RerouteOptions = {},
  ): Promise<RoutingResult & { assignments: Assignment[] }> {
    const batch = options.batch ?? new RoutingBatch();
    const result = await this.decide(tx, lead, now, { ...options, batch });
    const assignments = await this.#record(tx, lead, result, now, batch);
    if (!options.batch) await batch.flush(tx);
    return { ...result, assignments };
  }

  /**
   * Records a decision made for a stored lead (by `decide` in `batch`, or an auction's award)
   * like `reroute` does, in `batch` or, without one, written at once.
   */
  async apply(
    tx: Tx,
    lead: Lead,
    result: RoutingResult,
    now: number,
    batch?: RoutingBatch,
  ): Promise<RoutingResult & { assignments: Assignment[] }> {
    const into = batch ?? new RoutingBatch();
    const assignments = await this.#record(tx, lead, result, now, into);
    if (!batch) await into.flush(tx);
    return { ...result, assignments };
  }

  async #record(tx: Tx, lead: Lead, result: RoutingResult, now: number, batch: RoutingBatch) {
    const outcome: RoutingOutcome = {
      id: lead.id,
      status: result.status,
      retryAt: result.retryAt,
      tier: result.tier,
      poolUntil: result.poolUntil,
      updatedAt: now,
    };
    batch.route(outcome);
    return this.commit(tx, { ...lead, status: result.status }, result, now, batch);
  }
}

/**
 * The router of a store: decisions with the store's routing configuration cache (one per
 * store, created with it). A store without one reads the configuration for each decision.
 */
export function routerFor(store: Store): Router {
  return new Router(store.routingConfigs ?? new RoutingConfigs());
}

/**
 * The arm of the category's running experiment a lead is routed by: the one its id hashes to, while
 * the experiment has time and leads left. A lead received before the experiment began keeps the
 * category's plan.
 */
function armOf(
  routing: CategoryRouting,
  lead: Lead,
  now: number,
  batch: RoutingBatch,
): ExperimentArmChoice | undefined {
  const e = routing.experiment;
  if (!e || lead.createdAt < e.startedAt || (e.endsAt !== null && now >= e.endsAt)) return undefined;
  if (e.maxLeads !== null && e.leads + batch.joinedExperiment(e.id) >= e.maxLeads) return undefined;
  return { experiment: e, arm: armFor(lead.id, e.shares) };
}

function statusOf(decision: Decision): LeadStatus {
  if (decision.unassigned) return "unassigned";
  if (decision.pool) return "pooled";
  if (decision.auction) return "auction";
  return decision.assignments.some((a) => a.mode === "push") ? "offered" : "assigned";
}
