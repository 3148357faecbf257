import { sql, type RawBuilder } from "kysely";
import { builderOf, type Runner } from "../store.js";
import { dimOf, factsBetween, keyOf, rolledSources, scopeOf, type Range } from "./report-scope.js";

export interface FactCounts {
  key: string | null;
  received: number;
  assigned: number;
  accepted: number;
  contacted: number;
  /** Moved to a stage named qualified, or won. */
  qualified: number;
  /** In a won stage, or sold by a buyer's outcome. */
  won: number;
  lost: number;
  /** Returned by a recipient or reported bad by a buyer. */
  returned: number;
  /** Waiting for a recipient now. */
  unassigned: number;
  /** The funnel: each step counts leads that reached it and every step before. */
  funnel: { assigned: number; accepted: number; contacted: number; qualified: number; won: number };
  revenueCents: number;
  costCents: number;
  salesCents: number;
  creditedCents: number;
}

const WON = sql`(f.outcome = 'won' or f.sold = 1)`;
const QUALIFIED = sql`(f.qualified = 1 or ${WON})`;
const count = (condition: RawBuilder<unknown>) => sql`sum(case when ${condition} then 1 else 0 end)`;
const STEPS = [
  sql`f.assigned_at is not null`,
  sql`f.accepted_at is not null`,
  sql`f.contact_at is not null`,
  QUALIFIED,
  WON,
];
const upTo = (n: number) => count(sql.join(STEPS.slice(0, n + 1), sql` and `));

/** What `report_counts` holds, each column as the sum over facts rows `f` that makes it. */
export const COUNT_COLUMNS: [string, RawBuilder<unknown>][] = [
  ["received", sql`count(*)`],
  ["assigned", count(STEPS[0]!)],
  ["accepted", count(STEPS[1]!)],
  ["contacted", count(STEPS[2]!)],
  ["qualified", count(QUALIFIED)],
  ["won", count(WON)],
  ["lost", count(sql`f.outcome = 'lost'`)],
  ["returned", count(sql`(f.return_reason is not null or f.bad_reason is not null)`)],
  ["unassigned", count(sql`f.status = 'unassigned'`)],
  ["f_accepted", upTo(1)],
  ["f_contacted", upTo(2)],
  ["f_qualified", upTo(3)],
  ["f_won", upTo(4)],
  ["revenue_cents", sql`sum(case when f.outcome = 'won' then f.revenue_cents else 0 end)`],
  ["cost_cents", sql`sum(f.cost_cents)`],
  ["sales_cents", sql`sum(f.sales_cents)`],
  ["credited_cents", sql`sum(f.credited_cents)`],
];

/**
 * Counts and money per key over the leads received in [from, to): whole periods from the
 * rollups, the rest from the facts.
 */
export async function factCounts(on: Runner, range: Range): Promise<FactCounts[]> {
  const db = builderOf(on);
  const dim = dimOf(db, range.key);
  const scope = await scopeOf(db, "lead_facts", dim.period, range.from, range.to);
  const names = COUNT_COLUMNS.map(([c]) => sql.ref(c));
  const parts = scope.rows.map(
    ([a, b]) =>
      sql`select ${dim.key} as k, ${sql.join(COUNT_COLUMNS.map(([c, e]) => sql`${e} as ${sql.ref(c)}`))}
      ${factsBetween(dim, a, b)} group by 1`,
  );
  if (scope.rolled)
    for (const { where } of rolledSources(dim, scope.rolled, range.periodOf))
      parts.push(sql`select ${dim.rolledKey} as k, ${sql.join(names)} from report_counts ${where}`);
  const { rows } = await sql<Record<string, unknown>>`
    select k, ${sql.join(COUNT_COLUMNS.map(([c]) => sql`sum(${sql.ref(c)}) as ${sql.ref(c)}`))}
    from (${sql.join(parts, sql` union all `)}) t group by k`.execute(db);
  const n = (r: Record<string, unknown>, c: string) => Number(r[c] ?? 0);
  return rows
    .filter((r) => n(r, "received") > 0)
    .map((r) => ({
      key: keyOf(range.key, r["k"]),
      received: n(r, "received"),
      assigned: n(r, "assigned"),
      accepted: n(r, "accepted"),
      contacted: n(r, "contacted"),
      qualified: n(r, "qualified"),
      won: n(r, "won"),
      lost: n(r, "lost"),
      returned: n(r, "returned"),
      unassigned: n(r, "unassigned"),
      funnel: {
        assigned: n(r, "assigned"),
        accepted: n(r, "f_accepted"),
        contacted: n(r, "f_contacted"),
        qualified: n(r, "f_qualified"),
        won: n(r, "f_won"),
      },
      revenueCents: n(r, "revenue_cents"),
      costCents: n(r, "cost_cents"),
      salesCents: n(r, "sales_cents"),
      creditedCents: n(r, "credited_cents"),
    }));
}
