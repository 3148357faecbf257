/*
 * A category's re-test schedule: "test, optimize and re-test on a regular basis". Every so many
 * days a re-test holds a share of the category's new leads back on an earlier plan version for a
 * set time, and its report says whether the live plan still wins.
 */
import type { Experiment } from "./experiment.js";

export const DAY_MS = 86_400_000;

export interface RetestSchedule {
  category: string;
  /** Days from the end of one re-test to the start of the next. */
  everyDays: number;
  /** The share of new leads held back on `against` (a fraction, at most a half). */
  share: number;
  /** How many days each re-test runs. */
  days: number;
  /** The plan version held back on: the plan the live one replaced. */
  against: number;
  /** A re-test that finds `against` better makes it live again; otherwise it only says so. */
  switchBack: boolean;
  /** When the next re-test is due. */
  nextAt: number;
  createdBy: string;
  updatedAt: number;
}

/** When the re-test after one that starts at `startedAt` is due: `everyDays` after it ends. */
export const nextRetestAt = (s: Pick<RetestSchedule, "days" | "everyDays">, startedAt: number): number =>
  startedAt + (s.days + s.everyDays) * DAY_MS;

/** The two arms of a re-test: the live plan (arm 0) and the held-back plan (arm 1). */
export function retestArms(
  live: { version: number; tiers: Experiment["arms"][number]["tiers"] },
  held: { version: number; tiers: Experiment["arms"][number]["tiers"] },
  share: number,
): Experiment["arms"] {
  return [
    { name: "promoted", planVersion: live.version, tiers: live.tiers, share: 1 - share },
    { name: "holdout", planVersion: held.version, tiers: held.tiers, share },
  ];
}
