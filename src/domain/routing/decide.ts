import { checkEligibility, earliestEligibleAt, recipientTimeZone, type Eligibility } from "./eligibility.js";
import { turnHash } from "./in-turn.js";
import { routingMethod, type MethodCandidate, type MethodResult, type Ranked } from "./methods/index.js";
import { roundRobin } from "./methods/round-robin.js";
import { tierSelects } from "./tier-selection.js";
import type {
  Candidate,
  CandidateTrace,
  DecidedAssignment,
  Decision,
  DeliveryMode,
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
   * Resume the waterfall at this tier (after a pool expired or push attempts ran out); exclusive
   * contracts are only tried from the top.
   */
  fromTier?: number;
  /** Recipients that may not get this lead again, e.g. who rejected it. */
  exclude?: ReadonlySet<string>;
}

/** Exclusive contracts are served in turn, like a tier of their own. */
const EXCLUSIVE_TIER: Tier = { select: {}, method: "round_robin", mode: "direct" };

interface Outcome {
  result: MethodResult;
  tierIndex: number | null;
  method: RoutingMethodName | "exclusive";
  mode: DeliveryMode;
  poolSeconds?: number;
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
  const eligibility = new Map<Candidate, Eligibility>();
  const check = (c: Candidate): Eligibility => {
    let e = eligibility.get(c);
    if (!e) {
      e = options.exclude?.has(c.config.key)
        ? { eligible: false, rule: "excluded", detail: "already passed over for this lead" }
        : checkEligibility(c, lead, now);
      eligibility.set(c, e);
    }
    return e;
  };

  const rank = (
    pool: readonly Candidate[],
    run: (eligible: MethodCandidate[]) => MethodResult,
  ): { traces: CandidateTrace[]; result: MethodResult | null } => {
    const eligible: MethodCandidate[] = [];
    const traces: CandidateTrace[] = [];
    for (const c of pool) {
      const e = check(c);
      if (e.eligible) {
        eligible.push({
          key: c.config.key,
          config: c.config,
          state: c.state,
          lastServed: c.state.rotation.lastServed,
          turnHash: turnHash(lead.id, c.config.key),
          priceCents: e.priceCents,
          marginCents: e.priceCents - lead.costCents,
        });
      } else {
        traces.push({
          key: c.config.key,
          eligible: false,
          rule: e.rule,
          ...(e.detail ? { detail: e.detail } : {}),
        });
      }
    }
    if (eligible.length === 0) return { traces, result: null };
    const result = run(eligible);
    const ranked = result.ordered.map((r: Ranked, i): CandidateTrace => ({
      key: r.candidate.key,
      eligible: true,
      position: i + 1,
      rank: r.rank,
      priceCents: r.candidate.priceCents,
    }));
    return { traces: [...ranked, ...traces], result: result.chosen.length > 0 ? result : null };
  };

  let outcome: Outcome | null = null;
  let exclusiveTrace: CandidateTrace[] = [];
  if (fromTier === 0) {
    const contracts = recipients.filter((c) => c.config.exclusive === true);
    const { traces, result } = rank(contracts, (eligible) => roundRobin.rank(eligible, EXCLUSIVE_TIER));
    exclusiveTrace = traces;
    if (result) outcome = { result, tierIndex: null, method: "exclusive", mode: "direct" };
  }

  const tierTraces: TierTrace[] = [];
  for (let tierIndex = fromTier; outcome === null && tierIndex < plan.tiers.length; tierIndex++) {
    const tier = plan.tiers[tierIndex];
    if (!tier) continue;
    const selected = recipients.filter((c) => tierSelects(tier.select, c.config));
    const method = routingMethod(tier.method);
    const { traces, result } = rank(selected, (eligible) => method.rank(eligible, tier));
    tierTraces.push({
      tierIndex,
      method: tier.method,
      mode: tier.mode,
      notSelected: recipients.length - selected.length,
      candidates: traces,
      chosen: result?.chosen.map((r) => r.candidate.key) ?? [],
    });
    if (result)
      outcome = {
        result,
        tierIndex,
        method: tier.method,
        mode: tier.mode,
        ...(tier.poolSeconds !== undefined ? { poolSeconds: tier.poolSeconds } : {}),
      };
  }

  const trace = {
    at: now,
    planVersion: plan.version,
    prunedByIndex: options.prunedByIndex ?? 0,
    exclusive: exclusiveTrace,
    tiers: tierTraces,
  };
  const base = { leadId: lead.id, planVersion: plan.version, trace };

  if (outcome === null) {
    return {
      ...base,
      assignments: [],
      exclusive: false,
      pool: null,
      ordered: [],
      unassigned: true,
      retryAt: retryAt(lead, plan, recipients, fromTier, options.exclude, now),
      categorySequence,
      updates: [],
    };
  }

  const ordered = outcome.result.ordered.map((r) => r.candidate.key);
  if (outcome.mode === "pull" && outcome.tierIndex !== null) {
    return {
      ...base,
      assignments: [],
      exclusive: false,
      pool: {
        tierIndex: outcome.tierIndex,
        recipientKeys: ordered,
        until: outcome.poolSeconds !== undefined ? now + outcome.poolSeconds * 1000 : null,
      },
      ordered,
      unassigned: false,
      retryAt: null,
      categorySequence,
      updates: [],
    };
  }

  let sequence = categorySequence;
  const assignments: DecidedAssignment[] = [];
  const updates = new Map<string, RecipientUpdate>();
  for (const [key, currentWeight] of outcome.result.currentWeights ?? [])
    updates.set(key, { key, rotation: { currentWeight } });
  for (const { candidate } of outcome.result.chosen) {
    sequence += 1;
    assignments.push({
      recipientKey: candidate.key,
      tierIndex: outcome.tierIndex,
      method: outcome.method,
      mode: outcome.mode,
      planVersion: plan.version,
      priceCents: candidate.priceCents,
      marginCents: candidate.marginCents,
    });
    const previous = updates.get(candidate.key);
    updates.set(candidate.key, {
      key: candidate.key,
      rotation: { ...previous?.rotation, lastServed: sequence },
      increment: {
        assignments: 1,
        spentCents: candidate.priceCents,
        openLeads: 1,
        windows: windowKeys(recipientTimeZone(candidate.config), now),
      },
    });
  }
  return {
    ...base,
    assignments,
    exclusive: outcome.method === "exclusive",
    pool: null,
    ordered,
    unassigned: false,
    retryAt: null,
    categorySequence: sequence,
    updates: [...updates.values()],
  };
}

function retryAt(
  lead: RoutableLead,
  plan: Plan,
  recipients: readonly Candidate[],
  fromTier: number,
  exclude: ReadonlySet<string> | undefined,
  now: number,
): number | null {
  const tiers = plan.tiers.slice(fromTier);
  let earliest: number | null = null;
  for (const c of recipients) {
    if (exclude?.has(c.config.key)) continue;
    const reachable =
      (fromTier === 0 && c.config.exclusive === true) || tiers.some((t) => tierSelects(t.select, c.config));
    if (!reachable) continue;
    const at = earliestEligibleAt(c, lead, now);
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}
