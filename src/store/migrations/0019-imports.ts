import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A CSV import started over HTTP: its file, its progress and its totals. Any process may be
  // asked how it goes, and each batch moves `rows_done` forward in the transaction that imports
  // it, so a batch is never imported twice.
  await db.schema
    .createTable("imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source", "text")
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    // The caller's Idempotency-Key: a retried request finds the import it started.
    .addColumn("idempotency_key", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("columns", "text", (c) => c.notNull())
    .addColumn("csv", "text", (c) => c.notNull())
    .addColumn("rows_total", "integer", (c) => c.notNull())
    .addColumn("rows_done", "integer", (c) => c.notNull())
    .addColumn("accepted", "integer", (c) => c.notNull())
    .addColumn("refused", "integer", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("finished_at", "bigint")
    .execute();
  await db.schema
    .createIndex("imports_idempotency")
    .on("imports")
    .columns(["actor", "idempotency_key"])
    .unique()
    .execute();

  // Each refused row of an import, with every reason.
  await db.schema
    .createTable("import_refusals")
    .addColumn("import_id", "text", (c) => c.notNull())
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("problems", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_refusals_pk", ["import_id", "line"])
    .execute();
}
