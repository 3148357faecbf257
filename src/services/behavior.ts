import {
  behaviorPoints,
  checkBehaviorRules,
  SYSTEM_EVENT_TYPES,
  type BehaviorRule,
} from "../domain/behavior.js";
import { AppError, invalid, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { LeadEvent } from "../domain/lead.js";
import { bandFor } from "../domain/scoring.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import {
  eventTimes,
  getCategoryWork,
  getLeadWork,
  lockLead,
  putCategoryWork,
  putLeadWork,
  updateLeadRow,
} from "../store/queries/work.js";
import type { Store, Tx } from "../store/store.js";
import { audit, BOOTSTRAP } from "./audit.js";
import { actorOf } from "./work.js";

export async function behaviorRulesOf(db: Store["db"] | Tx, category: string): Promise<BehaviorRule[]> {
  return (await getCategoryWork(db, category)).behavior ?? [];
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
 * intake gave its fields plus the decayed points of every behavioral event it has had.
 */
export async function recordBehavior(
  store: Store,
  leadId: string,
  input: { type: string; data?: Record<string, unknown> | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<ScoredEvent> {
  if (SYSTEM_EVENT_TYPES.has(input.type))
    throw invalid([
      { field: "type", code: "reserved", message: `${input.type} events are written by Carousel itself` },
    ]);
  return store.transact(async (tx) => {
    const lead = (await lockLead(tx, leadId)) ? await getLead(tx, leadId) : undefined;
    if (!lead) throw notFound(`lead ${leadId}`);
    const category = await getCategory(tx, lead.category);
    if (!category) throw new AppError("internal", `lead ${lead.id} has no category`);
    const rules = (await getCategoryWork(tx, lead.category)).behavior ?? [];
    const event: LeadEvent = {
      id: newId("event", now),
      leadId: lead.id,
      type: input.type,
      at: now,
      actor: actorOf(principal),
      data: input.data ?? {},
    };
    await insertEvent(tx, event);
    const fieldScore = (await getLeadWork(tx, lead.id))?.field_score ?? lead.score;
    const behaviorScore = behaviorPoints(
      await eventTimes(
        tx,
        lead.id,
        rules.map((r) => r.event),
      ),
      rules,
      now,
    );
    const score = fieldScore + behaviorScore;
    const priority = bandFor(score, category.scoring.bands);
    await putLeadWork(tx, lead.id, { field_score: fieldScore }, now);
    if (score !== lead.score || priority !== lead.priority)
      await updateLeadRow(tx, lead.id, { score, priority, updated_at: now });
    return { event, score, priority, fieldScore, behaviorScore };
  });
}
