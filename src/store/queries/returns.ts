import type { LeadReturnRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export interface ReturnPolicy {
  windowDays: number;
  /** Most returns per calendar month in the recipient's time zone; null: no cap. */
  monthlyCap: number | null;
  /** The reasons a return may give; null: any reason. */
  reasons: string[] | null;
}

export const DEFAULT_RETURN_POLICY: ReturnPolicy = { windowDays: 7, monthlyCap: null, reasons: null };

export async function getReturnPolicy(on: Runner, recipient: string): Promise<ReturnPolicy> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("return_policies")
    .selectAll()
    .where("recipient", "=", recipient)
    .executeTakeFirst();
  if (!row) return DEFAULT_RETURN_POLICY;
  return {
    windowDays: row.window_days,
    monthlyCap: row.monthly_cap,
    reasons: row.reasons === null ? null : (JSON.parse(row.reasons) as string[]),
  };
}

export async function putReturnPolicy(tx: Tx, recipient: string, p: ReturnPolicy, now: number) {
  const set = {
    window_days: p.windowDays,
    monthly_cap: p.monthlyCap,
    reasons: p.reasons === null ? null : JSON.stringify(p.reasons),
    updated_at: now,
  };
  await tx
    .insertInto("return_policies")
    .values({ recipient, ...set })
    .onConflict((oc) => oc.column("recipient").doUpdateSet(set))
    .execute();
}

/**
 * Makes returns to one recipient take turns until the transaction ends, so two at once cannot
 * both fit under its cap. A PostgreSQL advisory lock; SQLite's single writer needs none.
 */
export async function lockReturnsOf(tx: Tx, recipient: string): Promise<void> {
  await tx.ops.lockName(`carousel.returns:${recipient}`);
}

export async function countReturnsSince(on: Runner, recipient: string, since: number): Promise<number> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("lead_returns")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("recipient", "=", recipient)
    .where("at", ">=", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertReturn(tx: Tx, row: LeadReturnRow): Promise<void> {
  await tx.insertInto("lead_returns").values(row).execute();
}

/** The assignment row's status moves from one of `from` to `to`; false if it was no longer in `from`. */
export async function moveAssignment(
  tx: Tx,
  id: string,
  from: readonly string[],
  to: string,
  now: number,
): Promise<boolean> {
  const done = await tx
    .updateTable("assignments")
    .set({ status: to, updated_at: now })
    .where("id", "=", id)
    .where("status", "in", [...from])
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}
