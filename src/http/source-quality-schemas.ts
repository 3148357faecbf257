import { Type, type Static } from "typebox";
import type { ShrunkRate, SourceQuality } from "../domain/source-quality.js";
import { invalid, type ErrorDetail } from "../domain/errors.js";
import type { MeasuredSources, QualityOptions } from "../services/source-quality.js";

/** The query of a quality window: how far back, and how strongly rates shrink. */
export const QualityQuery = {
  windowDays: Type.Optional(
    Type.String({ pattern: "^[0-9]{1,3}$", description: "days back from now, 1 to 730 (default 90)" }),
  ),
  priorStrength: Type.Optional(
    Type.String({
      pattern: "^[0-9]{1,5}$",
      description:
        "how many leads the category's average weighs in a source's shrunk rates, 0 to 10000 (default 50)",
    }),
  ),
};

/** The window and prior strength a query asks for; out of range is a 422. */
export function qualityOptionsOf(query: { windowDays?: string; priorStrength?: string }): QualityOptions {
  const windowDays = query.windowDays === undefined ? undefined : Number(query.windowDays);
  const priorStrength = query.priorStrength === undefined ? undefined : Number(query.priorStrength);
  const problems: ErrorDetail[] = [];
  if (windowDays !== undefined && (windowDays < 1 || windowDays > 730))
    problems.push({ field: "windowDays", code: "invalid", message: "windowDays is from 1 to 730" });
  if (priorStrength !== undefined && priorStrength > 10_000)
    problems.push({ field: "priorStrength", code: "invalid", message: "priorStrength is from 0 to 10000" });
  if (problems.length > 0) throw invalid(problems);
  return { windowDays, priorStrength };
}

const Rate = Type.Object({
  count: Type.Integer(),
  raw: Type.Union([Type.Number(), Type.Null()], { description: "count / leads, null without leads" }),
  shrunk: Type.Number({ description: "(count + m·p̄) / (leads + m): m the prior strength, p̄ the category's" }),
  categoryAverage: Type.Number(),
});

export const SourceQualityView = Type.Object(
  {
    windowDays: Type.Integer(),
    priorStrength: Type.Number(),
    leads: Type.Integer(),
    contactRate: Rate,
    winRate: Rate,
    returnRate: Rate,
    revenue: Type.Number(),
    sales: Type.Number(),
    cost: Type.Number(),
    margin: Type.Number({ description: "revenue + sales − cost" }),
    marginPerLead: Type.Object({
      raw: Type.Union([Type.Number(), Type.Null()]),
      shrunk: Type.Number(),
      categoryAverage: Type.Number(),
    }),
    score: Type.Integer({
      minimum: 0,
      maximum: 100,
      description:
        "50 is the category's average: 50 × the geometric mean of the shrunk contact, win and keep " +
        "(1 − return) rates, each over the category's; rule conditions read it as source.quality",
    }),
  },
  {
    description:
      "What became of the source's leads created in the window; rates are fractions (0–1), money in dollars. " +
      "A buyer's outcome counts: contacted or sold is a contact, sold a win, bad a return.",
  },
);

const rate = (r: ShrunkRate) => ({
  count: r.count,
  raw: r.raw,
  shrunk: r.shrunk,
  categoryAverage: r.categoryAverage,
});
const dollars = (cents: number) => Math.round(cents) / 100;

export function sourceQualityView(
  q: SourceQuality,
  m: Pick<MeasuredSources, "windowDays" | "priorStrength">,
): Static<typeof SourceQualityView> {
  return {
    windowDays: m.windowDays,
    priorStrength: m.priorStrength,
    leads: q.leads,
    contactRate: rate(q.contactRate),
    winRate: rate(q.winRate),
    returnRate: rate(q.returnRate),
    revenue: dollars(q.revenueCents),
    sales: dollars(q.salesCents),
    cost: dollars(q.costCents),
    margin: dollars(q.marginCents),
    marginPerLead: {
      raw: q.marginPerLead.raw === null ? null : dollars(q.marginPerLead.raw),
      shrunk: dollars(q.marginPerLead.shrunk),
      categoryAverage: dollars(q.marginPerLead.categoryAverage),
    },
    score: q.score,
  };
}
