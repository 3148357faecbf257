import { sql, SqliteAdapter, type Kysely } from "kysely";

/** Rollup rows of no grouping per `period` (dim `dim`), summed from the quarter-hour rows (dim ""). */
export async function rollUpQuarters(db: Kysely<unknown>, dim: string, period: number): Promise<void> {
  const at = sql`at / ${sql.lit(period)} * ${sql.lit(period)}`;
  // Every count column of report_counts, as the database has them.
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const { rows } = sqlite
    ? await sql<{ name: string }>`select name from pragma_table_info('report_counts')`.execute(db)
    : await sql<{ name: string }>`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = 'report_counts'`.execute(db);
  const counts = rows
    .map((c) => c.name)
    .filter((c) => !["at", "dim", "value"].includes(c))
    .map((c) => sql.ref(c));
  await sql`insert into report_counts (at, dim, value, ${sql.join(counts)})
    select ${at}, ${dim}, null, ${sql.join(counts.map((c) => sql`sum(${c})`))}
    from report_counts where dim = '' group by 1`.execute(db);
  await sql`insert into report_reasons (at, dim, value, kind, reason, n)
    select ${at}, ${dim}, null, kind, reason, sum(n) from report_reasons where dim = ''
    group by 1, kind, reason`.execute(db);
  await sql`insert into report_speed (at, dim, value, bucket, n)
    select ${at}, ${dim}, null, bucket, sum(n) from report_speed where dim = ''
    group by 1, bucket`.execute(db);
}

/**
 * Hour rollups (dim `hour`) beside the quarter-hour ones: a report by period in a time zone
 * of whole-hour offsets reads an hour's row, or a UTC day's, in place of its four (or 96)
 * quarters'. Built here from the quarter rows; a quarter rebuilt later rebuilds its hour too.
 * And indexes that hold what the reports read whole, so they read no table rows: intake's
 * duplicate and refusal counts, and the exact seconds of speed to lead and of recipients'
 * answers with every column a report groups them by (these replace 0027's narrower two; a row
 * joins them when it is contacted or answered, not when a lead arrives).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rollUpQuarters(db, "hour", 3_600_000);
  await sql`create index intake_counts_whole on intake_counts (quarter, category, source, kind, n)`.execute(
    db,
  );
  await sql`drop index lead_facts_contact_seconds`.execute(db);
  await sql`create index lead_facts_contact_whole on lead_facts (((contact_at - created_at) / 1000), created_at,
    contact_at, category, source, state, recipient, campaign, utm_source, utm_medium)
    where contact_at is not null`.execute(db);
  await sql`drop index assignments_response_seconds`.execute(db);
  await sql`create index assignments_response_whole on assignments (((responded_at - created_at) / 1000),
    created_at, responded_at, recipient) where responded_at is not null`.execute(db);
}
