import { describe, expect, it } from "vitest";
import { countsBySource, numbersOf, startOfDay } from "./sources";

const group = (key: string | null, leads: number) => ({ key, leads });

describe("the sources list", () => {
  it("counts today's leads per source, and none for a source the summary does not name", () => {
    const summary = { groups: [group("web", 12), group(null, 3)] };
    const counts = countsBySource(summary);
    expect(counts.get("web")).toBe(12);
    expect(counts.get("partner")).toBeUndefined();
    expect(countsBySource(undefined).size).toBe(0);
  });

  it("starts today at local midnight", () => {
    const day = startOfDay(new Date(2026, 11, 7, 15, 42, 9));
    expect([day.getFullYear(), day.getMonth(), day.getDate(), day.getHours(), day.getMinutes()]).toEqual([
      2026, 11, 7, 0, 0,
    ]);
  });

  it("sends an empty cost as 0, an empty rate limit as the server's default, and anything else as typed", () => {
    expect(numbersOf({ costPerLead: "", rateLimit: " " })).toEqual({
      costPerLead: 0,
      rateLimitPerMinute: null,
    });
    expect(numbersOf({ costPerLead: "12.5", rateLimit: "60" })).toEqual({
      costPerLead: 12.5,
      rateLimitPerMinute: 60,
    });
    expect(Number.isNaN(numbersOf({ costPerLead: "ten", rateLimit: "" }).costPerLead)).toBe(true);
  });
});
