import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The outbox: one row per assignment to be transmitted, written in the assignment's own
  // transaction. Its id is the Idempotency-Key every try of it carries.
  await db.schema
    .createTable("deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("assignment_id", "text", (c) => c.notNull().references("assignments.id"))
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    // When a waiting delivery is due; while it is `sending`, when its sender's lease runs out.
    .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    // What is sent, rendered once at the first try and sent unchanged on every later one.
    .addColumn("payload", "text")
    .addColumn("last_request", "text")
    .addColumn("last_status", "integer")
    .addColumn("last_headers", "text")
    .addColumn("last_body", "text")
    .addColumn("last_error", "text")
    .addColumn("last_duration_ms", "integer")
    .addColumn("reason", "text")
    .addColumn("external_id", "text")
    .addColumn("price_cents", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("delivered_at", "bigint")
    .execute();
  await db.schema
    .createIndex("deliveries_due")
    .on("deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();
  await db.schema.createIndex("deliveries_lead").on("deliveries").column("lead_id").execute();
  await db.schema.createIndex("deliveries_assignment").on("deliveries").column("assignment_id").execute();

  await db.schema
    .createTable("delivery_attempts")
    .addColumn("delivery_id", "text", (c) => c.notNull().references("deliveries.id"))
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("response_status", "integer")
    .addColumn("response_headers", "text")
    .addColumn("response_body", "text")
    .addColumn("error", "text")
    .addPrimaryKeyConstraint("delivery_attempts_pk", ["delivery_id", "attempt"])
    .execute();

  // Recipients whose deliveries wait: nothing is claimed for them until they are resumed.
  await db.schema
    .createTable("delivery_pauses")
    .addColumn("recipient", "text", (c) => c.primaryKey().references("recipients.key"))
    .addColumn("paused_at", "bigint", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .execute();
}
