import { describe, expect, it } from "vitest";
import { describeLeadValue, matchesFilter } from "../../src/domain/routing/filters.js";
import {
  noOutcomes,
  qualityScore,
  shrinkRate,
  sourceFigures,
  sourceQualities,
  type SourceOutcomeCounts,
} from "../../src/domain/source-quality.js";

function counts(source: string, over: Partial<SourceOutcomeCounts> = {}): SourceOutcomeCounts {
  return { ...noOutcomes(source, "solar"), ...over };
}

describe("shrinking a rate toward its category's average", () => {
  it("is the posterior mean of a beta-binomial: (x + m·p̄) / (n + m)", () => {
    // Beta(50·0.2, 50·0.8) prior, 3 of 10: (3 + 10) / 60.
    expect(shrinkRate(3, 10, 0.2, 50)).toBeCloseTo(13 / 60, 12);
  });

  it("gives a source with no leads the category's average", () => {
    expect(shrinkRate(0, 0, 0.35, 50)).toBe(0.35);
  });

  it("leaves a large source close to its own rate", () => {
    expect(shrinkRate(5000, 10_000, 0.2, 50)).toBeCloseTo(0.4985, 3);
  });

  it("is the raw rate with a prior strength of zero", () => {
    expect(shrinkRate(3, 10, 0.9, 0)).toBe(0.3);
  });
});

describe("source quality", () => {
  const sources = sourceQualities(
    [
      counts("big", {
        leads: 900,
        contacted: 540,
        won: 90,
        returned: 45,
        costCents: 900 * 1000,
        salesCents: 900 * 3000,
      }),
      counts("tiny", { leads: 4, contacted: 0, won: 0, returned: 4, costCents: 4000 }),
      counts("other", { category: "roofing", leads: 10, contacted: 10, won: 10, returned: 0 }),
    ],
    50,
  );
  const [big, tiny, other] = sources;

  it("pools each category's rates over its own sources", () => {
    expect(big!.returnRate.categoryAverage).toBeCloseTo(49 / 904, 12);
    expect(tiny!.contactRate.categoryAverage).toBeCloseTo(540 / 904, 12);
    expect(other!.contactRate.categoryAverage).toBe(1);
  });

  it("does not judge a source of four leads on its four returns", () => {
    expect(tiny!.returnRate.raw).toBe(1);
    const shrunk = (4 + 50 * (49 / 904)) / 54;
    expect(tiny!.returnRate.shrunk).toBeCloseTo(shrunk, 12);
    expect(tiny!.returnRate.shrunk).toBeLessThan(0.13);
  });

  it("reports margin per lead as revenue plus sales less cost, raw and shrunk", () => {
    expect(big!.marginPerLead.raw).toBe(2000);
    expect(tiny!.marginPerLead.raw).toBe(-1000);
    const categoryMargin = (900 * 2000 - 4000) / 904;
    expect(tiny!.marginPerLead.shrunk).toBeCloseTo((-4000 + 50 * categoryMargin) / 54, 9);
  });

  it("scores the category's average 50 and a worse source below it", () => {
    expect(big!.score).toBe(50);
    expect(tiny!.score).toBeLessThan(50);
    // Alone in its category, a source is its category's average.
    expect(other!.score).toBe(50);
  });

  it("scores a source with no leads as its category's average", () => {
    const [none] = sourceQualities([counts("none"), counts("x", { leads: 10, contacted: 5, returned: 1 })]);
    expect(none!.score).toBe(50);
    expect(none!.contactRate.raw).toBeNull();
    expect(none!.marginPerLead.raw).toBeNull();
  });

  it("caps the score at 100 and puts a hopeless source near 0", () => {
    const avg = 0.1;
    const rate = (shrunk: number, categoryAverage = avg) => ({
      count: 0,
      raw: null,
      shrunk,
      categoryAverage,
    });
    expect(qualityScore(rate(0.9), rate(0.9), rate(0, 0.5))).toBe(100);
    expect(qualityScore(rate(0), rate(0), rate(1, 0.5))).toBe(1);
  });

  it("shows rule conditions the score and the shrunk rates in percent", () => {
    expect(sourceFigures(big!)).toEqual({
      quality: 50,
      contactRate: 60,
      winRate: 10,
      returnRate: 5,
      leads: 900,
    });
  });
});

describe("rule conditions on a lead's source", () => {
  const figures = { quality: 35, contactRate: 20, winRate: 2.5, returnRate: 40, leads: 120 };
  const lead = { fields: { quality: 99 }, sourceFigures: figures };

  it("read the source's figures under source.<name>, never a field of the lead", () => {
    expect(matchesFilter({ field: "source.quality", op: "gte", value: 40 }, lead)).toBe(false);
    expect(matchesFilter({ field: "source.quality", op: "gte", value: 30 }, lead)).toBe(true);
    expect(matchesFilter({ field: "source.returnRate", op: "lte", value: 40 }, lead)).toBe(true);
  });

  it("find nothing for a source not measured yet or a figure that does not exist", () => {
    expect(matchesFilter({ field: "source.quality", op: "exists" }, { fields: {} })).toBe(false);
    expect(matchesFilter({ field: "source.constructor", op: "exists" }, lead)).toBe(false);
  });

  it("say in a trace what the source has", () => {
    expect(describeLeadValue("source.quality", lead)).toBe("source has 35");
  });
});
