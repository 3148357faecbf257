import { sql, SqliteAdapter, type Kysely } from "kysely";

const HELD = `('accepted', 'claimed', 'delivered', 'returned')`;
const TAKEN = `('accepted', 'claimed', 'assigned')`;

/** What a lead's buyers pay (a sold outcome's amount replaces the price), and what returns credit (as 0026). */
const sales = (lead: string) => `coalesce((select sum(coalesce((select o.amount_cents from lead_outcomes o
    where o.lead_id = a.lead_id and o.recipient = a.recipient and o.outcome = 'sold'), a.price_cents, 0))
  from assignments a where a.lead_id = ${lead} and a.status in ${HELD}), 0)
  + coalesce((select sum(o.amount_cents) from lead_outcomes o
    where o.lead_id = ${lead} and o.recipient = '' and o.outcome = 'sold'), 0)`;
const credited = (lead: string) => `coalesce((select sum(coalesce(a.price_cents, 0)) from assignments a
  where a.lead_id = ${lead} and a.status = 'returned'), 0)`;

/**
 * The facts a routed lead's rows write cost less. On SQLite a new assignment updates its lead's
 * facts once, where it took two updates when the recipient held it. On PostgreSQL the facts
 * that intake's inserts keep (0026's triggers on inserted leads, assignments and taken events)
 * are kept by statement-level triggers over the statement's inserted rows: one set-based
 * statement per insert statement in place of a PL/pgSQL call and a statement per row. The facts
 * they write are the same, so the stored facts stay as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`drop trigger lead_facts_assignment_in`.execute(db);
    await sql`drop trigger lead_facts_assignment_sold_in`.execute(db);
    await sql
      .raw(
        `create trigger lead_facts_assignment_in after insert on assignments for each row
        begin
          update lead_facts set
            assigned_at = case when assigned_at is null or assigned_at > NEW.created_at
              then NEW.created_at else assigned_at end,
            recipient = case when recipient is null and NEW.status in ${HELD} then NEW.recipient else recipient end,
            sales_cents = case when NEW.status in ${HELD} then ${sales("NEW.lead_id")} else sales_cents end,
            credited_cents = case when NEW.status in ${HELD} then ${credited("NEW.lead_id")} else credited_cents end
          where lead_id = NEW.lead_id;
        end`,
      )
      .execute(db);
    return;
  }

  const replaced = [
    { name: "lead_facts_lead_in", on: "leads" },
    { name: "lead_facts_assignment_in", on: "assignments" },
    { name: "lead_facts_assignment_sold_in", on: "assignments" },
    { name: "lead_facts_taken", on: "lead_events" },
  ];
  for (const t of replaced) {
    await sql.raw(`drop trigger ${t.name} on ${t.on}`).execute(db);
    await sql.raw(`drop function ${t.name}()`).execute(db);
  }
  const json = (key: string) => `(n.attribution::jsonb ->> '${key}')`;
  const triggers = [
    {
      name: "lead_facts_lead_in",
      on: "leads",
      // A lead and its first events are stored in one statement, whose statement triggers run
      // in no set order: the events' may come first, when the lead had no facts to update.
      body: `insert into lead_facts (lead_id, created_at, category, source, state, status, campaign, utm_source,
          utm_medium, cost_cents, revenue_cents, accepted_at)
        select n.id, n.created_at, n.category, n.source, n.state, n.status,
          ${json("utmCampaign")}, ${json("utmSource")}, ${json("utmMedium")}, n.cost_cents, n.revenue_cents,
          (select min(e.at) from lead_events e where e.lead_id = n.id and e.type in ${TAKEN})
        from inserted n`,
    },
    {
      name: "lead_facts_assignment_in",
      on: "assignments",
      // The first recipient to hold the lead is its earliest held assignment (as 0026's update).
      body: `update lead_facts f set
          assigned_at = least(f.assigned_at, n.assigned_at),
          recipient = coalesce(f.recipient, n.holder),
          sales_cents = case when n.held then ${sales("f.lead_id")} else f.sales_cents end,
          credited_cents = case when n.held then ${credited("f.lead_id")} else f.credited_cents end
        from (select lead_id, min(created_at) as assigned_at,
            (array_agg(recipient order by created_at, id) filter (where status in ${HELD}))[1] as holder,
            bool_or(status in ${HELD}) as held
          from inserted group by lead_id) n
        where f.lead_id = n.lead_id`,
    },
    {
      name: "lead_facts_taken",
      on: "lead_events",
      body: `update lead_facts f set accepted_at = least(f.accepted_at, n.at)
        from (select lead_id, min(at) as at from inserted where type in ${TAKEN} group by lead_id) n
        where f.lead_id = n.lead_id`,
    },
  ];
  for (const t of triggers) {
    await sql
      .raw(
        `create function ${t.name}() returns trigger language plpgsql as $fn$
        begin ${t.body}; return null; end $fn$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${t.name} after insert on ${t.on} referencing new table as inserted
        for each statement execute function ${t.name}()`,
      )
      .execute(db);
  }
}
