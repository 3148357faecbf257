import { describe, expect, it } from "vitest";
import { countBelow, gini, percentileOf, periodKeys, rate } from "../../src/domain/report-math.js";

const histogram = (values: number[]) => {
  const h = new Map<number, number>();
  for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
  return h;
};
const quarterOf = (iso: string) => Date.parse(iso) / 900_000;

describe("report math", () => {
  it("answers a rate of nothing as null, not as zero", () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 0)).toBeNull();
  });

  it("takes percentiles by nearest rank from a histogram, as from the sorted values", () => {
    const values = [5, 1, 9, 3, 3, 7, 120, 2, 2, 2];
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.1, 0.5, 0.9, 1])
      expect(percentileOf(histogram(values), p)).toBe(sorted[Math.ceil(p * sorted.length) - 1]);
    expect(percentileOf(histogram([]), 0.5)).toBeNull();
    expect(percentileOf(histogram([42]), 0.9)).toBe(42);
    expect(countBelow(histogram(values), 3)).toBe(4);
  });

  it("gives a Gini figure of 0 for equal shares and (n−1)/n when one has everything", () => {
    expect(gini([10, 10, 10, 10])).toBe(0);
    expect(gini([0, 0, 0, 8])).toBe(0.75);
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });

  it("puts an instant in its hour, day, week and month of the zone asked for", () => {
    const chicago = (unit: "hour" | "day" | "week" | "month") => periodKeys(unit, "America/Chicago");
    // 2026-03-08 07:30 UTC is 01:30 CST; 08:30 UTC is 03:30 CDT, after the clocks moved.
    expect(chicago("hour")(quarterOf("2026-03-08T07:30:00Z"))).toBe("2026-03-08T01:00-06:00");
    expect(chicago("hour")(quarterOf("2026-03-08T08:30:00Z"))).toBe("2026-03-08T03:00-05:00");
    expect(chicago("day")(quarterOf("2026-03-08T04:00:00Z"))).toBe("2026-03-07");
    // Sunday 2026-03-08 belongs to the week of Monday 2026-03-02; Monday 00:15 local starts the next.
    expect(chicago("week")(quarterOf("2026-03-08T20:00:00Z"))).toBe("2026-03-02");
    expect(chicago("week")(quarterOf("2026-03-09T05:15:00Z"))).toBe("2026-03-09");
    expect(chicago("month")(quarterOf("2026-04-01T04:45:00Z"))).toBe("2026-03");
    expect(periodKeys("hour", "Asia/Kolkata")(quarterOf("2026-03-08T07:30:00Z"))).toBe(
      "2026-03-08T13:00+05:30",
    );
    expect(periodKeys("day", "UTC")(quarterOf("2026-03-08T23:45:00Z"))).toBe("2026-03-08");
  });
});
