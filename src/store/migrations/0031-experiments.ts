import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // An experiment splits a category's new leads between plan versions (`arms`: JSON of each arm's
  // name, plan version, tiers and share). At most one runs per category: the routing configuration
  // carries it.
  await db.schema
    .createTable("experiments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parent", "text")
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("alpha", "real", (c) => c.notNull())
    .addColumn("arms", "text", (c) => c.notNull())
    .addColumn("auto", "text")
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("ends_at", "bigint")
    .addColumn("max_leads", "integer")
    .addColumn("leads", "integer", (c) => c.notNull())
    .addColumn("promoted_arm", "integer")
    .addColumn("retest", "text")
    .addColumn("ended_at", "bigint")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("experiments_category")
    .on("experiments")
    .columns(["category", "status"])
    .execute();

  // Which arm each lead of an experiment fell in, written with its routing decision.
  await db.schema
    .createTable("experiment_leads")
    .addColumn("experiment_id", "text", (c) => c.notNull())
    .addColumn("lead_id", "text", (c) => c.notNull())
    .addColumn("arm", "integer", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("experiment_leads_pk", ["experiment_id", "lead_id"])
    .execute();
}
