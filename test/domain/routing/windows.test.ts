import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CapWindow } from "../../../src/domain/routing/types.js";
import { nextWindowStart, windowKeys } from "../../../src/domain/routing/windows.js";
import { at } from "./fixtures.js";

const ZONES = [
  "UTC",
  "America/Los_Angeles",
  "America/Chicago",
  "America/New_York",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
];

describe("cap windows", () => {
  it("names the hour, day, ISO week and month an instant falls in", () => {
    expect(windowKeys("UTC", at("2026-11-22T10:15:00Z"))).toEqual({
      hour: "2026-11-22T10",
      day: "2026-11-22",
      week: "2026-W47",
      month: "2026-11",
    });
  });

  it("counts a lead at 23:30 in Los Angeles in that local day, though it is the next day in UTC", () => {
    const t = at("2026-11-23T07:30:00Z");
    expect(windowKeys("America/Los_Angeles", t)).toEqual({
      hour: "2026-11-22T23",
      day: "2026-11-22",
      week: "2026-W47",
      month: "2026-11",
    });
    expect(windowKeys("UTC", t).day).toBe("2026-11-23");
  });

  it("starts weeks on Monday and gives the year-end days their ISO week year", () => {
    expect(windowKeys("UTC", at("2026-11-22T23:59:00Z")).week).toBe("2026-W47");
    expect(windowKeys("UTC", at("2026-11-23T00:00:00Z")).week).toBe("2026-W48");
    expect(windowKeys("UTC", at("2026-01-01T12:00:00Z")).week).toBe("2026-W01");
    expect(windowKeys("UTC", at("2027-01-01T12:00:00Z")).week).toBe("2026-W53");
    expect(windowKeys("UTC", at("2024-12-30T12:00:00Z")).week).toBe("2025-W01");
  });

  it("ends a day at local midnight, also across the autumn change", () => {
    expect(nextWindowStart("America/Los_Angeles", "day", at("2026-11-23T07:30:00Z"))).toBe(
      at("2026-11-23T08:00:00Z"),
    );
    expect(nextWindowStart("America/Los_Angeles", "day", at("2026-10-31T19:00:00Z"))).toBe(
      at("2026-11-01T07:00:00Z"),
    );
    expect(nextWindowStart("America/Los_Angeles", "day", at("2026-11-01T20:00:00Z"))).toBe(
      at("2026-11-02T08:00:00Z"),
    );
  });

  it("ends a week at Monday 00:00 and a month on the 1st, local", () => {
    expect(nextWindowStart("America/Chicago", "week", at("2026-11-22T12:00:00Z"))).toBe(
      at("2026-11-23T06:00:00Z"),
    );
    expect(nextWindowStart("America/Chicago", "week", at("2026-11-23T12:00:00Z"))).toBe(
      at("2026-11-30T06:00:00Z"),
    );
    expect(nextWindowStart("America/Chicago", "month", at("2026-12-15T12:00:00Z"))).toBe(
      at("2027-01-01T06:00:00Z"),
    );
  });

  it("keeps the repeated 01:00 hour of the autumn change as one window", () => {
    const first = at("2026-11-01T08:30:00Z");
    const second = at("2026-11-01T09:30:00Z");
    expect(windowKeys("America/Los_Angeles", first).hour).toBe("2026-11-01T01");
    expect(windowKeys("America/Los_Angeles", second).hour).toBe("2026-11-01T01");
    expect(nextWindowStart("America/Los_Angeles", "hour", first)).toBe(at("2026-11-01T10:00:00Z"));
  });

  it("keeps one key up to the next window start and changes it there, in every zone", () => {
    const windows: CapWindow[] = ["hour", "day", "week", "month"];
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...windows),
        fc.integer({ min: at("2025-01-01T00:00:00Z"), max: at("2028-01-01T00:00:00Z") }),
        (zone, w, t) => {
          const next = nextWindowStart(zone, w, t);
          expect(next).toBeGreaterThan(t);
          expect(windowKeys(zone, next - 1)[w]).toBe(windowKeys(zone, t)[w]);
          expect(windowKeys(zone, next)[w]).not.toBe(windowKeys(zone, t)[w]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("names the local day and hour the way the zone's own calendar does, from 1901 to 2199", () => {
    const calendars = new Map(
      ZONES.map((z) => [
        z,
        new Intl.DateTimeFormat("en-CA", {
          timeZone: z,
          dateStyle: "short",
          timeStyle: "short",
          hourCycle: "h23",
        }),
      ]),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: at("1901-01-01T00:00:00Z"), max: at("2199-12-31T00:00:00Z") }),
        (zone, t) => {
          const [date, time] = (calendars.get(zone)?.format(t) ?? "").split(", ");
          expect(windowKeys(zone, t).hour).toBe(`${date}T${time?.slice(0, 2)}`);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
