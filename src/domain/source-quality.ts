/*
 * A source's quality: what became of its leads over a window (contacted, won, returned, the margin
 * they made), with each rate shrunk toward its category's average so that a source with few leads
 * is not judged on noise.
 *
 * The shrinkage is empirical Bayes with a beta-binomial model: a source's true rate is taken to be
 * drawn from Beta(m·p̄, m·(1 − p̄)), where p̄ is the category's pooled rate over the window and m
 * the prior strength (how many leads the category's average counts as). After x successes in n
 * leads the posterior mean is (x + m·p̄) / (n + m): a source with no leads is the category's
 * average, one with n ≫ m is its own rate. Margin per lead is shrunk the same way, as a mean.
 */

/** How many leads the category's average weighs in a source's shrunk rates. */
export const DEFAULT_PRIOR_STRENGTH = 50;
/** The window quality is measured over by default. */
export const DEFAULT_QUALITY_WINDOW_DAYS = 90;

/** What became of one source's leads created in the window. */
export interface SourceOutcomeCounts {
  source: string;
  category: string;
  leads: number;
  /** Leads with a first contact (a logged contact, or an outcome of contacted or sold). */
  contacted: number;
  /** Leads won (stage) or sold (a buyer's outcome). */
  won: number;
  /** Leads a recipient gave back, or a buyer said were bad. */
  returned: number;
  /** Revenue of won leads. */
  revenueCents: number;
  /** What buyers pay for the leads they kept (a sold outcome's amount in place of the price). */
  salesCents: number;
  /** What the leads cost. */
  costCents: number;
}

/** A source with no leads in the window. */
export function noOutcomes(source: string, category: string): SourceOutcomeCounts {
  return {
    source,
    category,
    leads: 0,
    contacted: 0,
    won: 0,
    returned: 0,
    revenueCents: 0,
    salesCents: 0,
    costCents: 0,
  };
}

export interface ShrunkRate {
  /** Leads that count toward the rate. */
  count: number;
  /** count / leads, or null without leads. */
  raw: number | null;
  /** (count + m·p̄) / (leads + m). */
  shrunk: number;
  /** The category's pooled rate p̄. */
  categoryAverage: number;
}

export interface SourceQuality {
  source: string;
  category: string;
  leads: number;
  contactRate: ShrunkRate;
  winRate: ShrunkRate;
  returnRate: ShrunkRate;
  revenueCents: number;
  salesCents: number;
  costCents: number;
  /** revenue + sales − cost: what the leads brought in against what they cost. */
  marginCents: number;
  /** Margin per lead in cents: raw (null without leads), shrunk, and the category's. */
  marginPerLead: { raw: number | null; shrunk: number; categoryAverage: number };
  /**
   * One figure from 0 to 100 where 50 is the category's average: 50 × the geometric mean of the
   * source's shrunk contact rate, win rate and keep rate (1 − return rate), each divided by the
   * category's. A rate the category has no spread on (no contacts at all, say) is left out; 100
   * caps twice the average.
   */
  score: number;
}

/**
 * The posterior mean of a rate under a Beta(m·p̄, m·(1 − p̄)) prior; for a mean (margin per lead),
 * the mean of `count` over `trials` items shrunk as if `priorStrength` more items had the prior's.
 */
export function shrinkRate(count: number, trials: number, priorMean: number, priorStrength: number): number {
  const denominator = trials + priorStrength;
  return denominator > 0 ? (count + priorStrength * priorMean) / denominator : priorMean;
}

const ratio = (count: number, n: number): number | null => (n > 0 ? count / n : null);

/**
 * Every source's quality, each shrunk toward its own category's pooled averages.
 *
 * @example
 * sourceQualities([{ source: "a", category: "solar", leads: 2, contacted: 2, ... }], 50)
 */
export function sourceQualities(
  counts: readonly SourceOutcomeCounts[],
  priorStrength: number = DEFAULT_PRIOR_STRENGTH,
): SourceQuality[] {
  const m = Math.max(0, priorStrength);
  const totals = new Map<
    string,
    { leads: number; contacted: number; won: number; returned: number; margin: number }
  >();
  for (const c of counts) {
    const t = totals.get(c.category) ?? { leads: 0, contacted: 0, won: 0, returned: 0, margin: 0 };
    t.leads += c.leads;
    t.contacted += c.contacted;
    t.won += c.won;
    t.returned += c.returned;
    t.margin += c.revenueCents + c.salesCents - c.costCents;
    totals.set(c.category, t);
  }
  return counts.map((c) => {
    const t = totals.get(c.category)!;
    const rate = (count: number, categoryCount: number): ShrunkRate => {
      const categoryAverage = ratio(categoryCount, t.leads) ?? 0;
      return {
        count,
        raw: ratio(count, c.leads),
        shrunk: shrinkRate(count, c.leads, categoryAverage, m),
        categoryAverage,
      };
    };
    const contactRate = rate(c.contacted, t.contacted);
    const winRate = rate(c.won, t.won);
    const returnRate = rate(c.returned, t.returned);
    const marginCents = c.revenueCents + c.salesCents - c.costCents;
    const categoryMargin = ratio(t.margin, t.leads) ?? 0;
    return {
      source: c.source,
      category: c.category,
      leads: c.leads,
      contactRate,
      winRate,
      returnRate,
      revenueCents: c.revenueCents,
      salesCents: c.salesCents,
      costCents: c.costCents,
      marginCents,
      marginPerLead: {
        raw: ratio(marginCents, c.leads),
        shrunk: shrinkRate(marginCents, c.leads, categoryMargin, m),
        categoryAverage: categoryMargin,
      },
      score: qualityScore(contactRate, winRate, returnRate),
    };
  });
}

/** The 0–100 figure of `SourceQuality.score`. */
export function qualityScore(contact: ShrunkRate, win: ShrunkRate, returned: ShrunkRate): number {
  const factors: number[] = [];
  if (contact.categoryAverage > 0) factors.push(contact.shrunk / contact.categoryAverage);
  if (win.categoryAverage > 0) factors.push(win.shrunk / win.categoryAverage);
  if (returned.categoryAverage < 1) factors.push((1 - returned.shrunk) / (1 - returned.categoryAverage));
  if (factors.length === 0) return 50;
  // A factor of 0 (a source that was never contacted in a category of one) would make the mean 0
  // whatever the rest; 1% of the average is as low as a factor goes.
  const logMean = factors.reduce((s, f) => s + Math.log(Math.max(f, 0.01)), 0) / factors.length;
  return Math.round(Math.min(100, Math.max(0, 50 * Math.exp(logMean))));
}

/** The figures rule conditions read as `source.<name>` (rates in percent, 0–100). */
export interface SourceFigures {
  quality: number;
  contactRate: number;
  winRate: number;
  returnRate: number;
  leads: number;
}

export const SOURCE_FIGURES: readonly (keyof SourceFigures)[] = [
  "quality",
  "contactRate",
  "winRate",
  "returnRate",
  "leads",
];

const percent = (rate: number) => Math.round(rate * 1000) / 10;

/** What rule conditions see of a source's quality: the score and the shrunk rates in percent. */
export function sourceFigures(q: SourceQuality): SourceFigures {
  return {
    quality: q.score,
    contactRate: percent(q.contactRate.shrunk),
    winRate: percent(q.winRate.shrunk),
    returnRate: percent(q.returnRate.shrunk),
    leads: q.leads,
  };
}
