import { newId } from "../domain/ids.js";
import { listAssignments } from "../store/queries/assignments.js";
import { insertEvent } from "../store/queries/leads.js";
import { getTask, markTaskFired } from "../store/queries/work.js";
import type { Store } from "../store/store.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { dueRows, forEachDue } from "./due-rows.js";

/**
 * Fires every open follow-up task whose due time has come, once: `task_due` on the lead's
 * timeline and, when the task's recipient has a delivery channel, a notice to it through the
 * delivery outbox (with the lead as its holder gets it). A task completed before it falls due
 * never fires; one that fell due while no scheduler ran fires at the next tick. Returns how many fired.
 */
export async function fireDueTasks(store: Store, now?: number, batch = 200): Promise<number> {
  return forEachDue(
    store,
    dueRows("lead_tasks", "due_at", { completed_at: null, fired_at: null }),
    async (tx, id, now) => {
      const task = await getTask(tx, id);
      if (!task || !(await markTaskFired(tx, id, now))) return false;
      await insertEvent(tx, {
        id: newId("event", now),
        leadId: task.lead_id,
        type: "task_due",
        at: now,
        actor: "scheduler",
        data: {
          task: task.id,
          title: task.title,
          dueAt: new Date(task.due_at).toISOString(),
          recipient: task.recipient,
        },
      });
      if (task.recipient === null) return true;
      // The notice goes with the recipient's latest assignment of the lead, the one it works it under.
      const held = (await listAssignments(tx, task.lead_id)).filter((a) => a.recipient === task.recipient);
      const latest = held[held.length - 1];
      if (latest) await enqueueDelivery(tx, latest, task.recipient, now, { kind: "task", taskId: task.id });
      return true;
    },
    { now, batch },
  );
}
