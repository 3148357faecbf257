const MINUTE = 60_000;
const DAY = 86_400_000;
/** Every real offset change falls on a quarter hour of UTC, so an offset holds for a whole slot. */
const SLOT = 15 * MINUTE;

export interface LocalTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Local time minus UTC, in milliseconds. */
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const lastOffset = new Map<string, { slot: number; offsetMs: number }>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, f);
  }
  return f;
}

export function isValidTimeZone(timezone: string): boolean {
  try {
    formatter(timezone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(timezone: string, at: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(at)) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** Local time minus UTC at an instant; remembers the last answer per zone, as decisions come in bursts. */
export function offsetAt(timezone: string, at: number): number {
  const slot = Math.floor(at / SLOT);
  const cached = lastOffset.get(timezone);
  if (cached && cached.slot === slot) return cached.offsetMs;
  const offsetMs = computeOffset(timezone, at);
  lastOffset.set(timezone, { slot, offsetMs });
  return offsetMs;
}

export function localTime(timezone: string, at: number): LocalTime {
  const offsetMs = offsetAt(timezone, at);
  const d = new Date(at + offsetMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
    offsetMs,
  };
}

/**
 * The instant a local wall-clock time names. A time that occurs twice (autumn) gives the first;
 * a time skipped by a spring change gives the instant the clocks jump, when that time "arrives".
 * Day and month overflow roll over (day 32 is the 1st of the next month).
 */
export function zonedToUtc(
  timezone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const before = offsetAt(timezone, wall - DAY);
  const after = offsetAt(timezone, wall + DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = offsetAt(timezone, early) === before;
  const lateValid = offsetAt(timezone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  let lo = Math.min(early, late);
  let hi = Math.max(early, late);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.max(MINUTE, Math.floor((hi - lo) / 2 / MINUTE) * MINUTE);
    if (offsetAt(timezone, mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `America/Chicago Sun 08:12`, for decision traces. */
export function describeLocal(timezone: string, at: number): string {
  const t = localTime(timezone, at);
  const hh = String(t.hour).padStart(2, "0");
  const mm = String(t.minute).padStart(2, "0");
  return `${timezone} ${WEEKDAY_NAMES[t.weekday] ?? "?"} ${hh}:${mm}`;
}
