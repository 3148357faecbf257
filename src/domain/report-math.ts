/** The arithmetic of reports: rates, percentiles, the Gini figure and periods in a time zone. */

/** part ÷ whole, or null when the whole is zero (a rate of nothing is not 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The value at or below which a share `p` of the values fall (nearest rank: the ⌈p·n⌉-th
 * smallest), from a histogram of value → how many; null for none.
 */
export function percentileOf(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const n = values.reduce((sum, v) => sum + histogram.get(v)!, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (const v of values) {
    seen += histogram.get(v)!;
    if (seen >= rank) return v;
  }
  return values[values.length - 1]!;
}

/** How many of the histogram's values are below `limit`. */
export function countBelow(histogram: ReadonlyMap<number, number>, limit: number): number {
  let n = 0;
  for (const [v, count] of histogram) if (v < limit) n += count;
  return n;
}

/**
 * The Gini coefficient of non-negative amounts: 0 when all are equal, towards 1 when one has
 * everything. Null for no amounts or a zero total.
 */
export function gini(amounts: readonly number[]): number | null {
  const n = amounts.length;
  const total = amounts.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return null;
  const sorted = [...amounts].sort((a, b) => a - b);
  // G = Σ (2i − n − 1)·xᵢ ÷ (n·Σx), with i from 1 over the sorted amounts.
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (2 * (i + 1) - n - 1) * x));
  return weighted / (n * total);
}

export type Period = "hour" | "day" | "week" | "month";
export const PERIODS: readonly Period[] = ["hour", "day", "week", "month"];

/** Every time zone's offset is a whole number of quarter hours, so quarters regroup into any zone's periods. */
export const QUARTER_MS = 900_000;
/** An hour in milliseconds: the period of the hour rollups, for time zones of whole-hour offsets. */
export const HALF_HOUR_MS = 1_800_000;
export const HOUR_MS = 3_600_000;
/** A UTC day in milliseconds: the period of the rollups per grouping column. */
export const DAY_MS = 86_400_000;

/**
 * The key of the period of `tz` an instant falls in: an hour as its wall-clock start with its
 * offset ("2026-03-08T01:00-06:00", so the hour repeated when clocks go back is two keys), a day
 * as its date ("2026-03-08"), a week as the date of its Monday, a month as "2026-03". Answers a
 * function of quarter-hour numbers (instant ÷ 15 minutes) that remembers what it computed. The
 * zone's offset is read once a UTC day (twice, at its ends; every quarter of a day whose ends
 * differ), the wall clock is then the instant shifted by it.
 */
export function periodKeys(unit: Period, tz: string): (quarter: number) => string {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "longOffset" });
  const offsetAt = (ms: number) => {
    const name = format.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
    const text = name.replace("GMT", "") || "+00:00";
    const [h, m] = text.slice(1).split(":").map(Number);
    return { text, ms: (text.startsWith("-") ? -1 : 1) * ((h ?? 0) * 60 + (m ?? 0)) * 60_000 };
  };
  const days = new Map<number, { text: string; ms: number } | null>();
  const offsetOf = (quarter: number) => {
    const day = Math.floor((quarter * QUARTER_MS) / DAY_MS);
    let offset = days.get(day);
    if (offset === undefined) {
      const [a, b] = [offsetAt(day * DAY_MS), offsetAt((day + 1) * DAY_MS - QUARTER_MS)];
      offset = a.text === b.text ? a : null;
      days.set(day, offset);
    }
    return offset ?? offsetAt(quarter * QUARTER_MS);
  };
  const cache = new Map<number, string>();
  const two = (n: number) => String(n).padStart(2, "0");
  return (quarter) => {
    const known = cache.get(quarter);
    if (known !== undefined) return known;
    const offset = offsetOf(quarter);
    const wall = new Date(quarter * QUARTER_MS + offset.ms);
    const [y, m, d] = [String(wall.getUTCFullYear()), two(wall.getUTCMonth() + 1), two(wall.getUTCDate())];
    let key: string;
    if (unit === "hour") key = `${y}-${m}-${d}T${two(wall.getUTCHours())}:00${offset.text}`;
    else if (unit === "day") key = `${y}-${m}-${d}`;
    else if (unit === "month") key = `${y}-${m}`;
    else {
      const date = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      key = new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
    }
    cache.set(quarter, key);
    return key;
  };
}

/** Whether `tz` names a time zone this server knows (an IANA name such as America/Chicago). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Speed histograms' buckets of whole seconds: below each limit, one every `width` seconds (and a
 * day wide past a day). Every "contacted within" limit is a bucket's edge, so a histogram of
 * buckets counts them exactly; a percentile needs the exact seconds of one bucket only.
 */
export const SPEED_BUCKETS: readonly { below: number; width: number }[] = [
  { below: 60, width: 10 },
  { below: 300, width: 60 },
  { below: 1800, width: 300 },
  { below: 3600, width: 600 },
  { below: 86_400, width: 3600 },
];
const PAST_LAST = 86_400;
/** The bucket of negative seconds (contacted before the lead's receipt time). */
export const NEGATIVE_BUCKET = -1;

/** The bucket (its first second) that holds `seconds`. */
export function bucketOf(seconds: number): number {
  if (seconds < 0) return NEGATIVE_BUCKET;
  const b = SPEED_BUCKETS.find((x) => seconds < x.below);
  const width = b?.width ?? PAST_LAST;
  return Math.floor(seconds / width) * width;
}

/** The seconds a bucket holds: [from, to), from null for the negative bucket. */
export function bucketRange(bucket: number): { from: number | null; to: number } {
  if (bucket === NEGATIVE_BUCKET) return { from: null, to: 0 };
  const b = SPEED_BUCKETS.find((x) => bucket < x.below);
  return { from: bucket, to: bucket + (b?.width ?? PAST_LAST) };
}

/** bucketOf as SQL over an integer expression of seconds. */
export function bucketCases(seconds: string): string {
  return `case when ${seconds} < 0 then ${NEGATIVE_BUCKET} ${SPEED_BUCKETS.map(
    (b) => `when ${seconds} < ${b.below} then ${seconds} / ${b.width} * ${b.width}`,
  ).join(" ")} else ${seconds} / ${PAST_LAST} * ${PAST_LAST} end`;
}
