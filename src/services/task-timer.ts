import { systemEvent } from "../domain/events.js";
import { listAssignments } from "../store/queries/assignments.js";
import { insertEvent } from "../store/queries/leads.js";
import { getTask, markTaskFired } from "../store/queries/work.js";
import type { Store, Tx } from "../store/store.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";

/**
 * Fires every open follow-up task whose due time has come, once: `task_due` on the lead's
 * timeline and, when the task's recipient has a delivery channel, a notice to it through the
 * delivery outbox (with the lead as its holder gets it). A task completed before it falls due
 * never fires; one that fell due while no scheduler ran fires at the next tick. The tasks of a
 * recipient fire a batch at a time; one that fails is reported to `onError` and holds back no
 * other. Returns how many fired.
 */
export async function fireDueTasks(store: Store, now?: number, options: TimerOptions = {}): Promise<number> {
  return forEachDueBatch(
    store,
    dueTasks,
    "recipient",
    async (tx, ids, now) => {
      let fired = 0;
      for (const id of ids) if (await fire(tx, id, now)) fired += 1;
      return fired;
    },
    { ...options, now },
  );
}

const dueTasks = dueRows("lead_tasks", "due_at", { completed_at: null, fired_at: null });

async function fire(tx: Tx, id: string, now: number): Promise<boolean> {
  const task = await getTask(tx, id);
  if (!task || !(await markTaskFired(tx, id, now))) return false;
  await insertEvent(
    tx,
    systemEvent("task_due", task.lead_id, now, "scheduler", {
      task: task.id,
      title: task.title,
      dueAt: new Date(task.due_at).toISOString(),
      recipient: task.recipient,
    }),
  );
  if (task.recipient === null) return true;
  // The notice goes with the recipient's latest assignment of the lead, the one it works it under.
  const held = (await listAssignments(tx, task.lead_id)).filter((a) => a.recipient === task.recipient);
  const latest = held[held.length - 1];
  if (latest) await enqueueDelivery(tx, latest, task.recipient, now, { kind: "task", taskId: task.id });
  return true;
}
