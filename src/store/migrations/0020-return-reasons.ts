import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The reasons a recipient may give when it returns a lead, as a JSON array; null: any reason.
  await db.schema.alterTable("return_policies").addColumn("reasons", "text").execute();
}
