import type { ExperimentMetric } from "./figures.js";
import { pairLooks } from "./figures.js";
import { sequentialTest, DEFAULT_TAU } from "./msprt.js";

export interface Comparison {
  /** The challenger arm, compared with arm 0 (the control). */
  arm: number;
  against: number;
  /** The challenger's rate minus the control's, at the last look. */
  difference: number | null;
  /** The always-valid (1 − α) interval of that difference. */
  interval: [number, number] | null;
  pValue: number;
  significant: boolean;
}

export interface Verdict {
  metric: ExperimentMetric;
  alpha: number;
  /** The level each comparison is held to: α shared among the challengers (Bonferroni). */
  alphaPerComparison: number;
  /** The arm that wins, or null while no difference is real. */
  winner: number | null;
  comparisons: Comparison[];
  /** The verdict in a sentence. */
  statement: string;
}

const METRIC_NAME: Record<ExperimentMetric, string> = { win: "win rate", contact: "contact rate" };

/**
 * The decision rule: each challenger is compared with the control by the mSPRT at level
 * α / (arms − 1), over daily looks. A challenger whose difference is real and positive wins
 * (the largest, if several do); the control wins when every challenger is really worse;
 * otherwise there is no winner yet.
 */
export function verdictOf(
  looks: readonly { n: number[]; x: number[] }[],
  arms: number,
  options: { metric: ExperimentMetric; alpha: number; tau?: number },
): Verdict {
  const alphaPerComparison = options.alpha / Math.max(1, arms - 1);
  const comparisons: Comparison[] = [];
  for (let arm = 1; arm < arms; arm++) {
    const r = sequentialTest(pairLooks(looks, 0, arm), {
      alpha: alphaPerComparison,
      tau: options.tau ?? DEFAULT_TAU,
    });
    comparisons.push({
      arm,
      against: 0,
      difference: r.difference,
      interval: r.interval,
      pValue: r.pValue,
      significant: r.pValue <= alphaPerComparison,
    });
  }
  const better = comparisons
    .filter((c) => c.significant && (c.difference ?? 0) > 0)
    .sort((a, b) => (b.difference ?? 0) - (a.difference ?? 0));
  const allWorse =
    comparisons.length > 0 && comparisons.every((c) => c.significant && (c.difference ?? 0) < 0);
  const winner = better[0]?.arm ?? (allWorse ? 0 : null);
  return {
    metric: options.metric,
    alpha: options.alpha,
    alphaPerComparison,
    winner,
    comparisons,
    statement: statementOf(winner, better[0], comparisons, options.metric),
  };
}

const points = (d: number) => `${(Math.abs(d) * 100).toFixed(1)} points`;
const pct = (d: number) => `${(d * 100).toFixed(1)}`;

function statementOf(
  winner: number | null,
  best: Comparison | undefined,
  comparisons: readonly Comparison[],
  metric: ExperimentMetric,
): string {
  const name = METRIC_NAME[metric];
  if (winner === null) {
    const seen = comparisons.some((c) => c.difference !== null);
    return seen ? `No real difference in ${name} yet.` : `Not enough leads with outcomes yet.`;
  }
  const c = best ?? comparisons.reduce((a, b) => ((a.difference ?? 0) > (b.difference ?? 0) ? a : b));
  const d = c.difference ?? 0;
  const [lo, hi] = c.interval ?? [d, d];
  if (winner === 0)
    return `Arm 0 (control) wins: its ${name} is at least ${points(d)} higher than the best challenger's (interval of the difference ${pct(lo)} to ${pct(hi)} points).`;
  return `Arm ${winner} wins: its ${name} is ${points(d)} higher than the control's (interval ${pct(lo)} to ${pct(hi)} points).`;
}
