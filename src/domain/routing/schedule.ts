import type { AwayPeriod, Schedule, Weekday } from "./types.js";
import { localTime, zonedToUtc } from "./zoned-time.js";

/** Indexed like `Date#getUTCDay`: 0 = Sunday. */
const WEEKDAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const DAY_MINUTES = 1440;

type Minutes = readonly [start: number, end: number];
/** Per weekday, the intervals in minutes since local midnight; `end < start` runs past midnight. */
type CompiledWeek = readonly (readonly Minutes[])[];

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of `"HH:MM"` (`"24:00"` is the end of the day), or undefined if malformed. */
export function parseClock(text: string): number | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= DAY_MINUTES ? minutes : undefined;
}

const compiled = new WeakMap<Schedule, CompiledWeek>();

function compile(schedule: Schedule): CompiledWeek {
  let week = compiled.get(schedule);
  if (!week) {
    week = WEEKDAYS.map((day) =>
      (schedule.hours[day] ?? []).flatMap(([from, to]): Minutes[] => {
        const start = parseClock(from);
        const end = parseClock(to);
        if (start === undefined || end === undefined || start === end || start === DAY_MINUTES) return [];
        return [[start, end === 0 ? DAY_MINUTES : end]];
      }),
    );
    compiled.set(schedule, week);
  }
  return week;
}

function openAtMinute(week: CompiledWeek, weekday: number, minute: number): boolean {
  for (const [start, end] of week[weekday] ?? []) {
    if (start < end ? minute >= start && minute < end : minute >= start) return true;
  }
  for (const [start, end] of week[(weekday + 6) % 7] ?? []) {
    if (end < start && minute < end) return true;
  }
  return false;
}

/** Whether the weekly hours, read in the schedule's own time zone, include an instant. No schedule: always. */
export function isWithinSchedule(schedule: Schedule | undefined, at: number): boolean {
  if (!schedule) return true;
  const t = localTime(schedule.timezone, at);
  return openAtMinute(compile(schedule), t.weekday, t.hour * 60 + t.minute);
}

/** The first interval start strictly after `at`, or null if the week has no hours at all. */
function nextIntervalStart(schedule: Schedule, at: number): number | null {
  const week = compile(schedule);
  const t = localTime(schedule.timezone, at);
  let best: number | null = null;
  for (let offset = 0; offset <= 7 && best === null; offset++) {
    for (const [start] of week[(t.weekday + offset) % 7] ?? []) {
      const instant = zonedToUtc(
        schedule.timezone,
        t.year,
        t.month,
        t.day + offset,
        Math.floor(start / 60),
        start % 60,
      );
      if (instant > at && (best === null || instant < best)) best = instant;
    }
  }
  return best;
}

export function awayPeriodAt(
  awayPeriods: readonly AwayPeriod[] | undefined,
  at: number,
): AwayPeriod | undefined {
  return awayPeriods?.find((p) => p.from <= at && at < p.to);
}

/**
 * The earliest instant at or after `now` at which the recipient is within its weekly hours and
 * outside every away period, or null if that never happens.
 */
export function nextScheduleOpening(
  schedule: Schedule | undefined,
  awayPeriods: readonly AwayPeriod[] | undefined,
  now: number,
): number | null {
  let t = now;
  // Each step moves past one away period or to one interval start, so this bound is never reached
  // by a real configuration.
  for (let step = 0; step < 10_000; step++) {
    const away = awayPeriodAt(awayPeriods, t);
    if (away) {
      t = away.to;
      continue;
    }
    if (isWithinSchedule(schedule, t)) return t;
    if (!schedule) return null;
    const next = nextIntervalStart(schedule, t);
    if (next === null) return null;
    t = next;
  }
  return null;
}
