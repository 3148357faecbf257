import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("recipients")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("config", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("recipient_categories")
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull().references("recipients.key"))
    .addPrimaryKeyConstraint("recipient_categories_pk", ["category", "recipient"])
    .execute();

  await db.schema
    .createTable("plans")
    .addColumn("category", "text", (c) => c.notNull().references("categories.key"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("tiers", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addPrimaryKeyConstraint("plans_pk", ["category", "version"])
    .execute();

  // One row per category, locked by every routing decision in it: the rotation sequence, the
  // live plan version, and a configuration version that tells processes to reload recipients.
  await db.schema
    .createTable("routing_heads")
    .addColumn("category", "text", (c) => c.primaryKey().references("categories.key"))
    .addColumn("plan_version", "integer", (c) => c.notNull())
    .addColumn("config_version", "bigint", (c) => c.notNull())
    .addColumn("sequence", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("rotation")
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("last_served", "bigint", (c) => c.notNull())
    .addColumn("current_weight", "double precision", (c) => c.notNull())
    .addPrimaryKeyConstraint("rotation_pk", ["category", "recipient"])
    .execute();

  await db.schema
    .createTable("recipient_counters")
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("window", "text", (c) => c.notNull())
    .addColumn("assignments", "bigint", (c) => c.notNull())
    .addColumn("spent_cents", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("recipient_counters_pk", ["recipient", "window"])
    .execute();

  await db.schema
    .createTable("recipient_load")
    .addColumn("recipient", "text", (c) => c.primaryKey())
    .addColumn("open_leads", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable("categories")
    .addColumn("scoring", "text", (c) => c.notNull().defaultTo('{"rules":[],"bands":[]}'))
    .execute();

  await db.schema.alterTable("leads").addColumn("retry_at", "bigint").execute();
  await db.schema.createIndex("leads_unassigned_retry").on("leads").columns(["status", "retry_at"]).execute();

  for (const [name, type] of [
    ["category", "text"],
    ["plan_version", "integer"],
    ["tier", "integer"],
    ["method", "text"],
    ["mode", "text"],
    ["price_cents", "bigint"],
    ["cost_cents", "bigint"],
    ["margin_cents", "bigint"],
    ["trace", "text"],
    ["expires_at", "bigint"],
    ["actor", "text"],
  ] as const) {
    await db.schema.alterTable("assignments").addColumn(name, type).execute();
  }
}
