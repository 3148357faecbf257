import { recipientsByStatus } from "../store/queries/assignments.js";
import { getLeads, setRetryAt } from "../store/queries/leads.js";
import type { Store } from "../store/store.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";
import { REFUSALS, routerFor, RoutingBatch } from "./routing.js";

const BATCH = 100;

const dueRetries = dueRows("leads", "retry_at", { status: "unassigned" });

/**
 * Routes again the unassigned leads whose retry time has come (a schedule opened, a cap window
 * reset, a recipient became available or was added), a category's batch of them in one
 * transaction (`forEachDueBatch`); on PostgreSQL a lead another process is routing right now
 * is skipped, not waited for. Returns how many leads found a recipient.
 */
export async function routeDueLeads(store: Store, now?: number, options: TimerOptions = {}): Promise<number> {
  const router = routerFor(store);
  return forEachDueBatch(
    store,
    dueRetries,
    "category",
    async (tx, ids, now) => {
      const leads = await getLeads(tx, ids);
      // Whoever refused a lead is not asked again.
      const refused = await recipientsByStatus(tx, ids, [...REFUSALS]);
      const batch = new RoutingBatch();
      const waiting = new Map<number | null, string[]>();
      let routed = 0;
      for (const id of ids) {
        const lead = leads.get(id);
        if (!lead) continue;
        const exclude = new Set(refused.filter((r) => r.lead_id === id).map((r) => r.recipient));
        const result = await router.decide(tx, lead, now, { exclude, batch });
        if (result.status === "unassigned") {
          // Still nobody: wait for the new retry time, without a repeat "unassigned" on the timeline.
          const later = waiting.get(result.retryAt);
          if (later) later.push(id);
          else waiting.set(result.retryAt, [id]);
          continue;
        }
        await router.apply(tx, lead, result, now, batch);
        routed += 1;
      }
      for (const [retryAt, later] of waiting) await setRetryAt(tx, later, retryAt);
      await batch.flush(tx);
      return routed;
    },
    { batch: BATCH, ...options, now },
  );
}
