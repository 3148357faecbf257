import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Where each lead's calling stands: its tries, the next one due, and why the cadence ended.
  await db.schema
    .createTable("lead_calls")
    .addColumn("lead_id", "text", (c) => c.primaryKey())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("day", "text")
    .addColumn("attempts_that_day", "integer", (c) => c.notNull())
    .addColumn("next_at", "bigint")
    .addColumn("ended", "text")
    .addColumn("last_outcome", "text")
    .addColumn("last_call_at", "bigint")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  // How a category's leads are called (hours where the lead is, tries, days, tries a day).
  await db.schema
    .createTable("category_calling")
    .addColumn("category", "text", (c) => c.primaryKey())
    .addColumn("settings", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  // Addresses and numbers nobody may email or call, whoever holds the lead.
  await db.schema
    .createTable("suppressions")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("suppressions_pk", ["kind", "value"])
    .execute();
}
