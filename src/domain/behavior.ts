import { COMMON_BEHAVIOR_EVENTS, SCORABLE_SYSTEM_EVENTS, SYSTEM_EVENT_TYPES } from "./events.js";

const DAY_MS = 86_400_000;

/** Points a lead earns each time an event of this type happens, halving every `halfLifeDays`. */
export interface BehaviorRule {
  event: string;
  points: number;
  /** No half-life: the points never fade. */
  halfLifeDays?: number;
}

/**
 * The event types a webhook may subscribe to: Carousel's own, the common behavioral ones, those a
 * category's behavioral rules name (`ruleEvents`), or `*` for all.
 */
export function unknownEventTypes(types: readonly string[], ruleEvents: ReadonlySet<string>): string[] {
  return types.filter(
    (t) =>
      t !== "*" && !SYSTEM_EVENT_TYPES.has(t) && !COMMON_BEHAVIOR_EVENTS.includes(t) && !ruleEvents.has(t),
  );
}

/** What a behavioral event is worth `ageMs` after it happened. */
export function decayed(points: number, ageMs: number, halfLifeDays?: number): number {
  if (halfLifeDays === undefined || ageMs <= 0) return points;
  return points * 0.5 ** (ageMs / (halfLifeDays * DAY_MS));
}

/**
 * The behavioral part of a lead's score at `now`: every event that has a rule, decayed by its
 * age, summed and rounded. Events without a rule are worth nothing.
 *
 * @example
 * behaviorPoints([{ type: "email_opened", at: 0 }], [{ event: "email_opened", points: 10, halfLifeDays: 7 }], 7 * 86_400_000);
 * // → 5
 */
export function behaviorPoints(
  events: readonly { type: string; at: number }[],
  rules: readonly BehaviorRule[],
  now: number,
): number {
  const byEvent = new Map(rules.map((r) => [r.event, r]));
  let total = 0;
  for (const e of events) {
    const rule = byEvent.get(e.type);
    if (rule) total += decayed(rule.points, now - e.at, rule.halfLifeDays);
  }
  return Math.round(total);
}

/** What is wrong with a rule set: one rule per event type, and only types integrations may post or a logged call. */
export function checkBehaviorRules(rules: readonly BehaviorRule[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.event)) problems.push(`rules[${i}].event ${r.event} has a rule already`);
    if (SYSTEM_EVENT_TYPES.has(r.event) && !SCORABLE_SYSTEM_EVENTS.has(r.event))
      problems.push(`rules[${i}].event ${r.event} is written by Carousel, not posted as behavior`);
    seen.add(r.event);
  });
  return problems;
}

/** A lead's score at `at`: its field score plus its behavioral points, decayed to then. */
function scoreAt(
  fieldScore: number,
  events: readonly { type: string; at: number }[],
  rules: readonly BehaviorRule[],
  at: number,
): number {
  return fieldScore + behaviorPoints(events, rules, at);
}

/** The most steps the band search takes over a score that both rises and falls. */
const SCAN_STEPS = 4096;

/**
 * When a lead's score, decaying from `now` on with no new event, next falls (or rises) into
 * another band: the first millisecond at which `band` of the score differs from now's, or null
 * when it never will. Decay is deterministic, so this is known in advance and a timer need read
 * only the leads whose time has come.
 *
 * While every fading rule points the same way the score moves one way only, so the answer is
 * found by halving the span up to when the fading points are spent. Rules pointing both ways
 * (a negative rule beside positive ones) are scanned in steps of a sixteenth of the shortest
 * half-life (at most 4,096 of them) and the change found by halving within the step; a band
 * left and re-entered within one step is not seen.
 *
 * @example
 * nextBandChange(50, [{ type: "form_fill", at: 0 }], [{ event: "form_fill", points: 40, halfLifeDays: 1 }], bandFor, 0);
 * // → 37_954_228 (about 10.5 hours: 50 + 40 × ½^(t/1 day) rounds below 80)
 */
export function nextBandChange(
  fieldScore: number,
  events: readonly { type: string; at: number }[],
  rules: readonly BehaviorRule[],
  band: (score: number) => string,
  now: number,
): number | null {
  const byEvent = new Map(rules.map((r) => [r.event, r]));
  const fading: { points: number; at: number; halfLifeMs: number }[] = [];
  for (const e of events) {
    const rule = byEvent.get(e.type);
    if (rule?.halfLifeDays !== undefined && rule.points !== 0)
      fading.push({ points: rule.points, at: e.at, halfLifeMs: rule.halfLifeDays * DAY_MS });
  }
  if (fading.length === 0) return null;
  const bandAt = (t: number) => band(scoreAt(fieldScore, events, rules, t));
  const start = bandAt(now);
  // Past `end` every fading point together is worth less than a thousandth: the score is settled.
  let end = now + 1;
  for (const f of fading)
    end = Math.max(
      end,
      f.at + Math.ceil(f.halfLifeMs * Math.log2(Math.abs(f.points) * fading.length * 1000)),
    );
  const within = (lo: number, hi: number) => {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (bandAt(mid) === start) lo = mid;
      else hi = mid;
    }
    return hi;
  };
  const oneWay = fading.every((f) => f.points > 0) || fading.every((f) => f.points < 0);
  if (oneWay) return bandAt(end) === start ? null : within(now, end);
  const shortest = Math.min(...fading.map((f) => f.halfLifeMs));
  const step = Math.max(Math.ceil(shortest / 16), Math.ceil((end - now) / SCAN_STEPS));
  for (let t = now; t < end; t += step) {
    const next = Math.min(t + step, end);
    if (bandAt(next) !== start) return within(t, next);
  }
  return null;
}

/** What one behavioral event gives a lead: its rule's points, and what they are worth at `now`. */
export interface EventContribution {
  id: string;
  type: string;
  at: number;
  points: number;
  pointsNow: number;
  halfLifeDays: number | null;
}

/** The events a rule scores, each with its points when it happened and decayed to `now`, oldest first. */
export function eventContributions(
  events: readonly { id: string; type: string; at: number }[],
  rules: readonly BehaviorRule[],
  now: number,
): EventContribution[] {
  const byEvent = new Map(rules.map((r) => [r.event, r]));
  const contributions: EventContribution[] = [];
  for (const e of [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
    const rule = byEvent.get(e.type);
    if (!rule) continue;
    contributions.push({
      id: e.id,
      type: e.type,
      at: e.at,
      points: rule.points,
      pointsNow: Math.round(decayed(rule.points, now - e.at, rule.halfLifeDays) * 100) / 100,
      halfLifeDays: rule.halfLifeDays ?? null,
    });
  }
  return contributions;
}
