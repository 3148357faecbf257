import type { paths } from "../../api/schema";
import type { ExperimentReport } from "./experiment-queries";

export type { ExperimentReport };
export type Experiment =
  paths["/api/v1/experiments"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
type Verdict = ExperimentReport["verdict"];

const METRIC: Record<Verdict["metric"], string> = { win: "win rate", contact: "contact rate" };

/** The metric the verdict compares, as a manager says it. */
export const metricWords = (metric: Verdict["metric"]) => METRIC[metric];

/** A difference of rates in percentage points, with its sign: +5.1, −3.0. */
export const signedPoints = (d: number) => `${d < 0 ? "−" : "+"}${Math.abs(d * 100).toFixed(1)}`;

/** The level of an interval held to `alpha`: 0.05 → "95%", 0.025 → "97.5%". */
export const levelOf = (alpha: number) => `${Number(((1 - alpha) * 100).toFixed(1))}%`;

const pWords = (p: number) => (p < 0.001 ? "below 0.001" : p.toFixed(3));

export interface VerdictWords {
  /** One sentence: who wins, on what, by how much; or that there is no difference yet. */
  headline: string;
  /** One sentence per challenger against the control, with its interval and p-value. */
  comparisons: string[];
}

/** The verdict in words a manager understands, each arm by its name. */
export function verdictWords(report: Pick<ExperimentReport, "verdict" | "arms">): VerdictWords {
  const { verdict, arms } = report;
  const name = (arm: number) => arms[arm]?.name ?? `Arm ${arm}`;
  const metric = METRIC[verdict.metric];
  const level = levelOf(verdict.alphaPerComparison);
  const interval = ({ interval: i }: Verdict["comparisons"][number]) =>
    i ? ` (${level} interval ${signedPoints(i[0] ?? 0)} to ${signedPoints(i[1] ?? 0)})` : "";
  const comparisons = verdict.comparisons.map((c) => {
    if (c.difference === null)
      return `${name(c.arm)} against ${name(c.against)}: too few leads with outcomes to compare yet.`;
    const chance = c.significant
      ? `p-value ${pWords(c.pValue)}, under ${verdict.alphaPerComparison}: the difference is real.`
      : `p-value ${pWords(c.pValue)}, over ${verdict.alphaPerComparison}: it may still be chance.`;
    return `${name(c.arm)} against ${name(c.against)}: ${signedPoints(c.difference)} points in ${metric}${interval(c)}; ${chance}`;
  });
  if (verdict.winner === null) {
    const seen = verdict.comparisons.some((c) => c.difference !== null);
    return {
      headline: seen
        ? `No difference in ${metric} yet.`
        : "No difference yet: not enough leads with outcomes.",
      comparisons,
    };
  }
  if (verdict.winner === 0)
    return {
      headline: `${name(0)} wins on ${metric}: every other arm does worse.`,
      comparisons,
    };
  const best = verdict.comparisons.find((c) => c.arm === verdict.winner)!;
  return {
    headline: `${name(verdict.winner)} wins on ${metric} by ${signedPoints(best.difference ?? 0)} points${interval(best)}.`,
    comparisons,
  };
}

/** What a finished re-test says about the promoted plan. */
export function retestWords(outcome: ExperimentReport["retestOutcome"], running: boolean): string | null {
  if (outcome === null) return null;
  const sofar = running ? " so far" : "";
  switch (outcome) {
    case "still_wins":
      return `The promoted plan still wins against the plan it replaced${sofar}.`;
    case "no_longer_wins":
      return `The plan it replaced does better${sofar}: the promoted plan no longer wins.`;
    case "no_difference":
      return `No difference between the promoted plan and the plan it replaced${sofar}.`;
  }
}

const STATUS: Record<Experiment["status"], string> = {
  running: "Running",
  stopped: "Stopped",
  ended: "Ended",
  promoted: "Promoted",
};

export const statusWords = (e: Pick<Experiment, "status" | "kind">) =>
  `${STATUS[e.status]}${e.kind === "retest" ? " (re-test)" : ""}`;

/** How the experiment stops: "until Dec 9, 2026", "after 2,000 leads", "until stopped". */
export function stopWords(e: Pick<Experiment, "endsAt" | "maxLeads">): string {
  const parts: string[] = [];
  if (e.endsAt)
    parts.push(`until ${new Date(e.endsAt).toLocaleDateString("en-US", { dateStyle: "medium" })}`);
  if (e.maxLeads !== null) parts.push(`after ${e.maxLeads.toLocaleString("en-US")} leads`);
  return parts.length === 0 ? "until stopped" : parts.join(" or ");
}
