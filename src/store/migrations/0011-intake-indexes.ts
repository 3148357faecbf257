import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every lead written touches each of its table's indexes. An index on the US state alone
  // takes a new lead into one of fifty places, so a group commit of fifty leads rewrites up to
  // fifty of its pages, more than the lead rows themselves. Lists filtered by state read the
  // newest leads first and stop at a page, which the id order serves without it.
  await db.schema.dropIndex("leads_state").execute();
}
