import { sql, SqliteAdapter, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // An scrypt hash with its salt and parameters (`services/passwords.ts`); null: no password set.
  await db.schema.alterTable("users").addColumn("password_hash", "text").execute();

  // A signed-in browser. Only a hash of the session id is kept: a copy of the table signs no one in.
  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_seen_at", "bigint", (c) => c.notNull())
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  // One-time links: an invite to set a first password, or a password reset. Stored hashed.
  await db.schema
    .createTable("user_links")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("used_at", "bigint")
    .execute();
  await db.schema.createIndex("user_links_user").on("user_links").column("user_id").execute();

  // The first-run setup, done once: of two setups racing on PostgreSQL, the primary key lets
  // exactly one insert this row (the other waits for it, then finds it there).
  await db.schema
    .createTable("setup_claims")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .execute();

  // Live updates: every statement that adds lead events wakes the processes streaming them.
  // NOTIFY is sent at commit, and repeats within one transaction are folded into one.
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create function carousel_lead_events_notify() returns trigger language plpgsql as $$
    begin
      perform pg_notify('carousel_lead_events', '');
      return null;
    end $$`.execute(db);
  await sql`create trigger lead_events_notify after insert on lead_events
    for each statement execute function carousel_lead_events_notify()`.execute(db);
}
