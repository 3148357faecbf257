import { matchesAll, type FilterSubject } from "./routing/filters.js";
import type { Filter } from "./routing/types.js";

/** Points a lead earns when every condition holds; no condition: always. */
export interface ScoringRule {
  when: Filter[];
  points: number;
}

/** A priority band: a lead whose score is at least `min` (and below any higher band) gets `name`. */
export interface ScoreBand {
  name: string;
  min: number;
}

export const DEFAULT_BANDS: readonly ScoreBand[] = [
  { name: "hot", min: 80 },
  { name: "warm", min: 40 },
  { name: "cold", min: 0 },
];

export interface LeadScore {
  score: number;
  priority: string;
}

/** The band a score falls in; a score below every band gets the lowest one. */
export function bandFor(score: number, bands: readonly ScoreBand[] = DEFAULT_BANDS): string {
  const sorted = [...(bands.length > 0 ? bands : DEFAULT_BANDS)].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1])?.name ?? "cold";
}

/**
 * A lead's field score (the sum of the points of every rule it meets) and its priority band.
 * Rules read the lead's fields the way routing filters do.
 *
 * @example
 * scoreLead({ fields: { creditScore: 700 } }, [{ when: [{ field: "creditScore", op: "gte", value: 650 }], points: 50 }]);
 * // → { score: 50, priority: "warm" }
 */
export function scoreLead(
  lead: FilterSubject,
  rules: readonly ScoringRule[],
  bands: readonly ScoreBand[] = DEFAULT_BANDS,
): LeadScore {
  let score = 0;
  for (const rule of rules) if (matchesAll(rule.when, lead)) score += rule.points;
  return { score, priority: bandFor(score, bands) };
}

/**
 * Where a band stands among a category's bands: 0 for the highest, then down. A name the bands
 * do not know (bands changed since) stands below them all.
 */
export function bandRank(name: string, bands: readonly ScoreBand[] = DEFAULT_BANDS): number {
  const sorted = [...(bands.length > 0 ? bands : DEFAULT_BANDS)].sort((a, b) => b.min - a.min);
  const rank = sorted.findIndex((b) => b.name === name);
  return rank === -1 ? sorted.length : rank;
}

/** One part of a lead's field score: a rule it meets, or (null `when`) what the rules then gave beyond today's. */
export interface FieldContribution {
  when: Filter[] | null;
  points: number;
}

/**
 * Which field rules give a lead its field score: the category's rules it meets. Rules changed
 * since intake may not add up to the score intake gave; the difference is answered as one part
 * with no rule (`when: null`), so the parts always sum to `fieldScore`.
 */
export function fieldContributions(
  lead: FilterSubject,
  rules: readonly ScoringRule[],
  fieldScore: number,
): FieldContribution[] {
  const met: FieldContribution[] = rules
    .filter((r) => r.points !== 0 && matchesAll(r.when, lead))
    .map((r) => ({ when: r.when, points: r.points }));
  const rest = fieldScore - met.reduce((sum, c) => sum + c.points, 0);
  return rest === 0 ? met : [...met, { when: null, points: rest }];
}
