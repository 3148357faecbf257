import {
  behaviorPoints,
  eventContributions,
  nextBandChange,
  type EventContribution,
} from "../domain/behavior.js";
import { notFound } from "../domain/errors.js";
import { bandFor, fieldContributions, type FieldContribution } from "../domain/scoring.js";
import { isStaff, type Principal } from "../domain/user.js";
import { listAssignments } from "../store/queries/assignments.js";
import { getCategory } from "../store/queries/categories.js";
import { getLead, listEventsOfType } from "../store/queries/leads.js";
import { scoreHistoryOf } from "../store/queries/score-history.js";
import { eventTimes, getCategoryWork, getLeadWork } from "../store/queries/work.js";
import type { Store } from "../store/store.js";
import { routableLead } from "./routing/routable-lead.js";
import { holds } from "./work.js";

/**
 * One change of a lead's score: intake's (`fields`), an event's, decay crossing a band, its
 * category's rules or bands changing (`rules`), or a nurture sequence's step setting it.
 */
export interface ScoreChange {
  at: number;
  score: number;
  band: string;
  cause: ScoreCause;
  event: { id: string; type: string } | null;
  sequence: { key: string; step: string } | null;
}

type ScoreCause = "fields" | "event" | "decay" | "rules" | "sequence";
const LATER_CAUSES: readonly string[] = ["event", "decay", "rules", "sequence"];

/** A lead's score now, the parts it is made of, how it came to be, and when its band changes next. */
export interface ScoreExplanation {
  leadId: string;
  score: number;
  band: string;
  fieldScore: number;
  behaviorScore: number;
  fields: FieldContribution[];
  events: EventContribution[];
  history: ScoreChange[];
  nextBandChangeAt: number | null;
}

/**
 * Why a lead has its score, at `now`: the field rules it meets, each scored event with its
 * points then and what decay leaves of them now, the history of its score, and when decay next
 * moves it into another band. For staff and the recipient that holds the lead; to anyone else
 * the lead does not exist.
 */
export async function explainScore(
  store: Store,
  leadId: string,
  principal: Principal,
  now = Date.now(),
): Promise<ScoreExplanation> {
  const lead = await getLead(store, leadId);
  if (!lead) throw notFound(`lead ${leadId}`);
  if (!isStaff(principal) && !holds(await listAssignments(store, leadId), principal.recipient))
    throw notFound(`lead ${leadId}`);
  const category = await getCategory(store, lead.category);
  const bands = category?.scoring.bands ?? [];
  const rules = (await getCategoryWork(store, lead.category)).behavior ?? [];
  const fieldScore = (await getLeadWork(store, leadId))?.field_score ?? lead.score;
  const events = await eventTimes(
    store,
    leadId,
    rules.map((r) => r.event),
  );
  const behaviorScore = behaviorPoints(events, rules, now);
  const score = fieldScore + behaviorScore;
  const band = (s: number) => bandFor(s, bands);
  // The lead as intake scored it: before any score of its own.
  const atIntake = { ...routableLead(lead), score: 0, priority: band(0) };
  const received = (await listEventsOfType(store, leadId, "received"))[0];
  const intake: ScoreChange[] = received
    ? [
        {
          at: received.at,
          score: Number(received.data["score"] ?? 0),
          band: String(received.data["priority"] ?? band(0)),
          cause: "fields",
          event: null,
          sequence: null,
        },
      ]
    : [];
  const later = (await scoreHistoryOf(store, leadId)).map((h): ScoreChange => ({
    at: h.at,
    score: h.score,
    band: h.band,
    cause: LATER_CAUSES.includes(h.cause) ? (h.cause as ScoreCause) : "event",
    event: h.event_id !== null ? { id: h.event_id, type: h.event_type ?? "" } : null,
    sequence: h.sequence !== null ? { key: h.sequence, step: h.step ?? "" } : null,
  }));
  return {
    leadId,
    score,
    band: band(score),
    fieldScore,
    behaviorScore,
    fields: fieldContributions(atIntake, category?.scoring.rules ?? [], fieldScore),
    events: eventContributions(events, rules, now),
    history: [...intake, ...later],
    nextBandChangeAt: nextBandChange(fieldScore, events, rules, band, now),
  };
}
