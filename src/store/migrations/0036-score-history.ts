import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Each change of a lead's score after intake (intake's own is on its `received` event): the
  // new score and band, and what changed it (a behavioral event, decay crossing a band).
  await db.schema
    .createTable("lead_score_history")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("lead_id", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("band", "text", (c) => c.notNull())
    .addColumn("cause", "text", (c) => c.notNull())
    .addColumn("event_id", "text")
    .addColumn("event_type", "text")
    .execute();
  await db.schema
    .createIndex("lead_score_history_lead")
    .on("lead_score_history")
    .columns(["lead_id", "at"])
    .execute();

  // When a lead's decaying score next crosses into another band: one due row per lead whose
  // score still decays, so the band timer reads only the leads whose band is about to change.
  await db.schema
    .createTable("lead_band_due")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("due_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("lead_band_due_at").on("lead_band_due").column("due_at").execute();
}
