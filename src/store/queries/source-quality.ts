import { sql } from "kysely";
import type { SourceOutcomeCounts } from "../../domain/source-quality.js";
import { builderOf, type Runner } from "../store.js";

/** Assignments whose recipient kept the lead and pays for it (a returned one is credited). */
const KEPT = sql`('accepted', 'claimed', 'delivered')`;

/**
 * What became of each source's leads created in [from, to): one row per source that has any,
 * summed by the database. A buyer's outcome counts: contacted or sold is a contact, sold is a
 * win (and its amount replaces the price in sales), bad is a return.
 */
export async function sourceOutcomeCounts(
  on: Runner,
  from: number,
  to: number,
): Promise<SourceOutcomeCounts[]> {
  const db = builderOf(on);
  const { rows } = await sql<Record<string, unknown>>`
    select l.source as source, l.category as category, count(*) as leads,
      sum(case when w.first_contact_at is not null or exists (select 1 from lead_outcomes o
        where o.lead_id = l.id and o.outcome in ('contacted', 'sold')) then 1 else 0 end) as contacted,
      sum(case when w.outcome = 'won' or exists (select 1 from lead_outcomes o
        where o.lead_id = l.id and o.outcome = 'sold') then 1 else 0 end) as won,
      sum(case when exists (select 1 from assignments a where a.lead_id = l.id and a.status = 'returned')
        or exists (select 1 from lead_outcomes o where o.lead_id = l.id and o.outcome = 'bad')
        then 1 else 0 end) as returned,
      sum(case when w.outcome = 'won' then l.revenue_cents else 0 end) as revenue_cents,
      sum((select coalesce(sum(coalesce(o.amount_cents, a.price_cents, 0)), 0) from assignments a
        left join lead_outcomes o on o.lead_id = a.lead_id and o.recipient = a.recipient and o.outcome = 'sold'
        where a.lead_id = l.id and a.status in ${KEPT})) as sales_cents,
      sum(l.cost_cents) as cost_cents
    from leads l
    left join lead_work w on w.lead_id = l.id
    where l.created_at >= ${from} and l.created_at < ${to}
    group by l.source, l.category`.execute(db);
  return rows.map((r) => ({
    source: String(r["source"]),
    category: String(r["category"]),
    leads: Number(r["leads"]),
    contacted: Number(r["contacted"] ?? 0),
    won: Number(r["won"] ?? 0),
    returned: Number(r["returned"] ?? 0),
    revenueCents: Number(r["revenue_cents"] ?? 0),
    salesCents: Number(r["sales_cents"] ?? 0),
    costCents: Number(r["cost_cents"] ?? 0),
  }));
}

/** Of a source's last `n` leads created after `since`: how many, and how many were returned or bad. */
export async function recentReturns(
  on: Runner,
  source: string,
  n: number,
  since: number,
): Promise<{ leads: number; returned: number }> {
  const db = builderOf(on);
  const { rows } = await sql<Record<string, unknown>>`
    select count(*) as leads,
      sum(case when exists (select 1 from assignments a where a.lead_id = r.id and a.status = 'returned')
        or exists (select 1 from lead_outcomes o where o.lead_id = r.id and o.outcome = 'bad')
        then 1 else 0 end) as returned
    from (select l.id from leads l where l.source = ${source} and l.created_at >= ${since}
      order by l.id desc limit ${n}) r`.execute(db);
  const row = rows[0] ?? {};
  return { leads: Number(row["leads"] ?? 0), returned: Number(row["returned"] ?? 0) };
}
