import { sql, SqliteAdapter, type Kysely } from "kysely";

const HELD = `('accepted', 'claimed', 'delivered', 'returned')`;
const TAKEN = `('accepted', 'claimed', 'assigned')`;
/** The events routing writes for each assignment it makes, at the assignment's own time. */
const ASSIGNED = `('offered', 'assigned')`;

/** What a lead's buyers pay and what returns credit (as 0026 and 0041). */
const sales = (lead: string) => `coalesce((select sum(coalesce((select o.amount_cents from lead_outcomes o
    where o.lead_id = a.lead_id and o.recipient = a.recipient and o.outcome = 'sold'), a.price_cents, 0))
  from assignments a where a.lead_id = ${lead} and a.status in ${HELD}), 0)
  + coalesce((select sum(o.amount_cents) from lead_outcomes o
    where o.lead_id = ${lead} and o.recipient = '' and o.outcome = 'sold'), 0)`;
const credited = (lead: string) => `coalesce((select sum(coalesce(a.price_cents, 0)) from assignments a
  where a.lead_id = ${lead} and a.status = 'returned'), 0)`;

/**
 * A routed lead's rows cost the database less.
 *
 * The timers' indexes of leads hold only the leads they wait for: the retry timer's the
 * unassigned leads, the pool timer's the pooled ones. Most leads are offered or assigned and
 * need no entry in either. Their queries name the status (`status = ?`), which both engines
 * match against the index's condition with the value bound.
 *
 * On PostgreSQL, intake stores a routed lead's facts once, fully formed. Intake stores a batch's
 * leads with their events in one statement and the assignments after it; the lead's facts took
 * its first assignment's time from the assignments' statement, an update of every routed lead's
 * facts row (a new row version and its index entries). Routing records each assignment it makes
 * with an `offered` or `assigned` event at the assignment's own time, in the leads' statement,
 * so the facts are inserted with that time already, and the statement triggers that follow
 * write only the facts that change: none for a lead offered to recipients, which is most
 * routed leads. A lead a recipient holds at once still has its facts updated with the money.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [index, column, status] of [
    ["leads_unassigned_retry", "retry_at", "unassigned"],
    ["leads_pool_due", "pool_until", "pooled"],
  ] as const) {
    await sql.raw(`drop index ${index}`).execute(db);
    await sql
      .raw(`create index ${index} on leads (status, ${column}) where status = '${status}'`)
      .execute(db);
  }
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;

  const json = (key: string) => `(n.attribution::jsonb ->> '${key}')`;
  const bodies = {
    // The lead's statement also stored its first events; its statement triggers run in no set
    // order, so those events' triggers may have found no facts to update.
    lead_facts_lead_in: `insert into lead_facts (lead_id, created_at, category, source, state, status, campaign,
        utm_source, utm_medium, cost_cents, revenue_cents, assigned_at, accepted_at)
      select n.id, n.created_at, n.category, n.source, n.state, n.status,
        ${json("utmCampaign")}, ${json("utmSource")}, ${json("utmMedium")}, n.cost_cents, n.revenue_cents,
        e.assigned_at, e.accepted_at
      from inserted n cross join lateral (select min(e.at) filter (where e.type in ${ASSIGNED}) as assigned_at,
          min(e.at) filter (where e.type in ${TAKEN}) as accepted_at
        from lead_events e where e.lead_id = n.id) e`,
    // As 0041's, leaving alone the facts it would write unchanged.
    lead_facts_assignment_in: `update lead_facts f set
        assigned_at = least(f.assigned_at, n.assigned_at),
        recipient = coalesce(f.recipient, n.holder),
        sales_cents = case when n.held then ${sales("f.lead_id")} else f.sales_cents end,
        credited_cents = case when n.held then ${credited("f.lead_id")} else f.credited_cents end
      from (select lead_id, min(created_at) as assigned_at,
          (array_agg(recipient order by created_at, id) filter (where status in ${HELD}))[1] as holder,
          bool_or(status in ${HELD}) as held
        from inserted group by lead_id) n
      where f.lead_id = n.lead_id and (n.held or f.assigned_at is null or f.assigned_at > n.assigned_at)`,
    lead_facts_taken: `update lead_facts f set accepted_at = least(f.accepted_at, n.at)
      from (select lead_id, min(at) as at from inserted where type in ${TAKEN} group by lead_id) n
      where f.lead_id = n.lead_id and (f.accepted_at is null or f.accepted_at > n.at)`,
  };
  for (const [name, body] of Object.entries(bodies))
    await sql
      .raw(
        `create or replace function ${name}() returns trigger language plpgsql as $fn$
        begin ${body}; return null; end $fn$`,
      )
      .execute(db);
}
