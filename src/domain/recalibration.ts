import type { SourceQuality } from "./source-quality.js";

/** What to do with a source's spend. */
export const RECOMMENDATIONS = ["spend_more", "hold", "spend_less", "pause"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The thresholds the rules read; each rule names the ones it used. */
export interface RecalibrationRules {
  /** Fewer leads than this in the window: too few to judge, hold. */
  minLeads: number;
  /** A shrunk return rate at or above this pauses the source. */
  pauseReturnRate: number;
  /** An ROI at or below this, with a negative shrunk margin per lead, pauses the source. */
  pauseRoi: number;
  /** A quality score below this spends less. */
  lowScore: number;
  /** An ROI at or above this, with a quality score of at least 50, spends more. */
  spendMoreRoi: number;
}

export const DEFAULT_RECALIBRATION_RULES: RecalibrationRules = {
  minLeads: 20,
  pauseReturnRate: 0.5,
  pauseRoi: -0.5,
  lowScore: 40,
  spendMoreRoi: 0.5,
};

/** The figures a recommendation rests on. */
export interface RecalibrationFigures {
  leads: number;
  cost: number;
  revenue: number;
  sales: number;
  margin: number;
  /** margin / cost; null when the leads cost nothing. */
  roi: number | null;
  marginPerLead: number;
  returnRate: number;
  score: number;
}

export interface Recalibration {
  source: string;
  category: string;
  recommendation: Recommendation;
  /** The rule that fired, in words, with the thresholds it compared against. */
  rule: string;
  evidence: RecalibrationFigures;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/**
 * What to do with a source, by the first rule that holds, in this order: too few leads → hold;
 * half its leads (shrunk) come back, or it loses money per lead with an ROI at or below −50% →
 * pause; it loses money per lead, or scores below 40 → spend less; an ROI of 50% or more with a
 * score of at least the category's average → spend more; else hold. Rates and margin per lead are
 * the shrunk ones, so a small source is judged near its category.
 */
export function recalibrate(
  q: SourceQuality,
  rules: RecalibrationRules = DEFAULT_RECALIBRATION_RULES,
): Recalibration {
  const roi = q.costCents > 0 ? q.marginCents / q.costCents : null;
  const perLead = q.marginPerLead.shrunk;
  const returnRate = q.returnRate.shrunk;
  const evidence: RecalibrationFigures = {
    leads: q.leads,
    cost: q.costCents / 100,
    revenue: q.revenueCents / 100,
    sales: q.salesCents / 100,
    margin: q.marginCents / 100,
    roi: roi === null ? null : Math.round(roi * 10_000) / 10_000,
    marginPerLead: Math.round(perLead) / 100,
    returnRate: Math.round(returnRate * 10_000) / 10_000,
    score: q.score,
  };
  const says = (recommendation: Recommendation, rule: string): Recalibration => ({
    source: q.source,
    category: q.category,
    recommendation,
    rule,
    evidence,
  });
  if (q.leads < rules.minLeads)
    return says("hold", `${q.leads} leads in the window, fewer than the ${rules.minLeads} needed to judge`);
  if (returnRate >= rules.pauseReturnRate)
    return says("pause", `return rate ${pct(returnRate)} is at or above ${pct(rules.pauseReturnRate)}`);
  if (perLead < 0 && roi !== null && roi <= rules.pauseRoi)
    return says(
      "pause",
      `margin per lead ${money(perLead)} is below $0 and ROI ${pct(roi)} is at or below ${pct(rules.pauseRoi)}`,
    );
  if (perLead < 0) return says("spend_less", `margin per lead ${money(perLead)} is below $0`);
  if (q.score < rules.lowScore)
    return says("spend_less", `quality ${q.score} is below ${rules.lowScore} (50 is the category's average)`);
  if (roi !== null && roi >= rules.spendMoreRoi && q.score >= 50)
    return says(
      "spend_more",
      `ROI ${pct(roi)} is at or above ${pct(rules.spendMoreRoi)} and quality ${q.score} is at least the category's 50`,
    );
  return says("hold", "no rule to spend more, less or pause holds");
}
