import { SqliteAdapter } from "kysely";
import { getLead } from "../store/queries/leads.js";
import type { Store } from "../store/store.js";
import { routerFor } from "./routing.js";

const BATCH = 100;

/**
 * Routes again the unassigned leads whose retry time has come (a schedule opened, a cap window
 * reset, a recipient became available or was added). Each lead is its own transaction; on
 * PostgreSQL a lead another process is routing right now is skipped, not waited for.
 * Returns how many leads found a recipient.
 */
export async function routeDueLeads(store: Store, now = Date.now()): Promise<number> {
  const due = await store.db
    .selectFrom("leads")
    .select("id")
    .where("status", "=", "unassigned")
    .where("retry_at", "<=", now)
    .orderBy("retry_at")
    .limit(BATCH)
    .execute();
  let routed = 0;
  const router = routerFor(store);
  for (const { id } of due) {
    const assigned = await store.transact(async (tx) => {
      let claim = tx.selectFrom("leads").select("id").where("id", "=", id).where("status", "=", "unassigned");
      if (!(tx.getExecutor().adapter instanceof SqliteAdapter)) claim = claim.forUpdate().skipLocked();
      if (!(await claim.executeTakeFirst())) return false;
      const lead = await getLead(tx, id);
      if (!lead || lead.retryAt === null || lead.retryAt > now) return false;
      const result = await router.decide(tx, lead, now);
      await tx
        .updateTable("leads")
        .set({ status: result.status, retry_at: result.retryAt, updated_at: now })
        .where("id", "=", id)
        .execute();
      if (result.status === "unassigned") {
        // Nothing changed for this lead: keep its timeline free of a repeat "unassigned" entry.
        return false;
      }
      await router.commit(tx, { ...lead, status: result.status }, result, now);
      return true;
    });
    if (assigned) routed += 1;
  }
  return routed;
}

/** Polls for due leads until stopped; the server runs one of these. */
export function startUnassignedRetries(
  store: Store,
  onError: (error: unknown) => void,
  intervalMs = 1000,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : routeDueLeads(store).catch(onError)));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
