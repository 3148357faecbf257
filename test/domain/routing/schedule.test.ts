import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinSchedule, nextScheduleOpening, parseClock } from "../../../src/domain/routing/schedule.js";
import type { Schedule } from "../../../src/domain/routing/types.js";
import { zonedToUtc } from "../../../src/domain/routing/zoned-time.js";
import { at } from "./fixtures.js";

const OFFICE: [string, string][] = [["09:00", "17:00"]];
const chicago: Schedule = {
  timezone: "America/Chicago",
  hours: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
};

const chicagoClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "America/Chicago",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An oracle that shares no code with the domain: the local weekday and time, straight from Intl. */
function chicagoOfficeOpen(t: number): boolean {
  const parts = chicagoClock.formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const minutes = Number(get("hour")) * 60 + Number(get("minute"));
  return !["Sat", "Sun"].includes(get("weekday")) && minutes >= 540 && minutes < 1020;
}

describe("weekly schedule", () => {
  it("reads 09:00-17:00 America/Chicago on standard time (UTC-6), the week before the March change", () => {
    expect(isWithinSchedule(chicago, at("2026-03-06T14:59:00Z"))).toBe(false);
    expect(isWithinSchedule(chicago, at("2026-03-06T15:00:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-03-06T22:59:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-03-06T23:00:00Z"))).toBe(false);
  });

  it("reads 09:00-17:00 America/Chicago on daylight time (UTC-5), the day after the March change", () => {
    expect(isWithinSchedule(chicago, at("2026-03-09T13:59:00Z"))).toBe(false);
    expect(isWithinSchedule(chicago, at("2026-03-09T14:00:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-03-09T21:59:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-03-09T22:00:00Z"))).toBe(false);
  });

  it("reads 09:00-17:00 America/Chicago on both sides of the November change", () => {
    expect(isWithinSchedule(chicago, at("2026-10-30T13:59:00Z"))).toBe(false);
    expect(isWithinSchedule(chicago, at("2026-10-30T14:00:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-10-30T21:59:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-11-02T14:30:00Z"))).toBe(false);
    expect(isWithinSchedule(chicago, at("2026-11-02T15:00:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-11-02T22:30:00Z"))).toBe(true);
    expect(isWithinSchedule(chicago, at("2026-11-02T23:00:00Z"))).toBe(false);
  });

  it("agrees with the local clock at any instant of 2026 and 2027", () => {
    fc.assert(
      fc.property(fc.integer({ min: at("2026-01-01T00:00:00Z"), max: at("2027-12-31T00:00:00Z") }), (t) => {
        expect(isWithinSchedule(chicago, t)).toBe(chicagoOfficeOpen(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("is closed on a day it does not list and always open without a schedule", () => {
    expect(isWithinSchedule(chicago, at("2026-11-22T17:00:00Z"))).toBe(false);
    expect(isWithinSchedule(undefined, at("2026-11-22T03:00:00Z"))).toBe(true);
  });

  it("runs an interval that ends before it starts past midnight into the next day", () => {
    const night: Schedule = { timezone: "UTC", hours: { mon: [["22:00", "02:00"]] } };
    expect(isWithinSchedule(night, at("2026-11-23T21:59:00Z"))).toBe(false);
    expect(isWithinSchedule(night, at("2026-11-23T23:00:00Z"))).toBe(true);
    expect(isWithinSchedule(night, at("2026-11-24T01:59:00Z"))).toBe(true);
    expect(isWithinSchedule(night, at("2026-11-24T02:00:00Z"))).toBe(false);
    expect(isWithinSchedule(night, at("2026-11-23T01:00:00Z"))).toBe(false);
    expect(isWithinSchedule(night, at("2026-11-22T23:00:00Z"))).toBe(false);
  });

  it("takes 24:00 as the end of the day and ignores malformed or empty intervals", () => {
    const s: Schedule = {
      timezone: "UTC",
      hours: { mon: [["00:00", "24:00"]], tue: [["9am", "5pm"]], wed: [["10:00", "10:00"]] },
    };
    expect(isWithinSchedule(s, at("2026-11-23T23:59:00Z"))).toBe(true);
    expect(isWithinSchedule(s, at("2026-11-24T12:00:00Z"))).toBe(false);
    expect(isWithinSchedule(s, at("2026-11-25T10:00:00Z"))).toBe(false);
    expect(parseClock("07:30")).toBe(450);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("24:30")).toBeUndefined();
    expect(parseClock("7:30")).toBeUndefined();
  });
});

describe("next schedule opening", () => {
  it("is now when the recipient is open now", () => {
    const now = at("2026-11-23T16:00:00Z");
    expect(nextScheduleOpening(chicago, [], now)).toBe(now);
  });

  it("is Monday 09:00 local after a weekend, on the far side of the March change", () => {
    expect(nextScheduleOpening(chicago, [], at("2026-03-07T12:00:00Z"))).toBe(at("2026-03-09T14:00:00Z"));
  });

  it("is Monday 09:00 local after a weekend, on the far side of the November change", () => {
    expect(nextScheduleOpening(chicago, [], at("2026-10-30T23:00:00Z"))).toBe(at("2026-11-02T15:00:00Z"));
  });

  it("opens at the jump when the local start time is skipped by the spring change", () => {
    const s: Schedule = { timezone: "America/Chicago", hours: { sun: [["02:30", "05:00"]] } };
    expect(nextScheduleOpening(s, [], at("2026-03-08T06:00:00Z"))).toBe(at("2026-03-08T08:00:00Z"));
    expect(zonedToUtc("America/Chicago", 2026, 3, 8, 2, 30)).toBe(at("2026-03-08T08:00:00Z"));
  });

  it("opens at the first of the two 01:30s of the autumn change", () => {
    const s: Schedule = { timezone: "America/Chicago", hours: { sun: [["01:30", "01:45"]] } };
    expect(nextScheduleOpening(s, [], at("2026-11-01T05:00:00Z"))).toBe(at("2026-11-01T06:30:00Z"));
  });

  it("waits out an away period that ends inside the hours", () => {
    const away = [{ from: at("2026-11-23T00:00:00Z"), to: at("2026-11-25T18:00:00Z") }];
    expect(nextScheduleOpening(chicago, away, at("2026-11-23T16:00:00Z"))).toBe(at("2026-11-25T18:00:00Z"));
    expect(nextScheduleOpening(undefined, away, at("2026-11-23T16:00:00Z"))).toBe(at("2026-11-25T18:00:00Z"));
  });

  it("waits for the next hours when an away period ends outside them", () => {
    const away = [{ from: at("2026-11-23T00:00:00Z"), to: at("2026-11-25T02:00:00Z") }];
    expect(nextScheduleOpening(chicago, away, at("2026-11-23T16:00:00Z"))).toBe(at("2026-11-25T15:00:00Z"));
  });

  it("is null for a week without hours", () => {
    expect(nextScheduleOpening({ timezone: "UTC", hours: {} }, [], at("2026-11-23T16:00:00Z"))).toBeNull();
  });

  it("is open at the answer and closed at every minute before it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at("2026-01-01T00:00:00Z"), max: at("2027-12-31T00:00:00Z") }),
        (from) => {
          const opening = nextScheduleOpening(chicago, [], from);
          expect(opening).not.toBeNull();
          if (opening === null) return;
          expect(chicagoOfficeOpen(opening)).toBe(true);
          const start = Math.ceil(from / 60_000) * 60_000;
          for (let t = start; t < opening; t += 60_000 * 29) expect(chicagoOfficeOpen(t)).toBe(false);
          if (opening > from) expect(chicagoOfficeOpen(opening - 60_000)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
