import type { BidPriceTable } from "../bid-prices.js";
import { compareInTurn } from "../in-turn.js";
import type { RankValue, RecipientConfig, RecipientState, RoutingMethodName, Tier } from "../types.js";

/** An eligible recipient as a method sees it. */
export interface MethodCandidate {
  key: string;
  config: RecipientConfig;
  state: RecipientState;
  lastServed: number;
  turnHash: number;
  priceCents: number;
  marginCents: number;
}

export interface Ranked {
  candidate: MethodCandidate;
  rank: RankValue;
}

export interface MethodResult {
  /** Every candidate, best first: push mode offers them in this order. */
  ordered: Ranked[];
  /** Who gets the lead: the head of `ordered` (several for broadcast). */
  chosen: Ranked[];
  /** New smooth-weighting accumulators, for methods that keep one. */
  currentWeights?: ReadonlyMap<string, number>;
  /** Nobody chosen although someone is eligible: the method holds the lead back (`bid_price`). */
  held?: boolean;
  /** Why the method chose as it did, for the trace, when its ranking alone does not say. */
  note?: string;
}

/** What a method may know beyond the candidates: state the store keeps for the category. */
export interface MethodContext {
  /** The category's current bid prices (`bid_price`). */
  bidPrices?: BidPriceTable;
}

/** A way to order a tier's eligible recipients. Pure: the decision applies the rotation. */
export interface RoutingMethod {
  readonly name: RoutingMethodName;
  rank(candidates: readonly MethodCandidate[], tier: Tier, context?: MethodContext): MethodResult;
}

/** Orders by a method's own measure, then in turn; chooses the first `take`. */
export function rankBy(
  candidates: readonly MethodCandidate[],
  compare: (a: MethodCandidate, b: MethodCandidate) => number,
  rank: (c: MethodCandidate) => RankValue,
  take = 1,
): MethodResult {
  const sorted = sortCandidates(candidates, compare);
  const ordered: Ranked[] = [];
  for (const candidate of sorted) ordered.push({ candidate, rank: rank(candidate) });
  return { ordered, chosen: ordered.slice(0, take) };
}

/** For methods whose only measure is the turn. */
export const noMeasure = (): number => 0;
export const byTurn = (c: MethodCandidate): RankValue => ({ by: "turn", lastServed: c.lastServed });

/**
 * A copy of the candidates in the method's order, then in turn. A merge sort written out here:
 * `Array#sort` calls its comparator through the engine's built-in, which costs several times a
 * plain call, and a decision sorts every eligible recipient of its tier.
 */
export function sortCandidates(
  candidates: readonly MethodCandidate[],
  compare: (a: MethodCandidate, b: MethodCandidate) => number,
): MethodCandidate[] {
  const n = candidates.length;
  let from = candidates.slice();
  if (n < 2) return from;
  let to = new Array<MethodCandidate>(n);
  const before = (a: MethodCandidate, b: MethodCandidate) => (compare(a, b) || compareInTurn(a, b)) <= 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = from[i] as MethodCandidate;
        const b = from[j] as MethodCandidate;
        if (before(a, b)) {
          to[k++] = a;
          i++;
        } else {
          to[k++] = b;
          j++;
        }
      }
      while (i < mid) to[k++] = from[i++] as MethodCandidate;
      while (j < hi) to[k++] = from[j++] as MethodCandidate;
    }
    [from, to] = [to, from];
  }
  return from;
}
