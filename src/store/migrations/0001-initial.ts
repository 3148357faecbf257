import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("categories")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("dedupe", "text", (c) => c.notNull())
    .addColumn("unknown_fields", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sources")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull().references("categories.key"))
    .addColumn("intake_key", "text", (c) => c.notNull().unique())
    .addColumn("cost_per_lead_cents", "bigint", (c) => c.notNull())
    .addColumn("attributes", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("recipient", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_used_at", "bigint")
    .addColumn("revoked_at", "bigint")
    .execute();

  await db.schema
    .createTable("leads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("category", "text", (c) => c.notNull().references("categories.key"))
    .addColumn("source", "text", (c) => c.notNull().references("sources.key"))
    .addColumn("first_name", "text")
    .addColumn("last_name", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("address", "text")
    .addColumn("city", "text")
    .addColumn("state", "text")
    .addColumn("zip", "text")
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("lat", "double precision")
    .addColumn("lon", "double precision")
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("consent", "text")
    .addColumn("attribution", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("priority", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("cost_cents", "bigint", (c) => c.notNull())
    .addColumn("revenue_cents", "bigint", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("leads_category_id").on("leads").columns(["category", "id"]).execute();
  await db.schema.createIndex("leads_source_id").on("leads").columns(["source", "id"]).execute();
  await db.schema.createIndex("leads_created_at").on("leads").column("created_at").execute();
  await db.schema.createIndex("leads_state").on("leads").column("state").execute();
  await db.schema.createIndex("leads_stage").on("leads").column("stage").execute();

  await db.schema
    .createTable("lead_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("actor", "text")
    .addColumn("data", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("lead_events_lead").on("lead_events").columns(["lead_id", "id"]).execute();

  await db.schema
    .createTable("dedupe_keys")
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("lead_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("dedupe_keys_pk", ["category", "kind", "value"])
    .execute();

  await db.schema
    .createTable("assignments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("assignments_lead").on("assignments").column("lead_id").execute();
  await db.schema
    .createIndex("assignments_recipient")
    .on("assignments")
    .columns(["recipient", "lead_id"])
    .execute();
}
