import type { ErrorDetail } from "../errors.js";
import type { Tier } from "../routing/types.js";
import type { ExperimentMetric } from "./figures.js";
import type { ShareLimits } from "./thompson.js";

export type ExperimentStatus = "running" | "stopped" | "ended" | "promoted";

export interface ExperimentArm {
  name: string;
  /** The plan version the arm routes by: the category's live plan, or a draft stored for the experiment. */
  planVersion: number;
  tiers: Tier[];
  /** The arm's share of the category's new leads; the shares sum to 1. */
  share: number;
}

export interface Experiment {
  id: string;
  category: string;
  status: ExperimentStatus;
  metric: ExperimentMetric;
  alpha: number;
  arms: ExperimentArm[];
  startedAt: number;
  /** It stops taking leads at this time, or after this many leads. */
  endsAt: number | null;
  maxLeads: number | null;
  /** Leads split so far. */
  leads: number;
  /** Thompson sampling moves the shares toward the better arm within these limits. */
  auto: (ShareLimits & { everyMs: number; lastAt: number | null }) | null;
  /** A re-test is the promoted plan against a holdout on the plan it replaced. */
  kind: "test" | "retest";
  parent: string | null;
  /** After promotion: the arm promoted and the re-test keeping a holdout, if any. */
  promotedArm: number | null;
  retest: string | null;
  /** A re-test that makes its held-back plan (arm 1) live again when that plan turns out better. */
  switchBack: boolean;
  endedAt: number | null;
  createdBy: string;
  createdAt: number;
}

/** Shares given as fractions summing to 1 or as percentages summing to 100, as fractions; errors otherwise. */
export function normalizeShares(shares: readonly number[]): { shares: number[] } | { error: ErrorDetail } {
  const total = shares.reduce((s, v) => s + v, 0);
  const bad = shares.findIndex((s) => !(s > 0));
  if (bad >= 0)
    return { error: { field: `arms.${bad}.share`, code: "invalid", message: "a share is more than 0" } };
  const scale = Math.abs(total - 1) < 1e-6 ? 1 : Math.abs(total - 100) < 1e-4 ? 100 : null;
  if (scale === null)
    return {
      error: { field: "arms", code: "invalid", message: `the shares sum to ${total}, not to 1 (or 100)` },
    };
  return { shares: shares.map((s) => s / scale) };
}

/** Whether an experiment still splits leads at `now`. */
export function splitsAt(
  e: Pick<Experiment, "status" | "endsAt" | "maxLeads" | "leads">,
  now: number,
): boolean {
  return (
    e.status === "running" &&
    (e.endsAt === null || now < e.endsAt) &&
    (e.maxLeads === null || e.leads < e.maxLeads)
  );
}
