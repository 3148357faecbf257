import type { ErrorDetail } from "../errors.js";
import { parseClock } from "../routing/schedule.js";
import type { Weekday } from "../routing/types.js";
import { isValidTimeZone } from "../routing/zoned-time.js";
import { plainProblem } from "../templates/render.js";

/** Which leads a sequence takes: every criterion given must hold (any value of a list). */
export interface EnrollRules {
  categories?: string[];
  sources?: string[];
  stages?: string[];
  /** The score band, inclusive. */
  scoreMin?: number;
  scoreMax?: number;
  /** Priority bands (hot, warm, cold). */
  priorities?: string[];
  /** The lead carries one of these tags. */
  tags?: string[];
  /**
   * Whether a lead that went through the sequence may enter it again: `never` (the default), or
   * `after_end` once its last enrolment ended at least `reenrollAfterDays` before.
   */
  reenroll?: "never" | "after_end";
  reenrollAfterDays?: number;
}

/** When a lead leaves a sequence early; an unsubscribe, a bounce or a removal always ends it. */
export interface ExitRules {
  /** Stages that end it; by default contacted, won and lost. */
  stages?: string[];
  /** Whether a reply (`email_replied`, `sms_replied`) ends it; by default yes. */
  reply?: boolean;
}

/** Days and hours in the lead's local time zone when a step may send. */
export interface SendWindow {
  days: Weekday[];
  /** `HH:MM` local time the window opens and closes. */
  from: string;
  to: string;
  /** The zone of a lead whose zip and state give none; `America/New_York` by default. */
  timeZone?: string;
}

export type Condition =
  | { field: string; equals?: string | number | boolean; in?: (string | number)[] }
  | { score: { min?: number; max?: number } }
  | { priority: string[] }
  | { stage: string[] }
  | { tag: string }
  | { opened: string }
  | { clicked: string }
  | { replied: true };

/** A step's optional `id` names it for branches and conditions; by default its position, from 1. */
interface Named {
  id?: string;
}

export type Step = Named &
  (
    | { type: "wait"; seconds: number }
    | { type: "wait"; until: string }
    | { type: "email"; template: string }
    | { type: "branch"; if: Condition; then: string; else?: string }
    | { type: "set"; stage?: string; score?: number; addTag?: string; removeTag?: string }
    | { type: "task"; title: string; dueInMinutes?: number }
    | { type: "webhook"; url: string }
    | {
        type: "sms";
        text: string;
        gateway: {
          url: string;
          format: "form" | "json";
          headers?: Record<string, string>;
          /** Request parameters, each a Liquid template over `lead` and `text`. */
          params: Record<string, string>;
        };
      }
  );

export type StepType = Step["type"];

/** What a sequence is: stored as one JSON definition per version. */
export interface SequenceDefinition {
  enroll: EnrollRules;
  exit: ExitRules;
  window: SendWindow | null;
  /** At most this many sends of the sequence a day (UTC); none when null. */
  dailyLimit: number | null;
  steps: Step[];
}

export interface Sequence extends SequenceDefinition {
  key: string;
  name: string;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export const DEFAULT_EXIT_STAGES = ["contacted", "won", "lost"] as const;
export const DEFAULT_TIME_ZONE = "America/New_York";
export const MAX_STEPS = 50;
/** The target of a branch that ends the sequence. */
export const END = "end";

/** The id of each step, in order: its own `id`, or its position from 1. */
export const stepIds = (steps: readonly Step[]): string[] => steps.map((s, i) => s.id ?? String(i + 1));

/** The steps that send something a lead receives, and may be refused by a suppression. */
export const SENDING_STEPS: ReadonlySet<StepType> = new Set(["email", "sms"]);

/**
 * What is wrong with a definition beyond its shape: ids that repeat, branches that jump back
 * (jumps go forward only, so every enrolment ends and each step sends at most once), a
 * condition on a step that is not an earlier email, clock times and time zones that are none.
 */
export function definitionProblems(def: SequenceDefinition): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const bad = (field: string, message: string) => problems.push({ field, code: "invalid", message });
  const ids = stepIds(def.steps);
  if (def.steps.length === 0) bad("steps", "a sequence has at least one step");
  if (def.steps.length > MAX_STEPS) bad("steps", `a sequence has at most ${MAX_STEPS} steps`);
  ids.forEach((id, i) => {
    if (id === END) bad(`steps/${i}/id`, `"${END}" names the end of the sequence, not a step`);
    if (ids.indexOf(id) !== i) bad(`steps/${i}/id`, `step id ${id} is used twice`);
  });
  def.steps.forEach((step, i) => {
    const at = `steps/${i}`;
    if (step.type === "wait" && "until" in step && parseClock(step.until) === undefined)
      bad(`${at}/until`, "a time of day is HH:MM");
    if (step.type === "sms")
      for (const [name, source] of [["text", step.text], ...Object.entries(step.gateway.params)] as const) {
        const problem = plainProblem(source);
        if (problem) bad(`${at}/${name}`, problem);
      }
    if (step.type !== "branch") return;
    for (const target of [step.then, step.else]) {
      if (target === undefined || target === END) continue;
      const j = ids.indexOf(target);
      if (j < 0) bad(at, `no step has the id ${target}`);
      else if (j <= i) bad(at, `a branch goes forward only: ${target} is not after step ${ids[i]}`);
    }
    const c = step.if;
    const earlier = "opened" in c ? c.opened : "clicked" in c ? c.clicked : undefined;
    if (earlier !== undefined) {
      const j = ids.indexOf(earlier);
      if (j < 0 || j >= i || def.steps[j]?.type !== "email")
        bad(`${at}/if`, `${earlier} is not an earlier email step`);
    }
  });
  if (def.window) {
    const w = def.window;
    const from = parseClock(w.from);
    const to = parseClock(w.to);
    if (from === undefined) bad("window/from", "a time of day is HH:MM");
    if (to === undefined) bad("window/to", "a time of day is HH:MM");
    if (from !== undefined && to !== undefined && from === to)
      bad("window/to", "the window closes when it opens: give different times");
    if (w.days.length === 0) bad("window/days", "a window is open on at least one day");
    if (w.timeZone !== undefined && !isValidTimeZone(w.timeZone))
      bad("window/timeZone", `${w.timeZone} is not a time zone`);
  }
  const e = def.enroll;
  if (e.scoreMin !== undefined && e.scoreMax !== undefined && e.scoreMin > e.scoreMax)
    bad("enroll/scoreMax", "the score band ends before it starts");
  return problems;
}

/** The templates a definition's email steps send. */
export const templatesOf = (def: SequenceDefinition): string[] => [
  ...new Set(def.steps.flatMap((s) => (s.type === "email" ? [s.template] : []))),
];
