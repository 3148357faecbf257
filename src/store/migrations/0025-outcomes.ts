import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a lead's holder (or staff on its behalf) said became of it: contacted, sold with an
  // amount, or bad with a reason. One row per lead, recipient and kind of outcome; saying it
  // again replaces the amount or reason. `recipient` is '' when staff spoke for nobody's lead.
  await db.schema
    .createTable("lead_outcomes")
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("amount_cents", "bigint")
    .addColumn("reason", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("lead_outcomes_pk", ["lead_id", "recipient", "outcome"])
    .execute();

  // Secrets the server makes up once and shares with every process on the database (the key that
  // signs postback URLs). Never shown through the API.
  await db.schema
    .createTable("server_secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
}
