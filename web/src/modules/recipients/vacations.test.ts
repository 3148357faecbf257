import { describe, expect, it } from "vitest";
import { dayIn, periodsFrom, startOfDay, vacationsFrom } from "./vacations";

describe("vacations as days in the recipient's time zone", () => {
  it("finds the instant a day starts in a zone, on both sides of a change to summer time", () => {
    expect(new Date(startOfDay("2026-12-24", "America/Chicago")).toISOString()).toBe(
      "2026-12-24T06:00:00.000Z",
    );
    expect(new Date(startOfDay("2026-07-04", "America/Chicago")).toISOString()).toBe(
      "2026-07-04T05:00:00.000Z",
    );
    expect(new Date(startOfDay("2026-03-08", "America/New_York")).toISOString()).toBe(
      "2026-03-08T05:00:00.000Z",
    );
    expect(new Date(startOfDay("2026-03-09", "America/New_York")).toISOString()).toBe(
      "2026-03-09T04:00:00.000Z",
    );
  });

  it("stores a vacation as the away period from its first day's start to the end of its last day", () => {
    expect(periodsFrom([{ first: "2026-12-24", last: "2026-12-26" }], "America/Chicago")).toEqual({
      periods: [{ from: "2026-12-24T06:00:00.000Z", to: "2026-12-27T06:00:00.000Z" }],
      problems: [],
    });
  });

  it("reads a stored away period back as the same days", () => {
    const periods = [{ from: "2026-12-24T06:00:00.000Z", to: "2026-12-27T06:00:00.000Z" }];
    expect(vacationsFrom(periods, "America/Chicago")).toEqual([
      { first: "2026-12-24", last: "2026-12-26", original: periods[0] },
    ]);
    expect(dayIn(Date.parse("2026-12-24T05:59:00Z"), "America/Chicago")).toBe("2026-12-23");
  });

  it("sends an unchanged period back exactly as it was, even when it does not start at midnight", () => {
    const original = { from: "2026-12-24T15:30:00.000Z", to: "2026-12-25T15:30:00.000Z" };
    const [vacation] = vacationsFrom([original], "UTC");
    expect(periodsFrom([vacation!], "UTC").periods).toEqual([original]);
    expect(periodsFrom([{ ...vacation!, last: "2026-12-26" }], "UTC").periods).toEqual([
      { from: "2026-12-24T00:00:00.000Z", to: "2026-12-27T00:00:00.000Z" },
    ]);
  });

  it("says when a vacation misses a day or ends before it starts", () => {
    expect(
      periodsFrom(
        [
          { first: "", last: "2026-12-26" },
          { first: "2026-12-26", last: "2026-12-24" },
        ],
        "UTC",
      ).problems,
    ).toEqual([
      "Vacation 1: give its first and last day.",
      "Vacation 2: the last day comes before the first.",
    ]);
  });
});
