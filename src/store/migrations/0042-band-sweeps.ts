import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A category whose scoring rules or bands changed has its leads marked for the band timer a
  // chunk at a time, in id order, from `after_id` on: saving the rules no longer writes a row
  // for every lead of the category in its own transaction.
  await db.schema
    .createTable("band_sweeps")
    .addColumn("category", "text", (c) => c.primaryKey())
    .addColumn("after_id", "text", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .execute();
}
