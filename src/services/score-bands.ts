import { getLeads } from "../store/queries/leads.js";
import {
  categoriesSwept,
  lockFreeLeads,
  markSweptLeadsDue,
  putBandDue,
  rulesChangedAmong,
} from "../store/queries/score-history.js";
import type { Store } from "../store/store.js";
import { rescore } from "./behavior.js";
import { systemClock } from "./clock.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";

/**
 * Leads whose decaying score crosses into another band now (`lead_band_due`, set by `rescore`),
 * or whose category's rules or bands changed (set by `putCategoryBandsDue`).
 */
const dueBands = dueRows("lead_band_due", "due_at", {});

/** How many leads of a category whose rules or bands changed each call marks due, at most. */
export const SWEEP_CHUNK = 1000;

/**
 * Leads whose decaying score has reached its next band, or whose category's rules or bands
 * changed: each is rescored, which records a change in its score history (cause `decay` or
 * `rules`) and sets when its band changes next. Only those leads are read,
 * a category's batch in one transaction (`forEachDueBatch`). A lead another transaction is
 * rescoring right now is left to it. Returns how many leads were rescored.
 *
 * A category whose rules or bands changed has its leads marked due `sweepChunk` at a time, one
 * chunk per call: a change in a category of a million leads is worked through over many of the
 * scheduler's ticks, and every other timer keeps its pace meanwhile.
 */
export async function recomputeDueBands(
  store: Store,
  now?: number,
  options: TimerOptions & { sweepChunk?: number } = {},
): Promise<number> {
  const { sweepChunk = SWEEP_CHUNK, ...timer } = options;
  const at = () => now ?? (timer.clock ?? systemClock).now();
  for (const category of await categoriesSwept(store)) {
    try {
      await store.transact((tx) => markSweptLeadsDue(tx, category, sweepChunk, at()));
    } catch (error) {
      if (!timer.onError) throw error;
      timer.onError(error);
    }
  }
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
    { batch: 200, ...timer, now },
  );
}
