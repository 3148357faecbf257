import { sql, type RawBuilder } from "kysely";
import { builderOf, type Runner } from "../store.js";
import { dimOf, factsBetween, keyOf, rolledSources, scopeOf, type Dim, type Range } from "./report-scope.js";

/** Lost leads by the reason given, and returned ones by the return's (or bad outcome's) reason. */
export function reasonRows(dim: Dim, at: RawBuilder<unknown>, from: number, to: number): RawBuilder<unknown> {
  return sql`select ${at} as at, ${dim.key} as k, 'lost' as kind, f.lost_reason as reason, count(*) as n
    ${factsBetween(dim, from, to)} and f.outcome = 'lost'
    group by 1, 2, 4
    union all
    select ${at} as at, ${dim.key} as k, 'returned' as kind, coalesce(f.return_reason, f.bad_reason) as reason,
      count(*) as n
    ${factsBetween(dim, from, to)} and (f.return_reason is not null or f.bad_reason is not null)
    group by 1, 2, 4`;
}

/** Lost leads by the reason given, and returned ones by the return's (or bad outcome's) reason, per key. */
export async function reasonCounts(
  on: Runner,
  range: Range,
): Promise<{ key: string | null; kind: "lost" | "returned"; reason: string | null; leads: number }[]> {
  const db = builderOf(on);
  const dim = dimOf(db, range.key);
  const scope = await scopeOf(db, "lead_facts", dim.period, range.from, range.to);
  const parts = scope.rows.map(
    ([a, b]) => sql`select k, kind, reason, n from (${reasonRows(dim, sql`0`, a, b)}) r`,
  );
  if (scope.rolled)
    for (const { where } of rolledSources(dim, scope.rolled, range.periodOf))
      parts.push(sql`select ${dim.rolledKey} as k, kind, reason, n from report_reasons ${where}`);
  const { rows } = await sql<Record<string, unknown>>`
    select k, kind, reason, sum(n) as n from (${sql.join(parts, sql` union all `)}) t
    group by k, kind, reason`.execute(db);
  return rows.map((r) => ({
    key: keyOf(range.key, r["k"]),
    kind: r["kind"] === "lost" ? "lost" : "returned",
    reason: r["reason"] === null || r["reason"] === undefined ? null : String(r["reason"]),
    leads: Number(r["n"]),
  }));
}
