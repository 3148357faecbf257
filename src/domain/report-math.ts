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

/**
 * The key of the period of `tz` an instant falls in: an hour as its wall-clock start with its
 * offset ("2026-03-08T01:00-06:00", so the hour repeated when clocks go back is two keys), a day
 * as its date ("2026-03-08"), a week as the date of its Monday, a month as "2026-03". Answers a
 * function of quarter-hour numbers (instant ÷ 15 minutes) that remembers what it computed.
 */
export function periodKeys(unit: Period, tz: string): (quarter: number) => string {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  });
  const cache = new Map<number, string>();
  return (quarter) => {
    const known = cache.get(quarter);
    if (known !== undefined) return known;
    const parts: Record<string, string> = {};
    for (const p of format.formatToParts(new Date(quarter * QUARTER_MS))) parts[p.type] = p.value;
    const [y, m, d] = [parts["year"]!, parts["month"]!, parts["day"]!];
    const offset = (parts["timeZoneName"] ?? "GMT").replace("GMT", "") || "+00:00";
    let key: string;
    if (unit === "hour") key = `${y}-${m}-${d}T${parts["hour"]}:00${offset}`;
    else if (unit === "day") key = `${y}-${m}-${d}`;
    else if (unit === "month") key = `${y}-${m}`;
    else {
      const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      key = new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
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
