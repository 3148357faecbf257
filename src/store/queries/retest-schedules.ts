import type { Selectable } from "kysely";
import type { RetestSchedule } from "../../domain/experiments/retest-schedule.js";
import type { RetestScheduleRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function getRetestSchedule(on: Runner, category: string): Promise<RetestSchedule | undefined> {
  const row = await builderOf(on)
    .selectFrom("retest_schedules")
    .selectAll()
    .where("category", "=", category)
    .executeTakeFirst();
  return row && toSchedule(row);
}

/** Sets a category's schedule, replacing the one it had. */
export async function putRetestSchedule(tx: Tx, s: RetestSchedule): Promise<void> {
  const row = {
    category: s.category,
    every_days: s.everyDays,
    share: s.share,
    days: s.days,
    against: s.against,
    switch_back: s.switchBack ? 1 : 0,
    next_at: s.nextAt,
    created_by: s.createdBy,
    updated_at: s.updatedAt,
  };
  await tx
    .insertInto("retest_schedules")
    .values(row)
    .onConflict((oc) => oc.column("category").doUpdateSet(row))
    .execute();
}

/** Removes a category's schedule; answers whether it had one. */
export async function deleteRetestSchedule(tx: Tx, category: string): Promise<boolean> {
  const result = await tx.deleteFrom("retest_schedules").where("category", "=", category).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The schedules whose next re-test is due at `now`. */
export async function dueRetestSchedules(on: Runner, now: number): Promise<RetestSchedule[]> {
  const rows = await builderOf(on)
    .selectFrom("retest_schedules")
    .selectAll()
    .where("next_at", "<=", now)
    .orderBy("next_at")
    .execute();
  return rows.map(toSchedule);
}

/**
 * Moves a schedule's next re-test from `from` to `to` (and, when given, the plan it holds back
 * on), only while it is still due at `from`: of two processes starting the same re-test, one
 * moves it and the other finds nothing to move (false).
 */
export async function moveRetestSchedule(
  tx: Tx,
  category: string,
  from: number,
  to: number,
  against?: number,
): Promise<boolean> {
  const result = await tx
    .updateTable("retest_schedules")
    .set({ next_at: to, ...(against !== undefined ? { against } : {}) })
    .where("category", "=", category)
    .where("next_at", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets the plan version a category's schedule holds back on (after a switch back). */
export async function setRetestAgainst(tx: Tx, category: string, against: number): Promise<void> {
  await tx.updateTable("retest_schedules").set({ against }).where("category", "=", category).execute();
}

function toSchedule(row: Selectable<RetestScheduleRow>): RetestSchedule {
  return {
    category: row.category,
    everyDays: Number(row.every_days),
    share: Number(row.share),
    days: Number(row.days),
    against: Number(row.against),
    switchBack: Number(row.switch_back) === 1,
    nextAt: Number(row.next_at),
    createdBy: row.created_by,
    updatedAt: Number(row.updated_at),
  };
}
