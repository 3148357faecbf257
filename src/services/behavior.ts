import { behaviorPoints, checkBehaviorRules, nextBandChange, type BehaviorRule } from "../domain/behavior.js";
import { AppError, invalid, notFound } from "../domain/errors.js";
import { actorOf, behaviorEventType, reservedEventType, type LeadEvent } from "../domain/events.js";
import { newId } from "../domain/ids.js";
import type { Lead } from "../domain/lead.js";
import { bandFor, bandRank, type ScoreBand } from "../domain/scoring.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import { setPoolPlace } from "../store/queries/pool.js";
import { insertScoreHistory, putBandDue, putCategoryBandsDue } from "../store/queries/score-history.js";
import type { ScoreHistoryRow } from "../store/schema.js";
import {
  eventTimes,
  eventTimesOfLeads,
  fieldScoresOf,
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

/**
 * Replaces a category's behavioral scoring rules. Every lead of the category is then due for the
 * band timer, which rescores them by the new rules in batches and sets when each one's band
 * next changes.
 */
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
    await putCategoryBandsDue(tx, category, now);
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

/**
 * Why a lead is rescored: an event it had (a behavioral one, a logged call), decay crossing a
 * band, its category's rules or bands changing (`rules`), or a nurture sequence's step setting
 * its score.
 */
export type RescoreCause =
  { event: { id: string; type: string } } | "decay" | "rules" | { sequence: string; step: string };

/**
 * A lead's score after an event that its category's behavioral rules may score (a behavioral
 * event, a logged call), when its decaying score crosses into another band, or when its
 * category's rules or bands change: its field score plus the decayed points of its scored
 * events, the priority band following. A sequence's step may set the score instead (`setTo`):
 * the field score becomes what the events leave of it, so it decays from there like any other.
 * An event or a step, or a change of score or band, goes into the lead's score history; a pooled
 * lead's place follows its score and band; and the time its band next changes by decay is set as
 * its due row for the band timer (`recomputeDueBands`). The lead is locked by the caller's
 * transaction.
 */
export async function rescore(
  tx: Tx,
  lead: Lead,
  rules: readonly BehaviorRule[] | undefined,
  now: number,
  cause: RescoreCause,
  setTo?: number,
): Promise<Omit<ScoredEvent, "event">> {
  const category = await getCategory(tx, lead.category);
  if (!category) throw new AppError("internal", `lead ${lead.id} has no category`);
  const scoring = rules ?? (await getCategoryWork(tx, lead.category)).behavior ?? [];
  const events = await eventTimes(
    tx,
    lead.id,
    scoring.map((r) => r.event),
  );
  const behaviorScore = behaviorPoints(events, scoring, now);
  const fieldScore =
    setTo !== undefined
      ? setTo - behaviorScore
      : ((await getLeadWork(tx, lead.id))?.field_score ?? lead.score);
  const score = fieldScore + behaviorScore;
  const band = (s: number) => bandFor(s, category.scoring.bands);
  const priority = band(score);
  await putLeadWork(tx, lead.id, { field_score: fieldScore }, now);
  const changed = score !== lead.score || priority !== lead.priority;
  if (changed) await updateLeadRow(tx, lead.id, { score, priority, updated_at: now });
  if (changed || cause === "rules")
    await setPoolPlace(tx, lead.id, { score, bandRank: bandRank(priority, category.scoring.bands) });
  if (changed || (cause !== "decay" && cause !== "rules"))
    await insertScoreHistory(tx, {
      id: newId("score", now),
      lead_id: lead.id,
      at: now,
      score,
      band: priority,
      ...causeColumns(cause),
    });
  await putBandDue(tx, lead.id, lead.category, nextBandChange(fieldScore, events, scoring, band, now));
  return { score, priority, fieldScore, behaviorScore };
}

function causeColumns(
  cause: RescoreCause,
): Pick<ScoreHistoryRow, "cause" | "event_id" | "event_type" | "sequence" | "step"> {
  const none = { event_id: null, event_type: null, sequence: null, step: null };
  if (cause === "decay" || cause === "rules") return { ...none, cause };
  if ("event" in cause)
    return { ...none, cause: "event", event_id: cause.event.id, event_type: cause.event.type };
  return { ...none, cause: "sequence", sequence: cause.sequence, step: cause.step };
}

/**
 * A nurture sequence's step sets a lead's score now: recorded in its score history with the
 * sequence and step, the band and the band timer following as for any other change.
 */
export async function setScoreBySequence(
  tx: Tx,
  lead: Lead,
  score: number,
  by: { sequence: string; step: string },
  now: number,
): Promise<Omit<ScoredEvent, "event">> {
  await lockLead(tx, lead.id);
  return rescore(tx, lead, undefined, now, by, score);
}

/** A lead's score and band at a moment, and the bands of its category. */
export interface CurrentScore {
  score: number;
  priority: string;
  bands: readonly ScoreBand[];
}

/**
 * What these leads score, and their band, at `now`: their field score plus their events' points
 * decayed to now, banded by their category's bands, whether or not the band timer has come to
 * them yet; read for several leads at once.
 */
export async function currentScores(
  on: Runner,
  leads: readonly Lead[],
  now: number,
): Promise<Map<string, CurrentScore>> {
  const byCategory = new Map<string, Lead[]>();
  for (const lead of leads) {
    const inCategory = byCategory.get(lead.category);
    if (inCategory) inCategory.push(lead);
    else byCategory.set(lead.category, [lead]);
  }
  const scores = new Map<string, CurrentScore>();
  for (const [key, inCategory] of byCategory) {
    const bands = (await getCategory(on, key))?.scoring.bands ?? [];
    const rules = (await getCategoryWork(on, key)).behavior ?? [];
    if (rules.length === 0) {
      for (const lead of inCategory)
        scores.set(lead.id, { score: lead.score, priority: bandFor(lead.score, bands), bands });
      continue;
    }
    const ids = inCategory.map((l) => l.id);
    const fieldScores = await fieldScoresOf(on, ids);
    const events = await eventTimesOfLeads(
      on,
      ids,
      rules.map((r) => r.event),
    );
    for (const lead of inCategory) {
      const score =
        (fieldScores.get(lead.id) ?? lead.score) + behaviorPoints(events.get(lead.id) ?? [], rules, now);
      scores.set(lead.id, { score, priority: bandFor(score, bands), bands });
    }
  }
  return scores;
}
