import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Leads a minute a source's intake key may post; null takes the server's default.
  await db.schema.alterTable("sources").addColumn("rate_limit_per_minute", "integer").execute();
}
