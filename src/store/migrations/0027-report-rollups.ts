import { sql, SqliteAdapter, type Kysely } from "kysely";

/**
 * Rollups the reports read in place of a million facts rows: counts and money, reasons and
 * speed-to-lead histograms per quarter hour (no grouping, for periods in any time zone) and per
 * UTC day and grouping column (source, category, state, …, and enum fields). They are rebuilt
 * for the periods whose facts changed, which intake marks at no cost: a facts row is born
 * `rolled = 0`, and one rolled up goes back to 0 when it changes. A report reads the rollups of
 * clean periods and the facts of the rest, so it always agrees with the facts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await sql`alter table lead_facts add column rolled integer not null default 0`.execute(db);
  await sql`create index lead_facts_unrolled on lead_facts (created_at) where rolled = 0`.execute(db);
  // Speed to lead's exact seconds, for the few leads a percentile's histogram bucket holds.
  await sql`create index lead_facts_contact_seconds on lead_facts (((contact_at - created_at) / 1000), created_at)
    where contact_at is not null`.execute(db);
  await sql`alter table assignments add column rolled integer not null default 0`.execute(db);
  await sql`create index assignments_unrolled on assignments (created_at) where rolled = 0`.execute(db);
  await sql`create index assignments_response_seconds on assignments (((responded_at - created_at) / 1000), created_at)
    where responded_at is not null`.execute(db);

  const rollup = (name: string, columns: string[]) =>
    sql
      .raw(
        `create table ${name} (at bigint not null, dim text not null, value text, ${columns
          .map((c) => `${c} bigint not null`)
          .join(", ")})`,
      )
      .execute(db);
  await rollup("report_counts", [
    "received",
    "assigned",
    "accepted",
    "contacted",
    "qualified",
    "won",
    "lost",
    "returned",
    "unassigned",
    "f_accepted",
    "f_contacted",
    "f_qualified",
    "f_won",
    "revenue_cents",
    "cost_cents",
    "sales_cents",
    "credited_cents",
  ]);
  await sql`create table report_reasons (at bigint not null, dim text not null, value text,
    kind text not null, reason text, n bigint not null)`.execute(db);
  // Histograms of whole seconds by bucket (report-math's SPEED_BUCKETS); a null bucket: not contacted.
  await sql`create table report_speed (at bigint not null, dim text not null, value text, bucket bigint,
    n bigint not null)`.execute(db);
  await rollup("report_recipients", ["offered", "taken"]);
  await rollup("report_responses", ["bucket", "n"]);
  for (const t of [
    "report_counts",
    "report_reasons",
    "report_speed",
    "report_recipients",
    "report_responses",
  ])
    await sql.raw(`create index ${t}_dim_at on ${t} (dim, at)`).execute(db);
  // Quarter hours a lead left (its receipt time changed): their rollups hold it still.
  await sql`create table report_stale (quarter bigint primary key, n bigint not null)`.execute(db);
  // The enum fields the rollups hold for every period rolled up.
  await sql`create table report_dims (dim text primary key)`.execute(db);

  const triggers = [
    {
      name: "report_facts_changed",
      on: "lead_facts",
      if: "OLD.rolled = 1 and NEW.rolled = 1",
      body: "update lead_facts set rolled = 0 where lead_id = NEW.lead_id",
    },
    {
      name: "report_facts_moved",
      on: "lead_facts",
      if: "OLD.created_at / 900000 <> NEW.created_at / 900000",
      body: `insert into report_stale (quarter, n) values (OLD.created_at / 900000, 1)
        on conflict (quarter) do update set n = report_stale.n + 1`,
    },
    {
      name: "report_assignment_changed",
      on: "assignments",
      if: "OLD.rolled = 1 and NEW.rolled = 1",
      body: "update assignments set rolled = 0 where id = NEW.id",
    },
  ];
  for (const t of triggers) {
    if (sqlite) {
      await sql
        .raw(
          `create trigger ${t.name} after update on ${t.on} for each row when (${t.if}) begin ${t.body}; end`,
        )
        .execute(db);
    } else {
      await sql
        .raw(
          `create function ${t.name}() returns trigger language plpgsql as $fn$
          begin ${t.body}; return null; end $fn$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${t.name} after update on ${t.on} for each row when (${t.if}) execute function ${t.name}()`,
        )
        .execute(db);
    }
  }
}
