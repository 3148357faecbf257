import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A source's auto-pause rule (JSON, null without one), why it was last paused by it (JSON, null
  // while it runs), the time from which the rule counts leads (moved on at each resume, so a
  // resumed source is not paused again on the evidence it was paused for), and when the pause's
  // email to the admins is due (null once sent, or when none is to be sent).
  await db.schema.alterTable("sources").addColumn("auto_pause", "text").execute();
  await db.schema.alterTable("sources").addColumn("paused", "text").execute();
  await db.schema
    .alterTable("sources")
    .addColumn("auto_pause_since", "bigint", (c) => c.notNull().defaultTo(sql`0`))
    .execute();
  await db.schema.alterTable("sources").addColumn("pause_alert_due", "bigint").execute();
}
