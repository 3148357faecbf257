import {
  DEFAULT_EXIT_STAGES,
  END,
  SENDING_STEPS,
  stepIds,
  type Condition,
  type EnrollRules,
  type ExitRules,
  type SendWindow,
  type Step,
} from "./sequence.js";
import { nextSendTime, nextTimeOfDay } from "./timing.js";

/** What the rules of a sequence read about a lead. */
export interface LeadFacts {
  category: string;
  source: string;
  stage: string;
  score: number;
  priority: string;
  tags: readonly string[];
  fields: Readonly<Record<string, unknown>>;
}

/** What happened to this enrolment's messages and the lead's address since it enrolled. */
export interface Engagement {
  /** Ids of the steps whose email was opened, and clicked. */
  opened: ReadonlySet<string>;
  clicked: ReadonlySet<string>;
  replied: boolean;
  unsubscribed: boolean;
  bounced: boolean;
  /** The lead's email address is on the suppression list. */
  suppressed: boolean;
}

export const EXIT_REASONS = [
  "stage",
  "replied",
  "unsubscribed",
  "bounced",
  "suppressed",
  "removed",
  "lead_gone",
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** Whether a lead meets a sequence's enrolment rules. Rules with no criterion take no lead by themselves. */
export function meetsEnrollRules(rules: EnrollRules, lead: LeadFacts): boolean {
  return (
    takesByRule(rules) &&
    (rules.categories === undefined || rules.categories.includes(lead.category)) &&
    (rules.sources === undefined || rules.sources.includes(lead.source)) &&
    (rules.stages === undefined || rules.stages.includes(lead.stage)) &&
    (rules.scoreMin === undefined || lead.score >= rules.scoreMin) &&
    (rules.scoreMax === undefined || lead.score <= rules.scoreMax) &&
    (rules.priorities === undefined || rules.priorities.includes(lead.priority)) &&
    (rules.tags === undefined || rules.tags.some((t) => lead.tags.includes(t)))
  );
}

/** Whether the rules name any criterion: without one, leads enter only by hand. */
export const takesByRule = (rules: EnrollRules): boolean =>
  [
    rules.categories,
    rules.sources,
    rules.stages,
    rules.scoreMin,
    rules.scoreMax,
    rules.priorities,
    rules.tags,
  ].some((r) => r !== undefined);

/** Whether a lead whose last enrolment in the sequence ended at `endedAt` may enter it again. */
export function mayReenroll(rules: EnrollRules, endedAt: number, now: number): boolean {
  if ((rules.reenroll ?? "never") === "never") return false;
  return now - endedAt >= (rules.reenrollAfterDays ?? 0) * 86_400_000;
}

/** Why a lead leaves the sequence now, or null while it stays. */
export function exitReason(rules: ExitRules, lead: LeadFacts, e: Engagement): ExitReason | null {
  if (e.bounced) return "bounced";
  if (e.unsubscribed) return "unsubscribed";
  if (e.suppressed) return "suppressed";
  if ((rules.stages ?? (DEFAULT_EXIT_STAGES as readonly string[])).includes(lead.stage)) return "stage";
  if (rules.reply !== false && e.replied) return "replied";
  return null;
}

export function holds(c: Condition, lead: LeadFacts, e: Engagement): boolean {
  if ("field" in c) {
    const value = lead.fields[c.field];
    if (c.in !== undefined) return c.in.some((v) => v === value);
    if (c.equals !== undefined) return value === c.equals;
    return value !== undefined && value !== null && value !== "";
  }
  if ("score" in c)
    return (
      (c.score.min === undefined || lead.score >= c.score.min) &&
      (c.score.max === undefined || lead.score <= c.score.max)
    );
  if ("priority" in c) return c.priority.includes(lead.priority);
  if ("stage" in c) return c.stage.includes(lead.stage);
  if ("tag" in c) return lead.tags.includes(c.tag);
  if ("opened" in c) return e.opened.has(c.opened) || e.clicked.has(c.opened);
  if ("clicked" in c) return e.clicked.has(c.clicked);
  return e.replied;
}

export type SendingStep = Extract<Step, { type: "email" | "sms" | "webhook" }>;

/** What a run of steps does, for the service to carry out in the same transaction. */
export type Effect =
  | { kind: "send"; step: number; stepId: string; send: SendingStep }
  | { kind: "set"; step: number; stepId: string; set: Extract<Step, { type: "set" }> }
  | { kind: "task"; step: number; stepId: string; title: string; dueAt: number };

export interface Run {
  effects: Effect[];
  /** The step to run next, its index; `steps.length` once the sequence is done. */
  step: number;
  /** When it is due; null when the sequence is done. */
  dueAt: number | null;
  /** Why it waits, for the lead's timeline. */
  waitingFor: "wait" | "window" | "limit" | "send" | null;
}

export interface RunContext {
  now: number;
  /** The lead's time zone. */
  zone: string;
  window: SendWindow | null;
  /** When a sending step may go next because of the sequence's limits; null: now. */
  blockedUntil: number | null;
  /** The band a score falls in, by the lead's category's bands: a set score moves the band. */
  bandOf: (score: number) => string;
}

/**
 * Runs an enrolment's steps from `from`: set, task and branch steps one after another, until a
 * wait (the next step is due when it ends), a sending step outside the send window or over a
 * limit (due again at the window's opening or when the limit allows), a second sending step
 * (due at once: a run sends at most once), or the end. Branches jump
 * forward only, so a run ends within the sequence's length.
 */
export function runSteps(
  steps: readonly Step[],
  from: number,
  lead: LeadFacts,
  engagement: Engagement,
  ctx: RunContext,
): Run {
  const ids = stepIds(steps);
  const effects: Effect[] = [];
  let facts: LeadFacts = lead;
  let i = from;
  let sent = false;
  while (i < steps.length) {
    const step = steps[i]!;
    const stepId = ids[i]!;
    switch (step.type) {
      case "wait": {
        const dueAt =
          "seconds" in step ? ctx.now + step.seconds * 1000 : nextTimeOfDay(step.until, ctx.zone, ctx.now);
        return { effects, step: i + 1, dueAt, waitingFor: "wait" };
      }
      case "branch": {
        const target = holds(step.if, facts, engagement) ? step.then : step.else;
        if (target === undefined) i += 1;
        else if (target === END) i = steps.length;
        else i = ids.indexOf(target);
        continue;
      }
      case "set":
        effects.push({ kind: "set", step: i, stepId, set: step });
        facts = applySet(facts, step, ctx.bandOf);
        i += 1;
        continue;
      case "task":
        effects.push({
          kind: "task",
          step: i,
          stepId,
          title: step.title,
          dueAt: ctx.now + (step.dueInMinutes ?? 0) * 60_000,
        });
        i += 1;
        continue;
      default: {
        // One send a run: the next one is due at once, and runs in a transaction of its own.
        if (sent) return { effects, step: i, dueAt: ctx.now, waitingFor: "send" };
        if (SENDING_STEPS.has(step.type)) {
          const opens = nextSendTime(ctx.window, ctx.zone, ctx.now);
          if (opens > ctx.now) return { effects, step: i, dueAt: opens, waitingFor: "window" };
          if (ctx.blockedUntil !== null && ctx.blockedUntil > ctx.now)
            return {
              effects,
              step: i,
              dueAt: nextSendTime(ctx.window, ctx.zone, ctx.blockedUntil),
              waitingFor: "limit",
            };
        }
        effects.push({ kind: "send", step: i, stepId, send: step });
        sent = true;
        i += 1;
        continue;
      }
    }
  }
  return { effects, step: steps.length, dueAt: null, waitingFor: null };
}

function applySet(
  lead: LeadFacts,
  set: Extract<Step, { type: "set" }>,
  bandOf: (score: number) => string,
): LeadFacts {
  let tags = [...lead.tags];
  if (set.addTag !== undefined && !tags.includes(set.addTag)) tags.push(set.addTag);
  if (set.removeTag !== undefined) tags = tags.filter((t) => t !== set.removeTag);
  const scored = set.score === undefined ? {} : { score: set.score, priority: bandOf(set.score) };
  return { ...lead, stage: set.stage ?? lead.stage, ...scored, tags };
}
