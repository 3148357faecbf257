import { AppError, invalid, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import { actorOf, systemEvent, type LeadEvent, type SystemEventData } from "../domain/events.js";
import type { Lead } from "../domain/lead.js";
import { nextWindowStart, recipientTimeZone } from "../domain/routing/index.js";
import {
  checkStageMove,
  DEFAULT_STAGE_CONFIG,
  stagesFrom,
  type StageConfig,
  type StageInput,
} from "../domain/stages.js";
import { isStaff, type Principal } from "../domain/user.js";
import { listAssignments, type Assignment } from "../store/queries/assignments.js";
import { getCategory } from "../store/queries/categories.js";
import { assignmentsOfRecipient } from "../store/queries/holdings.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import { getRecipient } from "../store/queries/recipients.js";
import { addToOpenLeads } from "../store/queries/routing-state.js";
import {
  completeTask as completeTaskRow,
  getCategoryWork,
  getLeadWork,
  getTask,
  insertTask,
  leadIdsHeldBy,
  listTasks,
  lockLead,
  openTasksOf,
  putCategoryWork,
  putLeadWork,
  updateLeadRow,
  type TaskFilter,
} from "../store/queries/work.js";
import type { LeadTaskRow } from "../store/schema.js";
import type { Runner, Store, Tx } from "../store/store.js";
import { audit, BOOTSTRAP } from "./audit.js";
import { followCallOutcome } from "./call-cadence.js";
import { behaviorRulesOf, rescore } from "./behavior.js";

/** Assignment statuses under which a recipient holds a lead and works it. */
export const ACTIVE_STATUSES: readonly string[] = ["accepted", "claimed"];

/** Whether `recipient` holds the lead now, by the lead's assignments. */
export const holds = (assignments: readonly Assignment[], recipient: string | null): boolean =>
  recipient !== null &&
  assignments.some((a) => a.recipient === recipient && ACTIVE_STATUSES.includes(a.status));

export { actorOf };

export async function stageConfigOf(on: Runner, category: string): Promise<StageConfig> {
  const work = await getCategoryWork(on, category);
  return {
    stages: work.stages ?? DEFAULT_STAGE_CONFIG.stages,
    rerouteReturns: work.rerouteReturns ?? DEFAULT_STAGE_CONFIG.rerouteReturns,
  };
}

/** Replaces a category's stage list (and, if given, whether returned leads are routed again). */
export async function putStages(
  store: Store,
  category: string,
  input: { stages: StageInput[]; rerouteReturns?: boolean | undefined },
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<StageConfig> {
  const checked = stagesFrom(input.stages);
  if (!checked.ok) throw invalid(checked.errors);
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, category))) throw notFound(`category ${category}`);
    const before = await stageConfigOf(tx, category);
    await putCategoryWork(
      tx,
      category,
      {
        stages: checked.stages,
        ...(input.rerouteReturns !== undefined ? { rerouteReturns: input.rerouteReturns } : {}),
      },
      now,
    );
    const after = await stageConfigOf(tx, category);
    await audit(tx, by, { entity: "category", key: category, action: "put_stages", before, after }, now);
    return after;
  });
}

export interface WorkedLead {
  lead: Lead;
  /** The lead's assignments whose recipient holds it now. */
  active: Assignment[];
  actor: string;
}

/**
 * The lead, locked for this transaction, if the caller may work it: staff, or the user of a
 * recipient that holds it. To anyone else the lead does not exist.
 */
export async function leadToWork(tx: Tx, leadId: string, principal: Principal): Promise<WorkedLead> {
  const lead = (await lockLead(tx, leadId)) ? await getLead(tx, leadId) : undefined;
  if (!lead) throw notFound(`lead ${leadId}`);
  const active = (await listAssignments(tx, leadId)).filter((a) => ACTIVE_STATUSES.includes(a.status));
  if (!isStaff(principal) && !active.some((a) => a.recipient === principal.recipient))
    throw notFound(`lead ${leadId}`);
  return { lead, active, actor: actorOf(principal) };
}

async function record<K extends "stage_changed" | "note" | "call" | "task_created">(
  tx: Tx,
  lead: Lead,
  type: K,
  actor: string,
  data: SystemEventData[K],
  now: number,
): Promise<LeadEvent> {
  const event = systemEvent(type, lead.id, now, actor, data);
  await insertEvent(tx, event);
  return event;
}

/** The first contact is recorded once: the earliest call or move into a contact stage. */
async function noteContact(tx: Tx, leadId: string, now: number): Promise<void> {
  const work = await getLeadWork(tx, leadId);
  if (work?.first_contact_at == null) await putLeadWork(tx, leadId, { first_contact_at: now }, now);
}

/**
 * Moves a lead to another stage of its category. A won stage sets the lead's revenue (leaving
 * one clears it); entering or leaving a terminal stage closes or reopens the lead for the
 * recipients that hold it, so it stops or starts counting against their capacity.
 */
export async function changeStage(
  store: Store,
  leadId: string,
  input: { stage: string; revenue?: number | undefined; reason?: string | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<Lead> {
  return store.transact(async (tx) => moveStage(tx, await leadToWork(tx, leadId, principal), input, now));
}

/** Moves a lead the caller works to another stage, in the caller's transaction. */
export async function moveStage(
  tx: Tx,
  worked: WorkedLead,
  input: { stage: string; revenue?: number | undefined; reason?: string | undefined },
  now: number,
): Promise<Lead> {
  const { lead, active, actor } = worked;
  const config = await stageConfigOf(tx, lead.category);
  const checked = checkStageMove(config, input);
  if (!checked.ok) throw invalid(checked.errors);
  const { to, revenueCents, reason } = checked.move;
  if (to.key === lead.stage) throw new AppError("conflict", `the lead is in stage ${to.key} already`);
  const from = config.stages.find((s) => s.key === lead.stage);
  const revenue = revenueCents ?? (from?.outcome === "won" ? 0 : lead.revenueCents);
  await updateLeadRow(tx, lead.id, { stage: to.key, revenue_cents: revenue, updated_at: now });
  if (to.terminal !== (from?.terminal ?? false))
    await addToOpenLeads(
      tx,
      active.map((a) => ({ recipient: a.recipient, delta: to.terminal ? -1 : 1 })),
    );
  await putLeadWork(tx, lead.id, { outcome: to.outcome }, now);
  if (to.contact) await noteContact(tx, lead.id, now);
  await record(
    tx,
    lead,
    "stage_changed",
    actor,
    {
      from: lead.stage,
      to: to.key,
      ...(revenueCents !== null ? { revenue: revenueCents / 100 } : {}),
      ...(reason !== null ? { reason } : {}),
    },
    now,
  );
  return { ...lead, stage: to.key, revenueCents: revenue, updatedAt: now };
}

export async function addNote(
  store: Store,
  leadId: string,
  text: string,
  principal: Principal,
  now = Date.now(),
): Promise<LeadEvent> {
  return store.transact(async (tx) => {
    const { lead, actor } = await leadToWork(tx, leadId, principal);
    return record(tx, lead, "note", actor, { text }, now);
  });
}

/**
 * A call made to the lead; the first one is its first contact. A category whose behavioral rules
 * score calls rescores the lead at once, as it does for a behavioral event.
 */
export async function logCall(
  store: Store,
  leadId: string,
  input: { outcome: string; durationSeconds: number; notes?: string | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<LeadEvent> {
  return store.transact(async (tx) => {
    const worked = await leadToWork(tx, leadId, principal);
    const { lead, actor } = worked;
    await noteContact(tx, lead.id, now);
    const logged = await record(
      tx,
      lead,
      "call",
      actor,
      {
        outcome: input.outcome,
        durationSeconds: input.durationSeconds,
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      },
      now,
    );
    const rules = await behaviorRulesOf(tx, lead.category);
    if (rules.some((r) => r.event === logged.type)) await rescore(tx, lead, rules, now, { event: logged });
    await followCallOutcome(tx, worked, input.outcome, now);
    return logged;
  });
}

/**
 * A follow-up task on a lead, for the recipient that holds it: the caller's own, or for staff
 * the one named (by default the lead's first holder; nobody's if none holds it).
 */
export async function addTask(
  store: Store,
  leadId: string,
  input: { title: string; dueAt: number; recipient?: string | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<LeadTaskRow> {
  return store.transact(async (tx) => {
    const { lead, active, actor } = await leadToWork(tx, leadId, principal);
    let recipient = isStaff(principal) ? (active[0]?.recipient ?? null) : principal.recipient;
    if (isStaff(principal) && input.recipient !== undefined) {
      if (!active.some((a) => a.recipient === input.recipient))
        throw new AppError("conflict", `recipient ${input.recipient} does not hold lead ${lead.id}`);
      recipient = input.recipient;
    }
    const task: LeadTaskRow = {
      // Task ids share the event clock, so they sort with the timeline; the prefix says what they are.
      id: newId("task", now),
      lead_id: lead.id,
      recipient,
      title: input.title,
      due_at: input.dueAt,
      created_at: now,
      created_by: actor,
      completed_at: null,
      completed_by: null,
    };
    await insertTask(tx, task);
    await record(
      tx,
      lead,
      "task_created",
      actor,
      { task: task.id, title: task.title, dueAt: new Date(task.due_at).toISOString(), recipient },
      now,
    );
    return task;
  });
}

/** Completes a task: staff, or the user of the recipient the task is for. */
export async function completeTask(
  store: Store,
  taskId: string,
  principal: Principal,
  now = Date.now(),
): Promise<LeadTaskRow> {
  return store.transact(async (tx) => {
    const task = await getTask(tx, taskId);
    if (!task || (!isStaff(principal) && task.recipient !== principal.recipient))
      throw notFound(`task ${taskId}`);
    const actor = actorOf(principal);
    if (!(await completeTaskRow(tx, task.id, actor, now)))
      throw new AppError("conflict", `task ${task.id} was completed already`);
    await insertEvent(
      tx,
      systemEvent("task_completed", task.lead_id, now, actor, { task: task.id, title: task.title }),
    );
    return { ...task, completed_at: now, completed_by: actor };
  });
}

/** The leads the caller's recipient holds now, newest first. */
export async function myLeads(
  store: Store,
  principal: Principal,
  filter: { stage?: string | undefined; before?: string | undefined },
  limit: number,
): Promise<Lead[]> {
  if (!principal.recipient) return [];
  const ids = await leadIdsHeldBy(store, principal.recipient, ACTIVE_STATUSES, filter, limit);
  // One read per lead keeps the row mapping in one place (leads.ts); a page is at most 500.
  const leads = await Promise.all(ids.map((id) => getLead(store, id)));
  return leads.filter((l): l is Lead => l !== undefined);
}

/** The leads the caller's recipient holds now, newest first, each with its own assignments of it. */
export async function myHeldLeads(
  store: Store,
  principal: Principal,
  filter: { stage?: string | undefined; before?: string | undefined },
  limit: number,
): Promise<{ lead: Lead; assignments: Assignment[] }[]> {
  const leads = await myLeads(store, principal, filter, limit);
  const held = await assignmentsOfRecipient(
    store,
    principal.recipient ?? "",
    leads.map((l) => l.id),
    ACTIVE_STATUSES,
  );
  return leads.map((lead) => ({ lead, assignments: held.get(lead.id) ?? [] }));
}

export type Due = "now" | "today" | "all";

/**
 * The caller's open tasks, soonest first: `now` those due already, `today` those due before
 * the end of the day in the recipient's time zone (its schedule's; UTC without one), `all` every one.
 */
export async function myTasks(
  store: Store,
  principal: Principal,
  due: Due,
  limit: number,
  now = Date.now(),
): Promise<LeadTaskRow[]> {
  if (!principal.recipient) return [];
  let dueBefore: number | undefined;
  if (due === "now") dueBefore = now + 1;
  if (due === "today") {
    const recipient = await getRecipient(store, principal.recipient);
    dueBefore = nextWindowStart(recipient ? recipientTimeZone(recipient) : "UTC", "day", now);
  }
  return openTasksOf(store, principal.recipient, dueBefore, limit);
}

/**
 * Every recipient's tasks as staff look them over, soonest due first: `due` as for `myTasks`
 * (with `today` ending at midnight UTC, staff having no time zone of their own).
 */
export async function staffTasks(
  store: Store,
  filter: Omit<TaskFilter, "dueBefore"> & { due: Due },
  limit: number,
  now = Date.now(),
): Promise<LeadTaskRow[]> {
  const { due, ...rest } = filter;
  const dueBefore =
    due === "now" ? now + 1 : due === "today" ? nextWindowStart("UTC", "day", now) : undefined;
  return listTasks(store, { ...rest, dueBefore }, limit);
}
