import { sql } from "kysely";
import type { ScoreHistoryRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function insertScoreHistory(tx: Tx, row: ScoreHistoryRow): Promise<void> {
  await tx.insertInto("lead_score_history").values(row).execute();
}

/** A lead's score changes after intake, oldest first. */
export async function scoreHistoryOf(on: Runner, leadId: string): Promise<ScoreHistoryRow[]> {
  const rows = await builderOf(on)
    .selectFrom("lead_score_history")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ ...r, at: Number(r.at) }));
}

/** When the lead's band next changes by decay (null: it does not), replacing what was set. */
export async function putBandDue(tx: Tx, leadId: string, category: string, at: number | null): Promise<void> {
  if (at === null) {
    await tx.deleteFrom("lead_band_due").where("id", "=", leadId).execute();
    return;
  }
  await tx
    .insertInto("lead_band_due")
    .values({ id: leadId, category, due_at: at, cause: null })
    .onConflict((oc) => oc.column("id").doUpdateSet({ due_at: at, cause: null }))
    .execute();
}

/**
 * Every lead of the category is due for the band timer now, to be rescored by the category's
 * changed rules or bands: one statement, whatever the number of leads; the timer rescores them
 * in batches. Answers how many.
 */
export async function putCategoryBandsDue(tx: Tx, category: string, now: number): Promise<number> {
  const done = await tx
    .insertInto("lead_band_due")
    .columns(["id", "category", "due_at", "cause"])
    .expression((eb) =>
      eb
        .selectFrom("leads")
        .select([
          "id",
          "category",
          sql<number>`cast(${now} as bigint)`.as("due_at"),
          sql<string>`'rules'`.as("cause"),
        ])
        .where("category", "=", category),
    )
    .onConflict((oc) =>
      oc
        .column("id")
        .doUpdateSet((eb) => ({ due_at: eb.ref("excluded.due_at"), cause: eb.ref("excluded.cause") })),
    )
    .executeTakeFirst();
  return Number(done.numInsertedOrUpdatedRows ?? 0);
}

/** Those of these leads whose due row was set by a change of their category's rules or bands. */
export async function rulesChangedAmong(on: Runner, leadIds: readonly string[]): Promise<Set<string>> {
  if (leadIds.length === 0) return new Set();
  const rows = await builderOf(on)
    .selectFrom("lead_band_due")
    .select("id")
    .where("id", "in", [...leadIds])
    .where("cause", "=", "rules")
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** When each of these leads' bands next change by decay, for those whose do. */
export async function bandDueOf(on: Runner, leadIds: readonly string[]): Promise<Map<string, number>> {
  const due = new Map<string, number>();
  const unique = [...new Set(leadIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await builderOf(on)
      .selectFrom("lead_band_due")
      .select(["id", "due_at"])
      .where("id", "in", unique.slice(i, i + 500))
      .execute();
    for (const r of rows) due.set(r.id, Number(r.due_at));
  }
  return due;
}

/**
 * Locks those of these leads no other transaction holds, skipping the rest (where the engine
 * locks rows): a lead being rescored by an event meanwhile sets its own next band change.
 */
export async function lockFreeLeads(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const q = tx
    .selectFrom("leads")
    .select("id")
    .where("id", "in", [...ids]);
  return (await tx.ops.lockRows(q, { skipLocked: true }).execute()).map((r) => r.id);
}
