import { describe, expect, it } from "vitest";
import { formatSpeed, performanceFigures, type PeriodFigures } from "./performance-figures";

const period = (over: Partial<PeriodFigures> = {}): PeriodFigures => ({
  received: 10,
  accepted: 8,
  contacted: 6,
  won: 2,
  returned: 1,
  acceptanceRate: 0.8,
  returnRate: 0.125,
  medianSecondsToContact: 240,
  ...over,
});

describe("a recipient's figures against the period before", () => {
  it("words each change and calls it good or bad news by what the figure means", () => {
    const figures = performanceFigures(
      period({ received: 12, returned: 3, medianSecondsToContact: 120 }),
      period(),
    );
    const byLabel = Object.fromEntries(figures.map((f) => [f.label, f]));
    expect(byLabel["Leads received"]).toMatchObject({ value: "12", change: "up from 10", trend: "up" });
    expect(byLabel["Returned"]).toMatchObject({ value: "3", trend: "down" });
    expect(byLabel["Speed to lead (median)"]).toMatchObject({
      value: "2 min",
      change: "down from 4 min",
      trend: "up",
    });
    expect(byLabel["Won"]).toMatchObject({ change: "same as before", trend: "flat" });
  });

  it("shows a dash and no comparison where a rate has nothing to divide", () => {
    const figures = performanceFigures(period({ acceptanceRate: null }), period({ returnRate: null }));
    expect(figures.find((f) => f.label === "Acceptance rate")).toMatchObject({ value: "—", change: null });
    expect(figures.find((f) => f.label === "Return rate")).toMatchObject({ value: "13%", change: null });
  });

  it("reads speeds in the unit a person would use", () => {
    expect([45, 240, 9000, 400_000].map(formatSpeed)).toEqual(["45 s", "4 min", "2.5 h", "5 days"]);
  });
});
