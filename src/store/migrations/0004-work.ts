import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // How a category's leads are worked: its stage list, whether returns are routed again, and
  // its behavioral scoring rules. No row: the defaults.
  await db.schema
    .createTable("category_work")
    .addColumn("category", "text", (c) => c.primaryKey().references("categories.key"))
    .addColumn("stages", "text")
    .addColumn("reroute_returns", "integer", (c) => c.notNull())
    .addColumn("behavior", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  // What working a lead adds to it, kept beside the lead so intake's row stays as it is.
  await db.schema
    .createTable("lead_work")
    .addColumn("lead_id", "text", (c) => c.primaryKey().references("leads.id"))
    .addColumn("field_score", "integer")
    .addColumn("first_contact_at", "bigint")
    .addColumn("outcome", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("lead_tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("recipient", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("due_at", "bigint", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("completed_at", "bigint")
    .addColumn("completed_by", "text")
    .execute();
  await db.schema.createIndex("lead_tasks_lead").on("lead_tasks").column("lead_id").execute();
  await db.schema
    .createIndex("lead_tasks_open")
    .on("lead_tasks")
    .columns(["recipient", "completed_at", "due_at"])
    .execute();

  await db.schema
    .createTable("lead_returns")
    .addColumn("assignment", "text", (c) => c.primaryKey())
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("lead_returns_recipient")
    .on("lead_returns")
    .columns(["recipient", "at"])
    .execute();

  await db.schema
    .createTable("return_policies")
    .addColumn("recipient", "text", (c) => c.primaryKey().references("recipients.key"))
    .addColumn("window_days", "integer", (c) => c.notNull())
    .addColumn("monthly_cap", "integer")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
}
