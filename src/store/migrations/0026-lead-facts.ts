import { sql, SqliteAdapter, type Kysely } from "kysely";

/**
 * One row per lead with what the reports count (`lead_facts`), and the intake's duplicates and
 * refusals per quarter hour, source and category (`intake_counts`). Triggers keep both in step
 * with the tables they sum, in the transaction that changes those, so reports read one narrow
 * table and agree with intake exactly. Each trigger touches one row by its key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const json = (column: string, key: string) =>
    sqlite ? `json_extract(${column}, '$.${key}')` : `(${column}::jsonb ->> '${key}')`;
  const changed = (a: string, b: string) => (sqlite ? `${a} is not ${b}` : `${a} is distinct from ${b}`);

  await db.schema
    .createTable("lead_facts")
    .addColumn("lead_id", "text", (c) => c.primaryKey())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("state", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("campaign", "text")
    .addColumn("utm_source", "text")
    .addColumn("utm_medium", "text")
    .addColumn("cost_cents", "bigint", (c) => c.notNull().defaultTo(0))
    // The first recipient that took the lead (accepted, claimed, was sent or assigned it).
    .addColumn("recipient", "text")
    .addColumn("assigned_at", "bigint")
    .addColumn("accepted_at", "bigint")
    .addColumn("contact_at", "bigint")
    .addColumn("qualified", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("outcome", "text")
    // The reason given with the lead's last stage change (a lost lead's reason when it is lost).
    .addColumn("lost_reason", "text")
    .addColumn("revenue_cents", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("sales_cents", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("credited_cents", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("return_reason", "text")
    .addColumn("sold", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("bad_reason", "text")
    .execute();
  await db.schema.createIndex("lead_facts_created_at").on("lead_facts").column("created_at").execute();

  // Reports per recipient read the offers and assignments made in a period.
  await db.schema.createIndex("assignments_created_at").on("assignments").column("created_at").execute();

  await db.schema
    .createTable("intake_counts")
    .addColumn("quarter", "bigint", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("n", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("intake_counts_pk", ["quarter", "category", "source", "kind"])
    .execute();

  // What a lead's buyers pay (a sold outcome's amount replaces the price), and what returns credit.
  const money = (lead: string) => `
    sales_cents = coalesce((select sum(coalesce((select o.amount_cents from lead_outcomes o
        where o.lead_id = a.lead_id and o.recipient = a.recipient and o.outcome = 'sold'), a.price_cents, 0))
      from assignments a where a.lead_id = ${lead} and a.status in ('accepted', 'claimed', 'delivered', 'returned')), 0)
      + coalesce((select sum(o.amount_cents) from lead_outcomes o
        where o.lead_id = ${lead} and o.recipient = '' and o.outcome = 'sold'), 0),
    credited_cents = coalesce((select sum(coalesce(a.price_cents, 0)) from assignments a
      where a.lead_id = ${lead} and a.status = 'returned'), 0)`;
  const HELD = `('accepted', 'claimed', 'delivered', 'returned')`;
  const firstHolder = (lead: string) =>
    `recipient = coalesce(recipient, (select a.recipient from assignments a
      where a.lead_id = ${lead} and a.status in ${HELD} order by a.created_at, a.id limit 1))`;
  const earliest = (column: string, at: string) =>
    `${column} = case when ${column} is null or ${column} > ${at} then ${at} else ${column} end`;

  // PostgreSQL stores a lead and its first events in one statement, whose triggers run in no set
  // order: the lead's may come last, when its first "assigned" event could not find its facts.
  const acceptedAtIntake = sqlite
    ? "null"
    : `(select min(e.at) from lead_events e where e.lead_id = NEW.id and e.type in ('accepted', 'claimed', 'assigned'))`;
  const triggers: { name: string; on: string; when: "insert" | "update"; if?: string; body: string[] }[] = [
    {
      name: "lead_facts_lead_in",
      on: "leads",
      when: "insert",
      body: [
        `insert into lead_facts (lead_id, created_at, category, source, state, status, campaign, utm_source,
          utm_medium, cost_cents, revenue_cents, accepted_at)
        values (NEW.id, NEW.created_at, NEW.category, NEW.source, NEW.state, NEW.status,
          ${json("NEW.attribution", "utmCampaign")}, ${json("NEW.attribution", "utmSource")},
          ${json("NEW.attribution", "utmMedium")}, NEW.cost_cents, NEW.revenue_cents, ${acceptedAtIntake})`,
      ],
    },
    {
      name: "lead_facts_lead_up",
      on: "leads",
      when: "update",
      if: ["status", "state", "cost_cents", "revenue_cents", "category", "source", "created_at"]
        .map((c) => changed(`OLD.${c}`, `NEW.${c}`))
        .join(" or "),
      body: [
        `update lead_facts set status = NEW.status, state = NEW.state, cost_cents = NEW.cost_cents,
          revenue_cents = NEW.revenue_cents, category = NEW.category, source = NEW.source,
          created_at = NEW.created_at
        where lead_id = NEW.id`,
      ],
    },
    {
      name: "lead_facts_assignment_in",
      on: "assignments",
      when: "insert",
      body: [
        `update lead_facts set ${earliest("assigned_at", "NEW.created_at")},
          recipient = case when recipient is null and NEW.status in ${HELD} then NEW.recipient else recipient end
        where lead_id = NEW.lead_id`,
      ],
    },
    {
      name: "lead_facts_assignment_sold_in",
      on: "assignments",
      when: "insert",
      if: `NEW.status in ${HELD}`,
      body: [`update lead_facts set ${money("NEW.lead_id")} where lead_id = NEW.lead_id`],
    },
    {
      name: "lead_facts_assignment_up",
      on: "assignments",
      when: "update",
      if: `${changed("OLD.status", "NEW.status")} or ${changed("OLD.price_cents", "NEW.price_cents")}`,
      body: [
        `update lead_facts set ${firstHolder("NEW.lead_id")}, ${money("NEW.lead_id")} where lead_id = NEW.lead_id`,
      ],
    },
    {
      name: "lead_facts_taken",
      on: "lead_events",
      when: "insert",
      if: `NEW.type in ('accepted', 'claimed', 'assigned')`,
      body: [`update lead_facts set ${earliest("accepted_at", "NEW.at")} where lead_id = NEW.lead_id`],
    },
    {
      name: "lead_facts_stage",
      on: "lead_events",
      when: "insert",
      if: `NEW.type = 'stage_changed'`,
      body: [
        `update lead_facts set
          qualified = case when ${json("NEW.data", "to")} = 'qualified' then 1 else qualified end,
          lost_reason = ${json("NEW.data", "reason")}
        where lead_id = NEW.lead_id`,
      ],
    },
    {
      name: "lead_facts_duplicate",
      on: "lead_events",
      when: "insert",
      if: `NEW.type = 'duplicate'`,
      body: [
        `insert into intake_counts (quarter, category, source, kind, n)
        select NEW.at / 900000, l.category, coalesce(${json("NEW.data", "source")}, l.source), 'duplicate', 1
        from leads l where l.id = NEW.lead_id
        on conflict (quarter, category, source, kind) do update set n = intake_counts.n + 1`,
      ],
    },
    ...(["insert", "update"] as const).map((when) => ({
      name: `lead_facts_work_${when === "insert" ? "in" : "up"}`,
      on: "lead_work",
      when,
      ...(when === "update"
        ? {
            if: `${changed("OLD.first_contact_at", "NEW.first_contact_at")} or ${changed("OLD.outcome", "NEW.outcome")}`,
          }
        : {}),
      body: [
        `update lead_facts set contact_at = NEW.first_contact_at, outcome = NEW.outcome where lead_id = NEW.lead_id`,
      ],
    })),
    {
      name: "lead_facts_return",
      on: "lead_returns",
      when: "insert",
      body: [`update lead_facts set return_reason = NEW.reason where lead_id = NEW.lead_id`],
    },
    ...(["insert", "update"] as const).map((when) => ({
      name: `lead_facts_outcome_${when === "insert" ? "in" : "up"}`,
      on: "lead_outcomes",
      when,
      if: `NEW.outcome in ('sold', 'bad')`,
      body: [
        `update lead_facts set
          sold = case when NEW.outcome = 'sold' then 1 else sold end,
          bad_reason = case when NEW.outcome = 'bad' then coalesce(NEW.reason, '') else bad_reason end,
          ${money("NEW.lead_id")}
        where lead_id = NEW.lead_id`,
      ],
    })),
  ];

  for (const t of triggers) {
    const when = t.if ? `when (${t.if})` : "";
    if (sqlite) {
      await sql
        .raw(
          `create trigger ${t.name} after ${t.when} on ${t.on} for each row ${when}
          begin ${t.body.map((s) => `${s};`).join("\n")} end`,
        )
        .execute(db);
    } else {
      await sql
        .raw(
          `create function ${t.name}() returns trigger language plpgsql as $fn$
          begin ${t.body.map((s) => `${s};`).join("\n")} return null; end $fn$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${t.name} after ${t.when} on ${t.on} for each row ${when} execute function ${t.name}()`,
        )
        .execute(db);
    }
  }

  // The leads stored before: their facts, as the triggers would have kept them.
  await sql
    .raw(
      `insert into lead_facts (lead_id, created_at, category, source, state, status, campaign, utm_source,
        utm_medium, cost_cents, revenue_cents)
      select id, created_at, category, source, state, status, ${json("attribution", "utmCampaign")},
        ${json("attribution", "utmSource")}, ${json("attribution", "utmMedium")}, cost_cents, revenue_cents
      from leads`,
    )
    .execute(db);
  await sql
    .raw(
      `update lead_facts set
        assigned_at = (select min(a.created_at) from assignments a where a.lead_id = lead_facts.lead_id),
        ${firstHolder("lead_facts.lead_id")},
        accepted_at = (select min(e.at) from lead_events e
          where e.lead_id = lead_facts.lead_id and e.type in ('accepted', 'claimed', 'assigned')),
        contact_at = (select w.first_contact_at from lead_work w where w.lead_id = lead_facts.lead_id),
        outcome = (select w.outcome from lead_work w where w.lead_id = lead_facts.lead_id),
        qualified = case when exists (select 1 from lead_events e where e.lead_id = lead_facts.lead_id
          and e.type = 'stage_changed' and ${json("e.data", "to")} = 'qualified') then 1 else 0 end,
        lost_reason = (select ${json("e.data", "reason")} from lead_events e where e.lead_id = lead_facts.lead_id
          and e.type = 'stage_changed' order by e.at desc, e.id desc limit 1),
        return_reason = (select r.reason from lead_returns r where r.lead_id = lead_facts.lead_id
          order by r.at desc limit 1),
        sold = case when exists (select 1 from lead_outcomes o where o.lead_id = lead_facts.lead_id
          and o.outcome = 'sold') then 1 else 0 end,
        bad_reason = (select coalesce(o.reason, '') from lead_outcomes o where o.lead_id = lead_facts.lead_id
          and o.outcome = 'bad' order by o.at desc limit 1),
        ${money("lead_facts.lead_id")}`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into intake_counts (quarter, category, source, kind, n)
      select e.at / 900000, l.category, coalesce(${json("e.data", "source")}, l.source), 'duplicate', count(*)
      from lead_events e join leads l on l.id = e.lead_id where e.type = 'duplicate'
      group by e.at / 900000, l.category, coalesce(${json("e.data", "source")}, l.source)`,
    )
    .execute(db);
}
