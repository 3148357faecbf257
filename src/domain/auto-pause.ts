/*
 * Auto-pause: a source's optional rule that stops taking its leads once too many of them come back.
 * The rule reads the source's last leads (those created since it was last resumed), so a source a
 * manager resumes starts again from no evidence instead of being paused at once on the old.
 */
import type { ErrorDetail } from "./errors.js";

/** The source is paused when more than `maxReturnRate` percent of its last `lastLeads` leads came back. */
export interface AutoPauseRule {
  /** Percent, 0–100: the rule acts when the return rate exceeds it. */
  maxReturnRate: number;
  /** How many of the source's latest leads the rate is taken over. */
  lastLeads: number;
  /** The rule does not judge on fewer leads than this (at most `lastLeads`). */
  minLeads: number;
}

/** Why a rule paused a source: the rule, the figures it read, and when. */
export interface SourcePause {
  at: number;
  rule: AutoPauseRule;
  /** Leads read (the last `lastLeads` since the source was last resumed) and how many came back. */
  leads: number;
  returned: number;
  /** Percent, to one decimal. */
  returnRate: number;
  /** The same in words. */
  reason: string;
}

/** Events a webhook may subscribe to that are not a lead's: a source paused by its rule. */
export const SOURCE_EVENT_TYPES: ReadonlySet<string> = new Set(["source_paused"]);

const percent = (x: number) => Math.round(x * 1000) / 10;

/**
 * The pause a rule calls for, given how many of the source's last leads came back, or null when
 * it does not act (too few leads to judge, or a rate at or below the limit).
 *
 * @example
 * judgeAutoPause({ maxReturnRate: 40, lastLeads: 10, minLeads: 10 }, { leads: 10, returned: 5 }, 0)
 * // → { returnRate: 50, reason: "5 of the last 10 leads came back (50%), more than 40%", … }
 */
export function judgeAutoPause(
  rule: AutoPauseRule,
  recent: { leads: number; returned: number },
  now: number,
): SourcePause | null {
  if (recent.leads === 0 || recent.leads < rule.minLeads) return null;
  const returnRate = percent(recent.returned / recent.leads);
  if (recent.returned * 100 <= rule.maxReturnRate * recent.leads) return null;
  return {
    at: now,
    rule,
    leads: recent.leads,
    returned: recent.returned,
    returnRate,
    reason: `${recent.returned} of the last ${recent.leads} leads came back (${returnRate}%), more than ${rule.maxReturnRate}%`,
  };
}

/**
 * The rule that judges a source: its own, or else its category's default, unless it opted out
 * with "none".
 */
export function ruleOfSource(
  own: AutoPauseRule | "none" | null,
  categoryDefault: AutoPauseRule | null,
): { rule: AutoPauseRule; fromCategory: boolean } | null {
  if (own === "none") return null;
  if (own) return { rule: own, fromCategory: false };
  return categoryDefault ? { rule: categoryDefault, fromCategory: true } : null;
}

/** What is wrong with a rule beyond its fields' own ranges, as field errors under `field`. */
export function checkAutoPauseRule(rule: AutoPauseRule, field = "autoPause"): ErrorDetail[] {
  return rule.minLeads > rule.lastLeads
    ? [
        {
          field: `${field}.minLeads`,
          code: "invalid",
          message: `minLeads (${rule.minLeads}) must not exceed lastLeads (${rule.lastLeads})`,
        },
      ]
    : [];
}
