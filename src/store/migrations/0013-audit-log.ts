import { sql, SqliteAdapter, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per change of configuration, written in the change's own transaction.
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_key", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .execute();
  await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity", "id"]).execute();
  await db.schema.createIndex("audit_log_actor").on("audit_log").columns(["actor", "id"]).execute();

  // The log is append-only: the database itself refuses to rewrite or remove an entry.
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const op of ["update", "delete"])
      await sql
        .raw(
          `create trigger audit_log_no_${op} before ${op} on audit_log
           begin select raise(abort, 'the audit log is append-only'); end`,
        )
        .execute(db);
  } else {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
        begin raise exception 'the audit log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
        for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_append_only()`.execute(db);
  }

  // A disabled user's tokens stop working; the user and its history stay.
  await db.schema
    .alterTable("users")
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}
