import {
  callList,
  type CallCandidate,
  type CallListEntry,
  type HeldBack,
} from "../domain/calls/call-list.js";
import { leadTimeZone } from "../domain/lead-time-zone.js";
import type { Principal } from "../domain/user.js";
import { cadencesOf, callSettingsOf } from "../store/queries/call-lists.js";
import { getLeads } from "../store/queries/leads.js";
import { suppressedAmong } from "../store/queries/suppressions.js";
import { leadIdsHeldBy, openTasksOf } from "../store/queries/work.js";
import type { Store } from "../store/store.js";
import { NEW_CADENCE } from "../domain/calls/cadence.js";
import { bandRanksOf } from "./band-rank.js";
import { ACTIVE_STATUSES, stageConfigOf } from "./work.js";

/** The most leads a call list looks at: a rep's open book, not an archive. */
const BOOK_LIMIT = 1000;

/**
 * Who the caller should call next: the leads its recipient holds, in the call list's order, each
 * with why; and the ones held back now (no phone, suppressed, outside their calling hours, tries
 * for the day used, next try not due), each with why.
 */
export async function myCallList(
  store: Store,
  principal: Principal,
  now = Date.now(),
): Promise<{ items: CallListEntry[]; heldBack: HeldBack[] }> {
  if (!principal.recipient) return { items: [], heldBack: [] };
  const ids = await leadIdsHeldBy(store, principal.recipient, ACTIVE_STATUSES, {}, BOOK_LIMIT);
  const leads = [...(await getLeads(store, ids)).values()];
  const categories = [...new Set(leads.map((l) => l.category))];
  const cadences = await cadencesOf(store, ids);
  const settings = await callSettingsOf(store, categories);
  const tasks = await openTasksOf(store, principal.recipient, now + 1, BOOK_LIMIT);
  const phones = leads.flatMap((l) => (l.contact.phone ? [l.contact.phone] : []));
  const suppressed = await suppressedAmong(store, "phone", phones);
  const rankOf = await bandRanksOf(store, categories);
  const stages = new Map(
    await Promise.all(categories.map(async (c) => [c, await stageConfigOf(store, c)] as const)),
  );
  const callbacks = new Map<string, { at: number; title: string }>();
  for (const task of tasks)
    if (!callbacks.has(task.lead_id))
      callbacks.set(task.lead_id, { at: Number(task.due_at), title: task.title });

  const candidates: CallCandidate[] = leads.map((lead) => {
    const name =
      [lead.contact.firstName, lead.contact.lastName].filter(Boolean).join(" ") ||
      lead.contact.email ||
      lead.id;
    return {
      leadId: lead.id,
      name,
      phone: lead.contact.phone,
      priority: lead.priority,
      bandRank: rankOf(lead.category, lead.priority),
      score: lead.score,
      createdAt: lead.createdAt,
      closed: stages.get(lead.category)?.stages.find((s) => s.key === lead.stage)?.terminal ?? false,
      cadence: cadences.get(lead.id) ?? NEW_CADENCE,
      callbackDue: callbacks.get(lead.id) ?? null,
      suppressed: lead.contact.phone !== null && suppressed.has(lead.contact.phone),
      timezone: leadTimeZone(lead.contact),
      settings: settings.get(lead.category)!,
    };
  });
  return callList(candidates, now);
}
