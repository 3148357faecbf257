/** A routing decision's trace as the API stores it with each assignment. */
export interface DecisionTrace {
  planVersion?: number;
  prunedByIndex?: number;
  exclusive?: CandidateTrace[];
  tiers?: TierTrace[];
}

export type CandidateTrace =
  | { key: string; eligible: true; position: number; rank?: { by: string } }
  | { key: string; eligible: false; rule: string; detail?: string };

export interface TierTrace {
  tierIndex: number;
  method: string;
  mode: string;
  notSelected?: number;
  candidates: CandidateTrace[];
  chosen: string[];
}

const REASONS: Record<string, string> = {
  territory: "outside territory",
  cap: "capped",
  away: "away",
  away_period: "on vacation",
  schedule: "outside working hours",
  capacity: "at capacity",
  category: "not in this category",
  filter: "filtered out",
  budget: "out of budget",
  excluded: "excluded",
};

/** Why a recipient did not get the lead, in a person's words. */
export const reasonOf = (rule: string) => REASONS[rule] ?? rule.replace(/_/g, " ");

/** The bid-price method's choice: the best margin once a buyer's cap left for later leads is priced in. */
const BID_PRICE = "best bid price: margin less what the buyer's remaining cap is worth to later leads";

const METHODS: Record<string, string> = {
  round_robin: "next in the rotation",
  weighted: "next in the weighted rotation",
  priority: "highest priority",
  least_loaded: "fewest open leads",
  best_margin: "best margin",
  bid_price: BID_PRICE,
  broadcast: "offered to everyone at once",
  auction: "highest bid",
};

const RANKS: Record<string, string> = {
  turn: "next in the rotation",
  weight: "next in the weighted rotation",
  priority: "highest priority",
  open_leads: "fewest open leads",
  margin: "best margin",
  bid_price: BID_PRICE,
};

export interface ReasonGroup {
  reason: string;
  count: number;
  keys: string[];
}

/**
 * The recipients ruled out, grouped by reason, largest group first. Those the territory index
 * ruled out without listing them count as outside territory.
 */
export function groupExclusions(trace: DecisionTrace): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  const add = (reason: string, key: string | null, count = 1) => {
    const group = groups.get(reason) ?? { reason, count: 0, keys: [] };
    group.count += count;
    if (key !== null && !group.keys.includes(key)) group.keys.push(key);
    groups.set(reason, group);
  };
  const seen = new Set<string>();
  for (const c of [...(trace.exclusive ?? []), ...(trace.tiers ?? []).flatMap((t) => t.candidates)]) {
    if (c.eligible || seen.has(c.key)) continue;
    seen.add(c.key);
    add(reasonOf(c.rule), c.key);
  }
  if (trace.prunedByIndex) add(reasonOf("territory"), null, trace.prunedByIndex);
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** "148 outside territory, 40 capped, 11 away". */
export const summarizeGroups = (groups: readonly ReasonGroup[]) =>
  groups.map((g) => `${g.count.toLocaleString("en-US")} ${g.reason}`).join(", ");

export interface SentTo {
  key: string;
  why: string;
}

/** Who got the lead and why: an exclusive contract first, else the tier that chose them. */
export function sentTo(trace: DecisionTrace): SentTo[] {
  const exclusive = (trace.exclusive ?? []).filter((c) => c.eligible);
  if (exclusive.length > 0)
    return exclusive.map((c) => ({ key: c.key, why: "exclusive contract for this territory" }));
  for (const tier of trace.tiers ?? []) {
    if (tier.chosen.length === 0) continue;
    return tier.chosen.map((key) => {
      const candidate = tier.candidates.find((c) => c.key === key && c.eligible);
      const rank = candidate && candidate.eligible ? candidate.rank?.by : undefined;
      const why = (rank && RANKS[rank]) ?? METHODS[tier.method] ?? tier.method.replace(/_/g, " ");
      return { key, why: `tier ${tier.tierIndex + 1}, ${why}` };
    });
  }
  return [];
}

/** The first few ruled-out recipients named one by one, the rest left to the grouped summary. */
export function namedExclusions(
  trace: DecisionTrace,
  limit = 5,
): { key: string; reason: string; detail?: string }[] {
  const out: { key: string; reason: string; detail?: string }[] = [];
  for (const c of [...(trace.exclusive ?? []), ...(trace.tiers ?? []).flatMap((t) => t.candidates)]) {
    if (c.eligible || out.some((o) => o.key === c.key)) continue;
    // A detail that only repeats the reason ("status away") adds nothing.
    const detail = c.detail && c.detail !== `status ${c.rule}` ? c.detail : undefined;
    out.push({ key: c.key, reason: reasonOf(c.rule), ...(detail ? { detail } : {}) });
    if (out.length === limit) break;
  }
  return out;
}

export function isTrace(value: unknown): value is DecisionTrace {
  return typeof value === "object" && value !== null && ("tiers" in value || "exclusive" in value);
}
