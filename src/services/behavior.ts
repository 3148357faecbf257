import { behaviorPoints, checkBehaviorRules, nextBandChange, type BehaviorRule } from "../domain/behavior.js";
import { AppError, invalid, notFound } from "../domain/errors.js";
import { actorOf, behaviorEventType, reservedEventType, type LeadEvent } from "../domain/events.js";
import { newId } from "../domain/ids.js";
import type { Lead } from "../domain/lead.js";
import { bandFor } from "../domain/scoring.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import { insertScoreHistory, putBandDue } from "../store/queries/score-history.js";
import {
  eventTimes,
  getCategoryWork,
  getLeadWork,
  lockLead,
  putCategoryWork,
  putLeadWork,
  updateLeadRow,
} from "../store/queries/work.js";
import type { Runner, Store, Tx } from "../store/store.js";
import { audit, BOOTSTRAP } from "./audit.js";

export async function behaviorRulesOf(on: Runner, category: string): Promise<BehaviorRule[]> {
  return (await getCategoryWork(on, category)).behavior ?? [];
}

/** Replaces a category's behavioral scoring rules; leads are rescored at their next event. */
export async function putBehaviorRules(
  store: Store,
  category: string,
  rules: BehaviorRule[],
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<BehaviorRule[]> {
  const problems = checkBehaviorRules(rules);
  if (problems.length > 0)
    throw invalid(problems.map((message) => ({ field: "rules", code: "invalid", message })));
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, category))) throw notFound(`category ${category}`);
    const before = await behaviorRulesOf(tx, category);
    await putCategoryWork(tx, category, { behavior: rules }, now);
    await audit(
      tx,
      by,
      {
        entity: "category",
        key: category,
        action: "put_behavior",
        before: { rules: before },
        after: { rules },
      },
      now,
    );
    return rules;
  });
}

export interface ScoredEvent {
  event: LeadEvent;
  score: number;
  priority: string;
  fieldScore: number;
  behaviorScore: number;
}

/**
 * Records what a lead did (opened an email, visited a page, ...) and rescores it: the score
 * intake gave its fields plus the decayed points of every behavioral event it has had. Only a
 * behavioral type of the lead's category is taken (`behaviorEventType`): a type Carousel writes
 * itself, or one the category neither knows nor scores, is refused and changes nothing.
 */
export async function recordBehavior(
  store: Store,
  leadId: string,
  input: { type: string; data?: Record<string, unknown> | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<ScoredEvent> {
  const reserved = reservedEventType(input.type);
  if (reserved) throw invalid([{ field: "type", ...reserved }]);
  return store.transact(async (tx) => {
    const lead = (await lockLead(tx, leadId)) ? await getLead(tx, leadId) : undefined;
    if (!lead) throw notFound(`lead ${leadId}`);
    const rules = (await getCategoryWork(tx, lead.category)).behavior ?? [];
    const type = behaviorEventType(input.type, new Set(rules.map((r) => r.event)));
    if (typeof type !== "string") throw invalid([{ field: "type", ...type }]);
    const event: LeadEvent = {
      id: newId("event", now),
      leadId: lead.id,
      type,
      at: now,
      actor: actorOf(principal),
      data: input.data ?? {},
    };
    await insertEvent(tx, event);
    return { event, ...(await rescore(tx, lead, rules, now, { event })) };
  });
}

/** Why a lead is rescored: an event it had (a behavioral one, a logged call), or decay crossing a band. */
export type RescoreCause = { event: { id: string; type: string } } | "decay";

/**
 * A lead's score after an event that its category's behavioral rules may score (a behavioral
 * event, a logged call), or when its decaying score crosses into another band: its field score
 * plus the decayed points of its scored events, the priority band following. An event, or a
 * change of score or band, goes into the lead's score history, and the time its band next
 * changes by decay is set as its due row for the band timer (`recomputeDueBands`). The lead is
 * locked by the caller's transaction.
 */
export async function rescore(
  tx: Tx,
  lead: Lead,
  rules: readonly BehaviorRule[] | undefined,
  now: number,
  cause: RescoreCause,
): Promise<Omit<ScoredEvent, "event">> {
  const category = await getCategory(tx, lead.category);
  if (!category) throw new AppError("internal", `lead ${lead.id} has no category`);
  const scoring = rules ?? (await getCategoryWork(tx, lead.category)).behavior ?? [];
  const fieldScore = (await getLeadWork(tx, lead.id))?.field_score ?? lead.score;
  const events = await eventTimes(
    tx,
    lead.id,
    scoring.map((r) => r.event),
  );
  const behaviorScore = behaviorPoints(events, scoring, now);
  const score = fieldScore + behaviorScore;
  const band = (s: number) => bandFor(s, category.scoring.bands);
  const priority = band(score);
  await putLeadWork(tx, lead.id, { field_score: fieldScore }, now);
  const changed = score !== lead.score || priority !== lead.priority;
  if (changed) await updateLeadRow(tx, lead.id, { score, priority, updated_at: now });
  if (changed || cause !== "decay")
    await insertScoreHistory(tx, {
      id: newId("score", now),
      lead_id: lead.id,
      at: now,
      score,
      band: priority,
      cause: cause === "decay" ? "decay" : "event",
      event_id: cause === "decay" ? null : cause.event.id,
      event_type: cause === "decay" ? null : cause.event.type,
    });
  await putBandDue(tx, lead.id, lead.category, nextBandChange(fieldScore, events, scoring, band, now));
  return { score, priority, fieldScore, behaviorScore };
}
