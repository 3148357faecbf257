import { sql, type RawBuilder } from "kysely";
import { DAY_MS, HALF_HOUR_MS, HOUR_MS, QUARTER_MS } from "../../domain/report-math.js";
import type { Db } from "../store.js";

/** A column of `lead_facts` reports group by; `quarter` is the quarter hour of the lead's receipt. */
export type FactColumn =
  "quarter" | "source" | "category" | "state" | "recipient" | "campaign" | "utmSource" | "utmMedium";

/** What a report's rows are keyed by: a column of the facts, a custom field of the lead, or nothing. */
export type FactKey = { column: FactColumn } | { field: string } | null;

export interface Range {
  from: number;
  to: number;
  key: FactKey;
  /**
   * For quarter keys: the period a quarter falls in. A day or an hour whose quarters all fall
   * in one period is then read from its day or hour rollup row instead of its quarters' rows.
   */
  periodOf?: ((quarter: number) => string) | undefined;
}

const COLUMNS: Record<Exclude<FactColumn, "quarter">, string> = {
  source: "f.source",
  category: "f.category",
  state: "f.state",
  recipient: "f.recipient",
  campaign: "f.campaign",
  utmSource: "f.utm_source",
  utmMedium: "f.utm_medium",
};

/** The grouping columns every rollup holds (enum fields are added as `report_dims` lists them). */
export const ROLLUP_COLUMNS = Object.keys(COLUMNS) as Exclude<FactColumn, "quarter">[];

/**
 * How a grouping is rolled up: its `dim` in the rollup tables, the period of a rollup row, and
 * the key of a facts row (`f`, with the lead `l` joined when `join`). Periods of a time zone
 * read the quarter-hour rows (dim ""), no grouping the day rows per category, keyed by nothing.
 */
export interface Dim {
  dim: string;
  period: number;
  key: RawBuilder<unknown>;
  /** The key of a rollup row. */
  rolledKey: RawBuilder<unknown>;
  join: boolean;
}

export function dimOf(db: Db, key: FactKey): Dim {
  const quarter = { dim: "", period: QUARTER_MS, join: false };
  // Every lead has a category: the day rows per category add up to the day's leads.
  if (key === null)
    return { dim: "category", period: DAY_MS, join: false, key: sql`null`, rolledKey: sql`null` };
  if ("field" in key)
    return {
      dim: `field:${key.field}`,
      period: DAY_MS,
      key: db.ops.jsonField("l.fields", key.field),
      rolledKey: sql`value`,
      join: true,
    };
  if (key.column === "quarter")
    return {
      ...quarter,
      key: sql`f.created_at / ${sql.lit(QUARTER_MS)}`,
      rolledKey: sql`at / ${sql.lit(QUARTER_MS)}`,
    };
  return {
    dim: key.column,
    period: DAY_MS,
    key: sql.raw(COLUMNS[key.column]),
    rolledKey: sql`value`,
    join: false,
  };
}

/** The hour rollups (no grouping), for periods of time zones with whole-hour offsets. */
export const HOUR_DIM: Dim = {
  dim: "hour",
  period: HOUR_MS,
  key: sql`null`,
  rolledKey: sql`at / ${sql.lit(QUARTER_MS)}`,
  join: false,
};

/** The half-hour rollups (no grouping), for periods of time zones with half-hour offsets. */
export const HALF_HOUR_DIM: Dim = { ...HOUR_DIM, dim: "half", period: HALF_HOUR_MS };

/**
 * The facts of the leads received in [from, to), the lead joined when the key needs it. With
 * `offTime` the planner is kept off the receipt-time index (`+created_at`), for a query that has
 * a narrower one: SQLite would otherwise read a 90 days' range to find one speed bucket's leads.
 */
export function factsBetween(dim: Dim, from: number, to: number, offTime = false): RawBuilder<unknown> {
  const at = offTime ? sql`+f.created_at` : sql`f.created_at`;
  return sql`from lead_facts f ${dim.join ? sql`join leads l on l.id = f.lead_id` : sql``}
    where ${at} >= ${from} and ${at} < ${to}`;
}

/**
 * Which of [from, to) a report reads from rollups and which from the rows themselves: whole
 * periods whose rows are all rolled up come from rollups (`rolled`, but for `except`, the
 * periods' starts), the edges of the range and the periods with changed rows (`rows`) from the
 * table.
 */
export interface Scope {
  rolled: { from: number; to: number; except: number[] } | null;
  rows: [number, number][];
}

export async function scopeOf(
  db: Db,
  table: "lead_facts" | "assignments",
  period: number,
  from: number,
  to: number,
): Promise<Scope> {
  const start = Math.ceil(from / period) * period;
  const end = Math.floor(to / period) * period;
  if (start >= end) return { rolled: null, rows: [[from, to]] };
  const p = sql.lit(period);
  const { rows: unrolled } = await sql<{ p: unknown }>`
    select distinct created_at / ${p} as p from ${sql.table(table)}
    where rolled = 0 and created_at >= ${start} and created_at < ${end}`.execute(db);
  const dirty = new Set(unrolled.map((r) => Number(r.p) * period));
  if (table === "lead_facts") {
    const { rows: stale } = await sql<{ quarter: unknown }>`
      select quarter from report_stale
      where quarter >= ${start / QUARTER_MS} and quarter < ${end / QUARTER_MS}`.execute(db);
    for (const s of stale) dirty.add(Math.floor((Number(s.quarter) * QUARTER_MS) / period) * period);
  }
  const except = [...dirty].sort((a, b) => a - b);
  const rows: [number, number][] = [];
  const add = (a: number, b: number) => {
    const last = rows[rows.length - 1];
    if (last && last[1] === a) last[1] = b;
    else rows.push([a, b]);
  };
  if (from < start) add(from, start);
  for (const d of except) add(d, d + period);
  if (end < to) add(end, to);
  return { rolled: { from: start, to: end, except }, rows };
}

/** The rollup rows of a dim that a scope reads, as a `where` clause. */
export function rolledRows(dim: Dim, rolled: NonNullable<Scope["rolled"]>): RawBuilder<unknown> {
  return sql`where dim = ${dim.dim} and at >= ${rolled.from} and at < ${rolled.to}
    ${rolled.except.length > 0 ? sql`and at not in (${sql.join(rolled.except)})` : sql``}`;
}

/**
 * The rollup rows of a scope as (dim, where) pairs. Quarter keys with `periodOf` read a day's
 * row (dim category: every lead has one) when the whole UTC day falls in one period and none of
 * its quarters changed, else an hour's row (dim hour) on the same terms, else a half hour's (dim
 * half), else the quarters' rows.
 */
export function rolledSources(
  dim: Dim,
  rolled: NonNullable<Scope["rolled"]>,
  periodOf: ((quarter: number) => string) | undefined,
): { dim: string; where: RawBuilder<unknown> }[] {
  if (dim.dim !== "" || periodOf === undefined) return [{ dim: dim.dim, where: rolledRows(dim, rolled) }];
  const dirty = new Set(rolled.except);
  const runs = new Map<string, [number, number][]>([
    ["category", []],
    ["hour", []],
    ["half", []],
    ["", []],
  ]);
  const add = (d: string, a: number, b: number) => {
    const list = runs.get(d)!;
    const last = list[list.length - 1];
    if (last && last[1] === a) last[1] = b;
    else list.push([a, b]);
  };
  const whole = (a: number, b: number) => {
    if (a < rolled.from || b > rolled.to) return false;
    for (let q = a; q < b; q += QUARTER_MS) if (dirty.has(q)) return false;
    return periodOf(a / QUARTER_MS) === periodOf(b / QUARTER_MS - 1);
  };
  for (let day = Math.floor(rolled.from / DAY_MS) * DAY_MS; day < rolled.to; day += DAY_MS) {
    if (whole(day, day + DAY_MS)) {
      add("category", day, day + DAY_MS);
      continue;
    }
    for (let hour = day; hour < day + DAY_MS; hour += HOUR_MS) {
      if (whole(hour, hour + HOUR_MS)) {
        add("hour", hour, hour + HOUR_MS);
        continue;
      }
      for (let half = hour; half < hour + HOUR_MS; half += HALF_HOUR_MS) {
        if (whole(half, half + HALF_HOUR_MS)) {
          add("half", half, half + HALF_HOUR_MS);
          continue;
        }
        for (let q = half; q < half + HALF_HOUR_MS; q += QUARTER_MS)
          if (q >= rolled.from && q < rolled.to && !dirty.has(q)) add("", q, q + QUARTER_MS);
      }
    }
  }
  // Many runs (periods cut by many changed quarters) would make a long `or`: read quarters then.
  if ([...runs.values()].reduce((n, list) => n + list.length, 0) > 200)
    return [{ dim: dim.dim, where: rolledRows(dim, rolled) }];
  return [...runs]
    .filter(([, list]) => list.length > 0)
    .map(([d, list]) => ({
      dim: d,
      where: sql`where dim = ${d} and (${sql.join(
        list.map(([a, b]) => sql`(at >= ${a} and at < ${b})`),
        sql` or `,
      )})`,
    }));
}

/** A key as the database gave it: a quarter's number, a field's value as JSON text, or a column's text. */
export function keyOf(key: FactKey, k: unknown): string | null {
  if (k === null || k === undefined || key === null) return null;
  const text = String(k);
  if ("field" in key && text.startsWith('"')) {
    try {
      return String(JSON.parse(text));
    } catch {
      return text;
    }
  }
  return text;
}
