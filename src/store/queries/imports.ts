import type { ImportRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function insertImport(tx: Tx, row: ImportRow): Promise<void> {
  await tx.insertInto("imports").values(row).execute();
}

export async function getImport(on: Runner, id: string): Promise<ImportRow | undefined> {
  const db = builderOf(on);
  return db.selectFrom("imports").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findImportByIdempotencyKey(
  on: Runner,
  actor: string,
  key: string,
): Promise<ImportRow | undefined> {
  const db = builderOf(on);
  return db
    .selectFrom("imports")
    .selectAll()
    .where("actor", "=", actor)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

/** Imports still running whose last batch is older than `before`: their process may be gone. */
export async function listStalledImports(on: Runner, before: number): Promise<string[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("imports")
    .select("id")
    .where("status", "=", "running")
    .where("updated_at", "<", before)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Claims the next batch of an import: true when `rows_done` is still `done`, and on PostgreSQL
 * the row stays locked until the transaction ends, so of two processes only one imports it.
 */
export async function claimImportBatch(tx: Tx, id: string, done: number, now: number): Promise<boolean> {
  const result = await tx
    .updateTable("imports")
    .set({ updated_at: now })
    .where("id", "=", id)
    .where("status", "=", "running")
    .where("rows_done", "=", done)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordImportBatch(
  tx: Tx,
  id: string,
  batch: { rows: number; accepted: number; refusals: { line: number; problems: string }[] },
  now: number,
): Promise<void> {
  if (batch.refusals.length > 0)
    await tx
      .insertInto("import_refusals")
      .values(batch.refusals.map((r) => ({ import_id: id, ...r })))
      .execute();
  await tx
    .updateTable("imports")
    .set((eb) => ({
      rows_done: eb("rows_done", "+", batch.rows),
      accepted: eb("accepted", "+", batch.accepted),
      refused: eb("refused", "+", batch.refusals.length),
      updated_at: now,
    }))
    .where("id", "=", id)
    .execute();
}

export async function finishImport(
  on: Runner,
  id: string,
  outcome: { status: "done" | "failed"; error: string | null },
  now: number,
): Promise<void> {
  const db = builderOf(on);
  await db
    .updateTable("imports")
    .set({ status: outcome.status, error: outcome.error, updated_at: now, finished_at: now })
    .where("id", "=", id)
    .where("status", "=", "running")
    .execute();
}

export async function listImportRefusals(
  on: Runner,
  id: string,
  afterLine: number,
  limit: number,
): Promise<{ line: number; problems: string }[]> {
  const db = builderOf(on);
  return db
    .selectFrom("import_refusals")
    .select(["line", "problems"])
    .where("import_id", "=", id)
    .where("line", ">", afterLine)
    .orderBy("line")
    .limit(limit)
    .execute();
}
