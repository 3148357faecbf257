import { describe, expect, it } from "vitest";
import {
  copyDay,
  hoursPerWeek,
  officeHours,
  scheduleFromWeek,
  timeZoneChoices,
  weekFromSchedule,
  weekProblems,
  type WeekDraft,
} from "./schedule";

const hours = (week = officeHours()): WeekDraft => ({ timezone: "America/Chicago", mode: "hours", week });

describe("the weekly schedule grid", () => {
  it("turns the week's ranges into the API's hours, leaving closed days out", () => {
    const week = officeHours();
    week.sat = [
      { from: "10:00", to: "12:00" },
      { from: "13:00", to: "15:00" },
    ];
    const schedule = scheduleFromWeek(hours(week));
    expect(schedule).toEqual({
      timezone: "America/Chicago",
      hours: {
        mon: [["09:00", "17:00"]],
        tue: [["09:00", "17:00"]],
        wed: [["09:00", "17:00"]],
        thu: [["09:00", "17:00"]],
        fri: [["09:00", "17:00"]],
        sat: [
          ["10:00", "12:00"],
          ["13:00", "15:00"],
        ],
      },
    });
    expect(weekFromSchedule(schedule)).toEqual(hours(week));
  });

  it("reads no schedule as always open in UTC, and stores always open in UTC as no schedule", () => {
    const draft = weekFromSchedule(null);
    expect(draft).toMatchObject({ timezone: "UTC", mode: "always" });
    expect(scheduleFromWeek(draft)).toBeNull();
  });

  it("keeps the time zone of an always-open recipient as every day all day", () => {
    const schedule = scheduleFromWeek({ ...hours(), mode: "always", timezone: "America/Denver" });
    expect(schedule?.hours.sun).toEqual([["00:00", "24:00"]]);
    expect(weekFromSchedule(schedule)).toMatchObject({ timezone: "America/Denver", mode: "always" });
  });

  it("says which range is wrong: malformed, empty or overlapping", () => {
    const week = officeHours();
    week.mon = [{ from: "09:00", to: "09:00" }];
    week.tue = [{ from: "9", to: "17:00" }];
    week.wed = [
      { from: "09:00", to: "13:00" },
      { from: "12:00", to: "17:00" },
    ];
    week.thu = [{ from: "22:00", to: "06:00" }];
    expect(weekProblems(hours(week))).toEqual([
      "Monday 09:00–09:00: from and to are the same.",
      "Tuesday 9–17:00: times are HH:MM, 00:00 to 24:00.",
      "Wednesday: two ranges overlap.",
    ]);
  });

  it("copies a day's hours to other days and counts the hours of a week", () => {
    const week = copyDay(officeHours(), "mon", ["sat", "sun"]);
    expect(week.sun).toEqual([{ from: "09:00", to: "17:00" }]);
    expect(hoursPerWeek(hours(week))).toBe(56);
    expect(hoursPerWeek(hours({ ...officeHours(), fri: [{ from: "22:00", to: "06:00" }] }))).toBe(40);
  });

  it("offers the US time zones first, and the current one even if the browser does not know it", () => {
    const zones = timeZoneChoices("Mars/Olympus", ["Europe/Paris", "America/Chicago"]);
    expect(zones.slice(0, 2)).toEqual(["America/New_York", "America/Chicago"]);
    expect(zones).toContain("Mars/Olympus");
    expect(zones).toContain("Europe/Paris");
    expect(zones.filter((z) => z === "America/Chicago")).toHaveLength(1);
  });
});
