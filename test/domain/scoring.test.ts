import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandFor, DEFAULT_BANDS, scoreLead, type ScoringRule } from "../../src/domain/scoring.js";

const rules: ScoringRule[] = [
  { when: [], points: 10 },
  { when: [{ field: "creditScore", op: "gte", value: 700 }], points: 40 },
  { when: [{ field: "homeowner", op: "eq", value: true }], points: 30 },
  {
    when: [
      { field: "state", op: "in", value: ["CA", "AZ"] },
      { field: "roofAge", op: "lte", value: 10 },
    ],
    points: 15,
  },
  { when: [{ field: "email", op: "exists", value: false }], points: -25 },
];

describe("field scoring", () => {
  it("sums the points of every rule whose conditions all hold", () => {
    const fields = { creditScore: 720, homeowner: true, state: "CA", roofAge: 4, email: "x@y.co" };
    expect(scoreLead({ fields }, rules)).toEqual({ score: 95, priority: "hot" });
  });

  it("a rule holds only when all its conditions hold", () => {
    const fields = { creditScore: 650, homeowner: true, state: "CA", roofAge: 20, email: "x@y.co" };
    expect(scoreLead({ fields }, rules)).toEqual({ score: 40, priority: "warm" });
  });

  it("takes negative points and puts a score below every band in the lowest", () => {
    expect(scoreLead({ fields: {} }, rules)).toEqual({ score: -15, priority: "cold" });
  });

  it("uses hot at 80, warm at 40 and cold below when no bands are configured", () => {
    expect(DEFAULT_BANDS.map((b) => b.name)).toEqual(["hot", "warm", "cold"]);
    expect(bandFor(80)).toBe("hot");
    expect(bandFor(79)).toBe("warm");
    expect(bandFor(40)).toBe("warm");
    expect(bandFor(39.5)).toBe("cold");
    expect(bandFor(50, [])).toBe("warm");
  });

  it("reads configured bands in any order", () => {
    const bands = [
      { name: "c", min: 0 },
      { name: "a", min: 100 },
      { name: "b", min: 50 },
    ];
    expect(bandFor(120, bands)).toBe("a");
    expect(bandFor(50, bands)).toBe("b");
    expect(bandFor(-3, bands)).toBe("c");
  });

  it("gives the band whose minimum is the highest one the score reaches", () => {
    const bandsArb = fc.uniqueArray(fc.integer({ min: -100, max: 200 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(bandsArb, fc.integer({ min: -300, max: 300 }), (mins, score) => {
        const bands = mins.map((min) => ({ name: `b${min}`, min }));
        const reached = mins.filter((m) => score >= m);
        const expected = reached.length > 0 ? Math.max(...reached) : Math.min(...mins);
        expect(bandFor(score, bands)).toBe(`b${expected}`);
      }),
    );
  });
});
