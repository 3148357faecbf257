import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("assignments").addColumn("reason", "text").execute();
  await db.schema.alterTable("assignments").addColumn("responded_at", "bigint").execute();
  // The cap windows the assignment consumed, so a rejected or expired offer gives back exactly those.
  await db.schema.alterTable("assignments").addColumn("windows", "text").execute();
  await db.schema
    .createIndex("assignments_due_offers")
    .on("assignments")
    .columns(["status", "expires_at"])
    .execute();

  await db.schema.alterTable("leads").addColumn("tier", "integer").execute();
  await db.schema.alterTable("leads").addColumn("pool_until", "bigint").execute();
  await db.schema.createIndex("leads_pool_due").on("leads").columns(["status", "pool_until"]).execute();

  // Who may claim a pooled lead: the pull tier's eligible recipients when it was posted.
  await db.schema
    .createTable("pool_recipients")
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addPrimaryKeyConstraint("pool_recipients_pk", ["recipient", "lead_id"])
    .execute();
  await db.schema.createIndex("pool_recipients_lead").on("pool_recipients").column("lead_id").execute();
}
