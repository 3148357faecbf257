import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A recipient's pool is read best first (score, then oldest): with the order kept beside the
  // posting, a page is read off an index instead of sorting every lead in the recipient's pool.
  await db.schema
    .alterTable("pool_recipients")
    .addColumn("score", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("pool_recipients")
    .addColumn("created_at", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update pool_recipients set
      score = (select score from leads where leads.id = pool_recipients.lead_id),
      created_at = (select created_at from leads where leads.id = pool_recipients.lead_id)`.execute(db);
  await sql`create index pool_recipients_order on pool_recipients (recipient, score desc, created_at)`.execute(
    db,
  );
}
