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
}

/** A way to order a tier's eligible recipients. Pure: the decision applies the rotation. */
export interface RoutingMethod {
  readonly name: RoutingMethodName;
  rank(candidates: readonly MethodCandidate[], tier: Tier): MethodResult;
}

/** Orders by a method's own measure, then in turn; chooses the first `take`. */
export function rankBy(
  candidates: readonly MethodCandidate[],
  compare: (a: MethodCandidate, b: MethodCandidate) => number,
  rank: (c: MethodCandidate) => RankValue,
  take = 1,
): MethodResult {
  const sorted = candidates.slice().sort((a, b) => compare(a, b) || compareInTurn(a, b));
  const ordered: Ranked[] = [];
  for (const candidate of sorted) ordered.push({ candidate, rank: rank(candidate) });
  return { ordered, chosen: ordered.slice(0, take) };
}

/** For methods whose only measure is the turn. */
export const noMeasure = (): number => 0;
export const byTurn = (c: MethodCandidate): RankValue => ({ by: "turn", lastServed: c.lastServed });
