import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Nurture sequences: the current version's definition (JSON) and every version before it, which
  // enrolments made under it keep running.
  await db.schema
    .createTable("sequences")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("sequence_versions")
    .addColumn("sequence", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("sequence_versions_pk", ["sequence", "version"])
    .execute();

  // A lead's way through a sequence: a due row (`due_at`) while active. `open_key` is set only
  // while active, so a lead is in a sequence at most once at a time.
  await db.schema
    .createTable("sequence_enrolments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("sequence", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("lead_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("step", "integer", (c) => c.notNull())
    .addColumn("due_at", "bigint")
    .addColumn("open_key", "text", (c) => c.unique())
    .addColumn("enrolled_at", "bigint", (c) => c.notNull())
    .addColumn("enrolled_by", "text", (c) => c.notNull())
    .addColumn("ended_at", "bigint")
    .addColumn("exit_reason", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sequence_enrolments_due")
    .on("sequence_enrolments")
    .columns(["status", "due_at"])
    .execute();
  await db.schema
    .createIndex("sequence_enrolments_lead")
    .on("sequence_enrolments")
    .column("lead_id")
    .execute();
  await db.schema
    .createIndex("sequence_enrolments_sequence")
    .on("sequence_enrolments")
    .columns(["sequence", "enrolled_at"])
    .execute();

  // What a step sends (an email, an SMS, a webhook call): the intent is committed before it goes
  // out, with the Message-ID every try uses; one per enrolment and step.
  await db.schema
    .createTable("sequence_sends")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("message_id", "text", (c) => c.notNull().unique())
    .addColumn("enrolment_id", "text", (c) => c.notNull())
    .addColumn("sequence", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("step", "integer", (c) => c.notNull())
    .addColumn("lead_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("template", "text")
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("lease_until", "bigint", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("sent_at", "bigint")
    .addColumn("error", "text")
    .addUniqueConstraint("sequence_sends_step", ["enrolment_id", "step"])
    .execute();
  await db.schema
    .createIndex("sequence_sends_due")
    .on("sequence_sends")
    .columns(["status", "lease_until"])
    .execute();
  await db.schema
    .createIndex("sequence_sends_sequence")
    .on("sequence_sends")
    .columns(["sequence", "created_at"])
    .execute();
  await db.schema.createIndex("sequence_sends_created").on("sequence_sends").column("created_at").execute();
  await db.schema.createIndex("sequence_sends_lead").on("sequence_sends").column("lead_id").execute();
}
