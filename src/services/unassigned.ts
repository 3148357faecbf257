import { getLead } from "../store/queries/leads.js";
import type { Store } from "../store/store.js";
import { dueRows, forEachDue } from "./due-rows.js";
import { routerFor } from "./routing.js";

const BATCH = 100;

/**
 * Routes again the unassigned leads whose retry time has come (a schedule opened, a cap window
 * reset, a recipient became available or was added). Each lead is its own transaction; on
 * PostgreSQL a lead another process is routing right now is skipped, not waited for.
 * Returns how many leads found a recipient.
 */
export async function routeDueLeads(store: Store, now?: number): Promise<number> {
  const router = routerFor(store);
  return forEachDue(
    store,
    dueRows("leads", "retry_at", { status: "unassigned" }),
    async (tx, id, now) => {
      const lead = await getLead(tx, id);
      if (!lead) return false;
      // Whoever turned the lead down or sent it back is not asked again.
      const refused = await tx
        .selectFrom("assignments")
        .select("recipient")
        .where("lead_id", "=", id)
        .where("status", "in", ["rejected", "returned"])
        .execute();
      const options = { exclude: new Set(refused.map((r) => r.recipient)) };
      const result = await router.decide(tx, lead, now, options);
      if (result.status === "unassigned") {
        // Still nobody: wait for the new retry time, without a repeat "unassigned" on the timeline.
        await tx.updateTable("leads").set({ retry_at: result.retryAt }).where("id", "=", id).execute();
        return false;
      }
      await router.reroute(tx, lead, now, options, result);
      return true;
    },
    { now, batch: BATCH },
  );
}
