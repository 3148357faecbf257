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
