import type { CapWindow, WindowKeys } from "./types.js";
import { localTime, zonedToUtc, type LocalTime } from "./zoned-time.js";

const DAY = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Monday = 0 … Sunday = 6 */
function isoWeekdayIndex(t: LocalTime): number {
  return (t.weekday + 6) % 7;
}

function isoWeek(t: LocalTime): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = Date.UTC(t.year, t.month - 1, t.day) + (3 - isoWeekdayIndex(t)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7) };
}

const HOUR = 3_600_000;
const SLOT = 900_000;
/** Window keys and the instants, `from` up to `until`, over which they hold. */
export interface WindowSpan {
  readonly from: number;
  readonly until: number;
  readonly keys: WindowKeys;
}

const lastSpans = new Map<string, WindowSpan>();

/**
 * The keys of the cap windows that contain `at` in a time zone: hour `2026-11-22T10`, day
 * `2026-11-22`, ISO week `2026-W47` (weeks start on Monday), month `2026-11`. The store keeps a
 * counter per recipient and key, so a window resets by its key changing.
 */
export function windowKeys(timezone: string, at: number): WindowKeys {
  return windowSpan(timezone, at).keys;
}

/**
 * `windowKeys` with a stretch of time around `at` over which they hold (at most to the end of
 * the local hour), so that a caller holding state of these windows can tell it still holds
 * without asking again.
 */
export function windowSpan(timezone: string, at: number): WindowSpan {
  const last = lastSpans.get(timezone);
  if (last && last.from <= at && at < last.until) return last;
  const t = localTime(timezone, at);
  const day = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  const w = isoWeek(t);
  const keys = {
    hour: `${day}T${pad(t.hour)}`,
    day,
    week: `${pad(w.year, 4)}-W${pad(w.week)}`,
    month: `${pad(t.year, 4)}-${pad(t.month)}`,
  };
  // The keys hold to the end of the local hour, but the offset is only known within its slot.
  const local = at + t.offsetMs;
  const hourStart = local - (((local % HOUR) + HOUR) % HOUR) - t.offsetMs;
  const slotStart = Math.floor(at / SLOT) * SLOT;
  const span = {
    from: Math.max(hourStart, slotStart),
    until: Math.min(hourStart + HOUR, slotStart + SLOT),
    keys,
  };
  lastSpans.set(timezone, span);
  return span;
}

/** When the window containing `at` ends and the next one (with a new key) begins. */
export function nextWindowStart(timezone: string, window: CapWindow, at: number): number {
  const t = localTime(timezone, at);
  switch (window) {
    case "hour":
      return zonedToUtc(timezone, t.year, t.month, t.day, t.hour + 1);
    case "day":
      return zonedToUtc(timezone, t.year, t.month, t.day + 1);
    case "week":
      return zonedToUtc(timezone, t.year, t.month, t.day + 7 - isoWeekdayIndex(t));
    case "month":
      return zonedToUtc(timezone, t.year, t.month + 1, 1);
  }
}
