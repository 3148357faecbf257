import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // When the scheduler fired the task's due notice: a task fires once, and only while open.
  await db.schema.alterTable("lead_tasks").addColumn("fired_at", "bigint").execute();
  await db.schema
    .createIndex("lead_tasks_due")
    .on("lead_tasks")
    .columns(["completed_at", "fired_at", "due_at"])
    .execute();

  // What a delivery carries: the lead to the recipient that holds it (`lead`), or a notice to
  // the recipient through the same channel: an offer to answer (`offer`), a task due (`task`).
  await db.schema
    .alterTable("deliveries")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("lead"))
    .execute();
  await db.schema.alterTable("deliveries").addColumn("task_id", "text").execute();
}
