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
 * Every lead of the category received until now is to be rescored by the band timer, by the
 * category's changed rules or bands: the category's sweep starts (again) from its first lead. Saving the rules
 * writes this one row, whatever the number of leads; the timer marks the leads due a chunk at a
 * time (`markSweptLeadsDue`).
 */
export async function putCategoryBandsDue(tx: Tx, category: string, now: number): Promise<void> {
  await tx
    .insertInto("band_sweeps")
    .values({ category, after_id: "", started_at: now })
    .onConflict((oc) => oc.column("category").doUpdateSet({ after_id: "", started_at: now }))
    .execute();
}

/** The categories whose sweep has leads left to mark. */
export async function categoriesSwept(on: Runner): Promise<string[]> {
  const rows = await builderOf(on).selectFrom("band_sweeps").select("category").execute();
  return rows.map((r) => r.category);
}

/**
 * Marks the next `chunk` leads of the category's sweep due for the band timer now (cause
 * `rules`), in id order, and moves the sweep on past them; the sweep ends with its last lead.
 * The sweep's row is locked first (skipped when another transaction holds it), so two timers
 * mark a chunk once. Answers how many leads it marked.
 */
export async function markSweptLeadsDue(
  tx: Tx,
  category: string,
  chunk: number,
  now: number,
): Promise<number> {
  const sweep = await tx.ops
    .lockRows(tx.selectFrom("band_sweeps").selectAll().where("category", "=", category), {
      skipLocked: true,
    })
    .executeTakeFirst();
  if (!sweep) return 0;
  const ids = (
    await tx
      .selectFrom("leads")
      .select("id")
      .where("category", "=", category)
      .where("id", ">", sweep.after_id)
      // A lead received after the change was scored by the new rules at intake.
      .where("created_at", "<=", sweep.started_at)
      .orderBy("id")
      .limit(chunk)
      .execute()
  ).map((r) => r.id);
  if (ids.length > 0)
    await tx
      .insertInto("lead_band_due")
      .values(ids.map((id) => ({ id, category, due_at: now, cause: "rules" })))
      .onConflict((oc) =>
        oc
          .column("id")
          .doUpdateSet((eb) => ({ due_at: eb.ref("excluded.due_at"), cause: eb.ref("excluded.cause") })),
      )
      .execute();
  if (ids.length < chunk) await tx.deleteFrom("band_sweeps").where("category", "=", category).execute();
  else
    await tx
      .updateTable("band_sweeps")
      .set({ after_id: ids[ids.length - 1]! })
      .where("category", "=", category)
      .execute();
  return ids.length;
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
