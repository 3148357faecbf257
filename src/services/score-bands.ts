import { getLeads } from "../store/queries/leads.js";
import { lockFreeLeads, putBandDue, rulesChangedAmong } from "../store/queries/score-history.js";
import type { Store } from "../store/store.js";
import { rescore } from "./behavior.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";

/**
 * Leads whose decaying score crosses into another band now (`lead_band_due`, set by `rescore`),
 * or whose category's rules or bands changed (set by `putCategoryBandsDue`).
 */
const dueBands = dueRows("lead_band_due", "due_at", {});

/**
 * Leads whose decaying score has reached its next band, or whose category's rules or bands
 * changed: each is rescored, which records a change in its score history (cause `decay` or
 * `rules`) and sets when its band changes next. Only those leads are read,
 * a category's batch in one transaction (`forEachDueBatch`). A lead another transaction is
 * rescoring right now is left to it. Returns how many leads were rescored.
 */
export async function recomputeDueBands(
  store: Store,
  now?: number,
  options: TimerOptions = {},
): Promise<number> {
  return forEachDueBatch(
    store,
    dueBands,
    "category",
    async (tx, ids, now) => {
      const free = await lockFreeLeads(tx, ids);
      const leads = await getLeads(tx, free);
      const rulesChanged = await rulesChangedAmong(tx, free);
      for (const id of free) {
        const lead = leads.get(id);
        if (lead) await rescore(tx, lead, undefined, now, rulesChanged.has(id) ? "rules" : "decay");
        else await putBandDue(tx, id, "", null);
      }
      return free.length;
    },
    { batch: 200, ...options, now },
  );
}
