import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Ping-post: one row per auction a tier holds for a lead. It is a timer like any other: the
  // worker that takes it (state `pinging`, `due_at` its lease) pings the bidders outside any
  // transaction and settles it in one; a run whose lease ran out is taken over and run again.
  await db.schema
    .createTable("auctions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("lead_id", "text", (c) => c.notNull().references("leads.id"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("plan_version", "integer", (c) => c.notNull())
    .addColumn("tier", "integer", (c) => c.notNull())
    // `open` → `pinging` (per run) → `awarded` (a winner's post is in the outbox) or `closed`;
    // `cancelled` when the lead was taken otherwise meanwhile.
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("runs", "integer", (c) => c.notNull())
    .addColumn("due_at", "bigint", (c) => c.notNull())
    // JSON: the recipient keys pinged, the lead fields a ping carries.
    .addColumn("bidders", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("deadline_ms", "integer", (c) => c.notNull())
    // JSON: the routing decision's trace that opened the auction, and the last run's answers.
    .addColumn("trace", "text", (c) => c.notNull())
    .addColumn("bids", "text")
    .addColumn("winner", "text")
    .addColumn("assignment_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auctions_due").on("auctions").columns(["state", "due_at"]).execute();
  await db.schema.createIndex("auctions_lead").on("auctions").column("lead_id").execute();
  await db.schema.createIndex("auctions_assignment").on("auctions").column("assignment_id").execute();
}
