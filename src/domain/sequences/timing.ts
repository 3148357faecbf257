import { nextScheduleOpening, parseClock } from "../routing/schedule.js";
import type { Schedule } from "../routing/types.js";
import { localTime, zonedToUtc } from "../routing/zoned-time.js";
import { DEFAULT_TIME_ZONE, type SendWindow } from "./sequence.js";

/** The zone a lead's times are read in: its own (from zip or state), else the window's fallback. */
export const zoneFor = (leadZone: string | null, window: SendWindow | null): string =>
  leadZone ?? window?.timeZone ?? DEFAULT_TIME_ZONE;

/**
 * The earliest instant at or after `now` at which a step may send to a lead in `zone`: `now`
 * inside the window (or without one), else the window's next opening in the lead's time.
 */
export function nextSendTime(window: SendWindow | null, zone: string, now: number): number {
  if (!window) return now;
  const schedule: Schedule = {
    timezone: zone,
    hours: Object.fromEntries(window.days.map((d) => [d, [[window.from, window.to]]])),
  };
  // A window with days and two different times always opens within a week.
  return nextScheduleOpening(schedule, undefined, now) ?? now;
}

/** The next instant at or after `now` when the clock in `zone` shows `hhmm`. */
export function nextTimeOfDay(hhmm: string, zone: string, now: number): number {
  const minutes = parseClock(hhmm) ?? 0;
  const t = localTime(zone, now);
  for (let offset = 0; offset <= 2; offset++) {
    const at = zonedToUtc(zone, t.year, t.month, t.day + offset, Math.floor(minutes / 60), minutes % 60);
    if (at >= now) return at;
  }
  return now;
}

const DAY = 86_400_000;

/** The start of the next UTC day: when a sequence's daily limit starts over. */
export const nextUtcDay = (now: number): number => Math.floor(now / DAY) * DAY + DAY;
export const utcDayStart = (now: number): number => Math.floor(now / DAY) * DAY;
