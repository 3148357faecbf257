import type { Updateable } from "kysely";
import type { BehaviorRule } from "../../domain/behavior.js";
import type { Stage } from "../../domain/stages.js";
import type { LeadRow, LeadTaskRow, LeadWorkRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

/** How a category's leads are worked, as stored; undefined parts take the defaults. */
export interface CategoryWork {
  stages: Stage[] | undefined;
  rerouteReturns: boolean | undefined;
  behavior: BehaviorRule[] | undefined;
}

export async function getCategoryWork(on: Runner, category: string): Promise<CategoryWork> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("category_work")
    .selectAll()
    .where("category", "=", category)
    .executeTakeFirst();
  return {
    stages: row?.stages ? (JSON.parse(row.stages) as Stage[]) : undefined,
    rerouteReturns: row ? row.reroute_returns === 1 : undefined,
    behavior: row?.behavior ? (JSON.parse(row.behavior) as BehaviorRule[]) : undefined,
  };
}

/** Every event type some category's behavioral rules score. */
export async function behaviorRuleEvents(on: Runner): Promise<Set<string>> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("category_work")
    .select("behavior")
    .where("behavior", "is not", null)
    .execute();
  const events = new Set<string>();
  for (const row of rows)
    if (row.behavior) for (const rule of JSON.parse(row.behavior) as BehaviorRule[]) events.add(rule.event);
  return events;
}

/** Sets the parts given, keeping the others. */
export async function putCategoryWork(
  tx: Tx,
  category: string,
  work: { stages?: Stage[]; rerouteReturns?: boolean; behavior?: BehaviorRule[] },
  now: number,
): Promise<void> {
  const set = {
    ...(work.stages ? { stages: JSON.stringify(work.stages) } : {}),
    ...(work.rerouteReturns !== undefined ? { reroute_returns: work.rerouteReturns ? 1 : 0 } : {}),
    ...(work.behavior ? { behavior: JSON.stringify(work.behavior) } : {}),
    updated_at: now,
  };
  await tx
    .insertInto("category_work")
    .values({ category, stages: null, reroute_returns: 1, behavior: null, ...set })
    .onConflict((oc) => oc.column("category").doUpdateSet(set))
    .execute();
}

/**
 * Serializes the work on one lead: on PostgreSQL the lead's row stays locked until the
 * transaction ends. (SQLite has one writer, the group-commit batch, so needs no lock.)
 */
export async function lockLead(tx: Tx, id: string): Promise<boolean> {
  let q = tx.selectFrom("leads").select("id").where("id", "=", id);
  q = tx.ops.lockRows(q);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function updateLeadRow(
  tx: Tx,
  id: string,
  set: Pick<Updateable<LeadRow>, "stage" | "status" | "retry_at" | "revenue_cents" | "score" | "priority"> & {
    updated_at: number;
  },
): Promise<void> {
  await tx.updateTable("leads").set(set).where("id", "=", id).execute();
}

export async function getLeadWork(on: Runner, leadId: string): Promise<LeadWorkRow | undefined> {
  const db = builderOf(on);
  return db.selectFrom("lead_work").selectAll().where("lead_id", "=", leadId).executeTakeFirst();
}

/** Sets the columns given on the lead's work row, creating it when it is the first. */
export async function putLeadWork(
  tx: Tx,
  leadId: string,
  set: Partial<Omit<LeadWorkRow, "lead_id" | "updated_at">>,
  now: number,
): Promise<void> {
  const values = { ...set, updated_at: now };
  await tx
    .insertInto("lead_work")
    .values({ lead_id: leadId, ...values })
    .onConflict((oc) => oc.column("lead_id").doUpdateSet(values))
    .execute();
}

/** When events of these types happened on a lead. */
export async function eventTimes(
  on: Runner,
  leadId: string,
  types: readonly string[],
): Promise<{ id: string; type: string; at: number }[]> {
  const db = builderOf(on);
  if (types.length === 0) return [];
  const rows = await db
    .selectFrom("lead_events")
    .select(["id", "type", "at"])
    .where("lead_id", "=", leadId)
    .where("type", "in", [...types])
    .execute();
  return rows.map((r) => ({ ...r, at: Number(r.at) }));
}

/** When events of these types happened on these leads, by lead. */
export async function eventTimesOfLeads(
  on: Runner,
  leadIds: readonly string[],
  types: readonly string[],
): Promise<Map<string, { type: string; at: number }[]>> {
  const found = new Map<string, { type: string; at: number }[]>();
  if (leadIds.length === 0 || types.length === 0) return found;
  const rows = await builderOf(on)
    .selectFrom("lead_events")
    .select(["lead_id", "type", "at"])
    .where("lead_id", "in", [...leadIds])
    .where("type", "in", [...types])
    .execute();
  for (const r of rows)
    found.set(r.lead_id, [...(found.get(r.lead_id) ?? []), { type: r.type, at: Number(r.at) }]);
  return found;
}

/** The field scores of those of these leads that have one on their work row. */
export async function fieldScoresOf(on: Runner, leadIds: readonly string[]): Promise<Map<string, number>> {
  if (leadIds.length === 0) return new Map();
  const rows = await builderOf(on)
    .selectFrom("lead_work")
    .select(["lead_id", "field_score"])
    .where("lead_id", "in", [...leadIds])
    .where("field_score", "is not", null)
    .execute();
  return new Map(rows.map((r) => [r.lead_id, Number(r.field_score)]));
}

export async function insertTask(tx: Tx, task: LeadTaskRow): Promise<void> {
  await tx.insertInto("lead_tasks").values(task).execute();
}

export async function getTask(on: Runner, id: string): Promise<LeadTaskRow | undefined> {
  const db = builderOf(on);
  return db.selectFrom("lead_tasks").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Completes an open task; false when it was completed already (perhaps a moment ago, concurrently). */
export async function completeTask(tx: Tx, id: string, by: string, now: number): Promise<boolean> {
  const done = await tx
    .updateTable("lead_tasks")
    .set({ completed_at: now, completed_by: by })
    .where("id", "=", id)
    .where("completed_at", "is", null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Marks an open task's due notice fired; false when it fired already or was completed. */
export async function markTaskFired(tx: Tx, id: string, now: number): Promise<boolean> {
  const fired = await tx
    .updateTable("lead_tasks")
    .set({ fired_at: now })
    .where("id", "=", id)
    .where("completed_at", "is", null)
    .where("fired_at", "is", null)
    .executeTakeFirst();
  return Number(fired.numUpdatedRows) === 1;
}

/** A recipient's open tasks due before `dueBefore` (all of them without it), soonest first. */
export async function openTasksOf(
  on: Runner,
  recipient: string,
  dueBefore: number | undefined,
  limit: number,
): Promise<LeadTaskRow[]> {
  const db = builderOf(on);
  let q = db
    .selectFrom("lead_tasks")
    .selectAll()
    .where("recipient", "=", recipient)
    .where("completed_at", "is", null);
  if (dueBefore !== undefined) q = q.where("due_at", "<", dueBefore);
  return q.orderBy("due_at").orderBy("id").limit(limit).execute();
}

export interface TaskFilter {
  recipient?: string | undefined;
  leadId?: string | undefined;
  dueBefore?: number | undefined;
  status: "open" | "completed" | "all";
  /** The last task of the previous page: tasks after it in (due, id) order. */
  after?: { dueAt: number; id: string } | undefined;
}

/** Tasks of every recipient, soonest due first, as staff look them over. */
export async function listTasks(on: Runner, f: TaskFilter, limit: number): Promise<LeadTaskRow[]> {
  const db = builderOf(on);
  let q = db.selectFrom("lead_tasks").selectAll();
  if (f.recipient !== undefined) q = q.where("recipient", "=", f.recipient);
  if (f.leadId !== undefined) q = q.where("lead_id", "=", f.leadId);
  if (f.dueBefore !== undefined) q = q.where("due_at", "<", f.dueBefore);
  if (f.status === "open") q = q.where("completed_at", "is", null);
  if (f.status === "completed") q = q.where("completed_at", "is not", null);
  const after = f.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb("due_at", ">", after.dueAt),
        eb.and([eb("due_at", "=", after.dueAt), eb("id", ">", after.id)]),
      ]),
    );
  return q.orderBy("due_at").orderBy("id").limit(limit).execute();
}

/** Ids of the leads a recipient holds an assignment in one of `statuses` on, newest first. */
export async function leadIdsHeldBy(
  on: Runner,
  recipient: string,
  statuses: readonly string[],
  filter: { stage?: string | undefined; before?: string | undefined },
  limit: number,
): Promise<string[]> {
  const db = builderOf(on);
  let q = db
    .selectFrom("assignments")
    .innerJoin("leads", "leads.id", "assignments.lead_id")
    .select("leads.id")
    .distinct()
    .where("assignments.recipient", "=", recipient)
    .where("assignments.status", "in", [...statuses]);
  if (filter.stage) q = q.where("leads.stage", "=", filter.stage);
  if (filter.before) q = q.where("leads.id", "<", filter.before);
  const rows = await q.orderBy("leads.id", "desc").limit(limit).execute();
  return rows.map((r) => r.id);
}
