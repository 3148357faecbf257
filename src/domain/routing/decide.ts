import type { BidPriceTable } from "./bid-prices.js";
import {
  assessEligibility,
  earliestEligibleAt,
  LeadFacts,
  recipientTimeZone,
  type Eligibility,
} from "./eligibility.js";
import { turnHashFrom, turnSeed } from "./in-turn.js";
import { routingMethod, type MethodCandidate, type MethodResult } from "./methods/index.js";
import { roundRobin } from "./methods/round-robin.js";
import { tierSelects } from "./tier-selection.js";
import type {
  Candidate,
  CandidateTrace,
  DecidedAssignment,
  Decision,
  DecisionTrace,
  DeliveryMode,
  Exclusion,
  ExclusionRule,
  Plan,
  RecipientUpdate,
  RoutableLead,
  RoutingMethodName,
  Tier,
  TierTrace,
} from "./types.js";
import { windowKeys } from "./windows.js";

export interface DecideOptions {
  /** How many recipients of the category the territory index left out (for the trace). */
  prunedByIndex?: number;
  /**
   * Resume the waterfall at this tier (after a pool expired or push attempts ran out). An exclusive
   * contract covering the lead is honoured wherever the waterfall starts.
   */
  fromTier?: number;
  /** Recipients that may not get this lead again in any tier: who refused it (rejected, returned). */
  exclude?: ReadonlySet<string>;
  /**
   * Recipients the resumed tier (`fromTier`) has offered the lead to already: that tier goes on
   * to its next candidate, but a later tier may still reach them (an offer that ran out is not
   * a refusal).
   */
  passedOver?: ReadonlySet<string>;
  /** The category's current bid prices, for `bid_price` tiers (see `bid-prices.ts`). */
  bidPrices?: BidPriceTable;
}

/** Exclusive contracts are served in turn, like a tier of their own. */
const EXCLUSIVE_TIER: Tier = { select: {}, method: "round_robin", mode: "direct" };
const REFUSED: Eligibility = { eligible: false, rule: "excluded", detail: "refused this lead" };
const PASSED_OVER_DETAIL = "already offered this lead in this tier";

/** Rules that say a recipient cannot take the lead now, not that the lead is none of its business. */
const FOR_NOW: ReadonlySet<ExclusionRule> = new Set([
  "away",
  "away_period",
  "schedule",
  "capacity",
  "cap",
  "budget",
]);

interface Outcome {
  result: MethodResult;
  tierIndex: number | null;
  method: RoutingMethodName | "exclusive";
  mode: DeliveryMode;
  poolSeconds: number | undefined;
}

interface Ranking {
  traces: CandidateTrace[];
  result: MethodResult | null;
  considered: number;
  note?: string;
  /** The method held the lead back although someone was eligible (see `bid_price`). */
  held?: boolean;
}

interface Context {
  lead: RoutableLead;
  recipients: readonly Candidate[];
  facts: LeadFacts;
  /** `turnSeed(lead.id)` */
  turnSeed: number;
  exclude: ReadonlySet<string> | undefined;
  passedOver: ReadonlySet<string> | undefined;
  /** Per position in `recipients`: a recipient's eligibility does not depend on the tier asking. */
  eligibility: (Eligibility | undefined)[];
  /** Per position: an excluded recipient's trace entry, the same in every tier that considers it. */
  excluded: (CandidateTrace | undefined)[];
  bidPrices: BidPriceTable | undefined;
}

function eligibilityAt(ctx: Context, i: number, c: Candidate): Eligibility {
  let e = ctx.eligibility[i];
  if (e === undefined) {
    e = ctx.exclude?.has(c.config.key) ? REFUSED : assessEligibility(c, ctx.facts);
    ctx.eligibility[i] = e;
  }
  return e;
}

function excludedTrace(ctx: Context, i: number, c: Candidate, e: Exclusion): CandidateTrace {
  let t = ctx.excluded[i];
  if (t === undefined) {
    t =
      e.detail === undefined
        ? { key: c.config.key, eligible: false, rule: e.rule }
        : { key: c.config.key, eligible: false, rule: e.rule, detail: e.detail };
    ctx.excluded[i] = t;
  }
  return t;
}

/** Older contract first; two written in the same millisecond by key. */
function olderContract(a: Candidate, b: Candidate): number {
  const d = a.config.createdAt - b.config.createdAt;
  return d !== 0 ? d : a.config.key < b.config.key ? -1 : a.config.key > b.config.key ? 1 : 0;
}

interface ExclusiveRanking extends Ranking {
  /** The contract that holds the lead: it gets the lead, or the lead waits for it. */
  holder: Candidate | null;
}

/**
 * The exclusive contracts covering the lead: those whose categories, territory and filters take
 * it, whether or not they are free now. The oldest holds it; overlapping contracts (refused when
 * written, but possibly stored before that) never share a lead. A holder that refused this lead
 * (returned it, say) has given it up.
 */
function rankExclusive(ctx: Context): ExclusiveRanking {
  const { recipients } = ctx;
  const traces: CandidateTrace[] = [];
  let covering: number[] | undefined;
  let considered = 0;
  for (let i = 0; i < recipients.length; i++) {
    const c = recipients[i];
    if (c === undefined || c.config.exclusive !== true) continue;
    considered++;
    const e = eligibilityAt(ctx, i, c);
    if (!e.eligible && !FOR_NOW.has(e.rule)) traces.push(excludedTrace(ctx, i, c, e));
    else (covering ??= []).push(i);
  }
  if (covering === undefined) return { traces, result: null, considered, holder: null };
  let holderAt = covering[0]!;
  for (const i of covering) if (olderContract(recipients[i]!, recipients[holderAt]!) < 0) holderAt = i;
  const holder = recipients[holderAt]!;
  for (const i of covering) {
    if (i === holderAt) continue;
    traces.push({
      key: recipients[i]!.config.key,
      eligible: false,
      rule: "exclusive",
      detail: `the older exclusive contract of ${holder.config.key} covers this lead`,
    });
  }
  const e = eligibilityAt(ctx, holderAt, holder);
  if (!e.eligible) {
    traces.unshift(excludedTrace(ctx, holderAt, holder, e));
    return { traces, result: null, considered, holder };
  }
  const result = roundRobin.rank([methodCandidate(ctx, holder, e.priceCents)], EXCLUSIVE_TIER);
  const ranked = result.ordered[0];
  if (ranked)
    traces.unshift({
      key: holder.config.key,
      eligible: true,
      position: 1,
      rank: ranked.rank,
      priceCents: e.priceCents,
    });
  return { traces, result: result.chosen.length > 0 ? result : null, considered, holder };
}

function methodCandidate(ctx: Context, c: Candidate, priceCents: number): MethodCandidate {
  return {
    key: c.config.key,
    config: c.config,
    state: c.state,
    lastServed: c.state.rotation.lastServed,
    turnHash: turnHashFrom(ctx.turnSeed, c.config.key),
    priceCents,
    marginCents: priceCents - ctx.lead.costCents,
  };
}

/** Eligibility, method and trace over a tier's recipients; `passedOver` the recipients this tier skips. */
function rankTier(ctx: Context, tier: Tier, passedOver?: ReadonlySet<string>): Ranking {
  const { recipients } = ctx;
  const eligible: MethodCandidate[] = [];
  const excluded: CandidateTrace[] = [];
  let considered = 0;
  for (let i = 0; i < recipients.length; i++) {
    const c = recipients[i];
    if (c === undefined) continue;
    if (!tierSelects(tier.select, c.config)) continue;
    considered++;
    if (passedOver?.has(c.config.key) && !ctx.exclude?.has(c.config.key)) {
      excluded.push({ key: c.config.key, eligible: false, rule: "excluded", detail: PASSED_OVER_DETAIL });
      continue;
    }
    const e = eligibilityAt(ctx, i, c);
    if (e.eligible) eligible.push(methodCandidate(ctx, c, e.priceCents));
    else excluded.push(excludedTrace(ctx, i, c, e));
  }
  if (eligible.length === 0) return { traces: excluded, result: null, considered };
  const result = routingMethod(tier.method).rank(
    eligible,
    tier,
    ctx.bidPrices ? { bidPrices: ctx.bidPrices } : undefined,
  );
  const traces: CandidateTrace[] = [];
  for (let i = 0; i < result.ordered.length; i++) {
    const r = result.ordered[i];
    if (r === undefined) continue;
    traces.push({
      key: r.candidate.key,
      eligible: true,
      position: i + 1,
      rank: r.rank,
      priceCents: r.candidate.priceCents,
    });
  }
  for (const t of excluded) traces.push(t);
  const ranking: Ranking = { traces, result: result.chosen.length > 0 ? result : null, considered };
  if (result.note !== undefined) ranking.note = result.note;
  if (result.held) ranking.held = true;
  return ranking;
}

/**
 * Decides who gets a lead: an exclusive territory contract first, then the plan's tiers in order,
 * the first tier with an eligible recipient deciding. Pure: `recipients` are the category's
 * candidates (usually `RecipientIndex#candidatesFor`) with their counters, `categorySequence` the
 * category's rotation sequence; the decision carries every update the store must commit.
 *
 * @example
 * const candidates = index.candidatesFor(lead);
 * const decision = decide(lead, plan, withStates(candidates), sequence, Date.now(), {
 *   prunedByIndex: index.size - candidates.length,
 * });
 */
export function decide(
  lead: RoutableLead,
  plan: Plan,
  recipients: readonly Candidate[],
  categorySequence: number,
  now: number,
  options: DecideOptions = {},
): Decision {
  const fromTier = options.fromTier ?? 0;
  const ctx: Context = {
    lead,
    recipients,
    facts: new LeadFacts(lead, now),
    turnSeed: turnSeed(lead.id),
    exclude: options.exclude,
    passedOver: options.passedOver,
    eligibility: new Array<Eligibility | undefined>(recipients.length),
    excluded: new Array<CandidateTrace | undefined>(recipients.length),
    bidPrices: options.bidPrices,
  };

  let outcome: Outcome | null = null;
  const exclusive = rankExclusive(ctx);
  if (exclusive.result)
    outcome = {
      result: exclusive.result,
      tierIndex: null,
      method: "exclusive",
      mode: "direct",
      poolSeconds: undefined,
    };
  // A lead an exclusive contract holds goes to its holder or waits for it: the plan never runs.
  const reserved = exclusive.holder !== null;

  const tierTraces: TierTrace[] = [];
  let held = false;
  for (
    let tierIndex = fromTier;
    outcome === null && !reserved && tierIndex < plan.tiers.length;
    tierIndex++
  ) {
    const tier = plan.tiers[tierIndex];
    if (!tier) continue;
    const ranking = rankTier(ctx, tier, tierIndex === fromTier ? options.passedOver : undefined);
    const { traces, result, considered, note } = ranking;
    if (ranking.held) held = true;
    const chosen: string[] = [];
    if (result) for (const r of result.chosen) chosen.push(r.candidate.key);
    const tierTrace: TierTrace = {
      tierIndex,
      method: tier.method,
      mode: tier.mode,
      notSelected: recipients.length - considered,
      candidates: traces,
      chosen,
    };
    if (note !== undefined) tierTrace.note = note;
    tierTraces.push(tierTrace);
    if (result)
      outcome = { result, tierIndex, method: tier.method, mode: tier.mode, poolSeconds: tier.poolSeconds };
  }

  const trace: DecisionTrace = {
    at: now,
    planVersion: plan.version,
    prunedByIndex: options.prunedByIndex ?? 0,
    exclusive: exclusive.traces,
    tiers: tierTraces,
  };
  const decision: Decision = {
    leadId: lead.id,
    planVersion: plan.version,
    assignments: [],
    exclusive: false,
    pool: null,
    ordered: [],
    unassigned: false,
    retryAt: null,
    categorySequence,
    updates: [],
    trace,
  };

  if (outcome === null) {
    decision.unassigned = true;
    decision.retryAt =
      exclusive.holder !== null
        ? earliestEligibleAt(exclusive.holder, lead, now)
        : retryAt(lead, plan, recipients, fromTier, options, now);
    // A lead held back for its bid prices is routed again when they are refreshed.
    const refresh = options.bidPrices?.validUntil;
    if (held && refresh !== undefined)
      decision.retryAt = Math.min(decision.retryAt ?? Infinity, Math.max(refresh, now + 1));
    return decision;
  }

  decision.ordered = outcome.result.ordered.map((r) => r.candidate.key);
  if (outcome.mode === "pull" && outcome.tierIndex !== null) {
    decision.pool = {
      tierIndex: outcome.tierIndex,
      recipientKeys: decision.ordered,
      until: outcome.poolSeconds !== undefined ? now + outcome.poolSeconds * 1000 : null,
    };
    return decision;
  }

  let sequence = categorySequence;
  const updates: RecipientUpdate[] = [];
  for (const [key, currentWeight] of outcome.result.currentWeights ?? [])
    updates.push({ key, rotation: { currentWeight } });
  for (const { candidate } of outcome.result.chosen) {
    sequence += 1;
    decision.assignments.push({
      recipientKey: candidate.key,
      tierIndex: outcome.tierIndex,
      method: outcome.method,
      mode: outcome.mode,
      planVersion: plan.version,
      priceCents: candidate.priceCents,
      marginCents: candidate.marginCents,
    } satisfies DecidedAssignment);
    const increment = {
      assignments: 1,
      spentCents: candidate.priceCents,
      openLeads: 1,
      windows: windowKeys(recipientTimeZone(candidate.config), now),
    };
    const weighted = updates.find((u) => u.key === candidate.key);
    if (weighted) {
      weighted.rotation = { currentWeight: weighted.rotation?.currentWeight, lastServed: sequence };
      weighted.increment = increment;
    } else updates.push({ key: candidate.key, rotation: { lastServed: sequence }, increment });
  }
  decision.exclusive = outcome.method === "exclusive";
  decision.categorySequence = sequence;
  decision.updates = updates;
  return decision;
}

function retryAt(
  lead: RoutableLead,
  plan: Plan,
  recipients: readonly Candidate[],
  fromTier: number,
  { exclude, passedOver }: DecideOptions,
  now: number,
): number | null {
  const resumed = plan.tiers[fromTier];
  const later = plan.tiers.slice(fromTier + 1);
  let earliest: number | null = null;
  for (const c of recipients) {
    if (exclude?.has(c.config.key)) continue;
    // No exclusive contract holds the lead, so only the tiers can reach anyone.
    const reachable =
      (resumed !== undefined && !passedOver?.has(c.config.key) && tierSelects(resumed.select, c.config)) ||
      later.some((t) => tierSelects(t.select, c.config));
    if (!reachable) continue;
    const at = earliestEligibleAt(c, lead, now);
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}
