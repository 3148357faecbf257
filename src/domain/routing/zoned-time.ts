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
/** Offsets by zone and slot; formatting a date is slow (tens of µs), and decisions come in bursts. */
const offsets = new Map<string, Map<number, number>>();
const SLOTS_KEPT = 4096;

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

/** Local time minus UTC at an instant. */
export function offsetAt(timezone: string, at: number): number {
  const slot = Math.floor(at / SLOT);
  let zone = offsets.get(timezone);
  if (!zone) {
    zone = new Map();
    offsets.set(timezone, zone);
  }
  let offsetMs = zone.get(slot);
  if (offsetMs === undefined) {
    if (zone.size >= SLOTS_KEPT) zone.clear();
    offsetMs = computeOffset(timezone, at);
    zone.set(slot, offsetMs);
  }
  return offsetMs;
}

const lastLocal = new Map<string, { at: number; time: Readonly<LocalTime> }>();

/** The local calendar and clock at an instant; every candidate of a decision asks about the same one. */
export function localTime(timezone: string, at: number): Readonly<LocalTime> {
  const last = lastLocal.get(timezone);
  if (last && last.at === at) return last.time;
  const offsetMs = offsetAt(timezone, at);
  const local = at + offsetMs;
  const days = Math.floor(local / DAY);
  const ms = local - days * DAY;
  const date = civilFromDays(days);
  const time: LocalTime = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(ms / 3_600_000),
    minute: Math.floor((ms % 3_600_000) / MINUTE),
    weekday: (((days + 4) % 7) + 7) % 7, // 1970-01-01 was a Thursday
    offsetMs,
  };
  lastLocal.set(timezone, { at, time });
  return time;
}

/** Year, month, day of a count of days since 1970-01-01 (Howard Hinnant's algorithm): no Date needed. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
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
