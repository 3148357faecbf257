import { sql } from "kysely";
import { bucketCases, bucketRange } from "../../domain/report-math.js";
import { builderOf, type Runner } from "../store.js";
import { dimOf, factsBetween, keyOf, rolledSources, scopeOf, type Range } from "./report-scope.js";

/** Whole seconds from a lead's receipt to its first contact (the expression lead_facts is indexed on). */
export const CONTACT_SECONDS = sql`((f.contact_at - f.created_at) / ${sql.lit(1000)})`;
export const CONTACT_BUCKET = sql.raw(bucketCases("((f.contact_at - f.created_at) / 1000)"));

/**
 * How many leads were first contacted how many whole seconds after their receipt, per key
 * (seconds null: leads not contacted). Rows from rollups give a bucket (`exact` false: the
 * bucket's first second, report-math's bucketOf), rows from the facts exact seconds.
 */
export async function contactHistogram(
  on: Runner,
  range: Range,
): Promise<{ key: string | null; seconds: number | null; exact: boolean; leads: number }[]> {
  const db = builderOf(on);
  const dim = dimOf(db, range.key);
  const scope = await scopeOf(db, "lead_facts", dim.period, range.from, range.to);
  const parts = scope.rows.map(
    ([a, b]) => sql`select ${dim.key} as k, ${CONTACT_SECONDS} as s, 1 as exact, count(*) as n
      ${factsBetween(dim, a, b)} group by 1, 2`,
  );
  if (scope.rolled)
    for (const { where } of rolledSources(dim, scope.rolled, range.periodOf))
      parts.push(sql`select ${dim.rolledKey} as k, bucket as s, 0 as exact, n from report_speed ${where}`);
  // Rows of one key and value may repeat (from rollups and facts): the caller adds them up.
  const { rows } = await sql<Record<string, unknown>>`${sql.join(parts, sql` union all `)}`.execute(db);
  return rows.map((r) => ({
    key: keyOf(range.key, r["k"]),
    seconds: r["s"] === null || r["s"] === undefined ? null : Number(r["s"]),
    exact: Number(r["exact"]) === 1,
    leads: Number(r["n"]),
  }));
}

/**
 * The exact seconds, per key, of the leads received in [from, to) whose seconds fall in a
 * bucket; with `keys` (quarter keys only) just the leads of those keys.
 */
export async function contactSecondsIn(
  on: Runner,
  range: Range,
  bucket: number,
  keys?: readonly number[],
): Promise<{ key: string | null; seconds: number; leads: number }[]> {
  const db = builderOf(on);
  const dim = dimOf(db, range.key);
  const { from, to } = bucketRange(bucket);
  const { rows } = await sql<Record<string, unknown>>`
    select ${dim.key} as k, ${CONTACT_SECONDS} as s, count(*) as n
    ${factsBetween(dim, range.from, range.to, true)} and f.contact_at is not null
      ${from === null ? sql`` : sql`and ${CONTACT_SECONDS} >= ${from}`} and ${CONTACT_SECONDS} < ${to}
      ${keys === undefined ? sql`` : sql`and ${dim.key} in (${sql.join(keys.map((k) => sql.lit(Math.trunc(k))))})`}
    group by 1, 2`.execute(db);
  return rows.map((r) => ({
    key: keyOf(range.key, r["k"]),
    seconds: Number(r["s"]),
    leads: Number(r["n"]),
  }));
}
