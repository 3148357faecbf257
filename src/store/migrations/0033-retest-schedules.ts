import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A category's re-test schedule: every `every_days` after a re-test ends, hold `share` of new
  // leads back on plan version `against` for `days`, then say whether the live plan still wins.
  // `next_at` is when the next re-test is due; the scheduler moves it on in the same transaction
  // that starts the re-test (a compare-and-set on it), so two processes never start two.
  // `switch_back`: a re-test that finds the held-back plan better makes it live again.
  await db.schema
    .createTable("retest_schedules")
    .addColumn("category", "text", (c) => c.primaryKey())
    .addColumn("every_days", "integer", (c) => c.notNull())
    .addColumn("share", "real", (c) => c.notNull())
    .addColumn("days", "integer", (c) => c.notNull())
    .addColumn("against", "integer", (c) => c.notNull())
    .addColumn("switch_back", "integer", (c) => c.notNull())
    .addColumn("next_at", "bigint", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("retest_schedules_next_at").on("retest_schedules").column("next_at").execute();

  // A re-test that makes its held-back plan live again when that plan turns out better.
  await db.schema
    .alterTable("experiments")
    .addColumn("switch_back", "integer", (c) => c.notNull().defaultTo(sql`0`))
    .execute();

  // A category's default auto-pause rule (JSON, null without one), for its sources without a rule
  // of their own. A source opts out of it with the rule "none".
  await db.schema.alterTable("categories").addColumn("auto_pause", "text").execute();
}
