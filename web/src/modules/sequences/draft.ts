import type { paths } from "../../api/schema";
import type { Problem } from "../../ui/problems";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
export type Sequence = Json<paths["/api/v1/sequences/{key}"]["get"]["responses"][200]>;
export type SequenceItem = Json<paths["/api/v1/sequences"]["get"]["responses"][200]>["items"][number];
export type SequenceBody = NonNullable<
  paths["/api/v1/sequences"]["post"]["requestBody"]
>["content"]["application/json"];
export type Step = Sequence["steps"][number];
type Condition = Extract<Step, { type: "branch" }>["if"];
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** What a step does, as the editor offers it: a wait by duration and a wait until a time are two kinds. */
export const STEP_KINDS = [
  { value: "wait", label: "Wait a while" },
  { value: "until", label: "Wait until a time of day" },
  { value: "email", label: "Send an email" },
  { value: "branch", label: "Branch on a condition" },
  { value: "set", label: "Set stage, score or tag" },
  { value: "task", label: "Create a task" },
  { value: "webhook", label: "Call a webhook" },
  { value: "sms", label: "Send a text message" },
] as const;
export type StepKind = (typeof STEP_KINDS)[number]["value"];

export const CONDITIONS = [
  { value: "opened", label: "Opened an earlier email" },
  { value: "clicked", label: "Clicked in an earlier email" },
  { value: "replied", label: "Replied" },
  { value: "score", label: "Score between" },
  { value: "priority", label: "Priority band is" },
  { value: "stage", label: "Stage is" },
  { value: "tag", label: "Has the tag" },
  { value: "field", label: "A field equals" },
] as const;
export type ConditionKind = (typeof CONDITIONS)[number]["value"];

export const UNITS = [
  { value: "minutes", label: "minutes", seconds: 60 },
  { value: "hours", label: "hours", seconds: 3600 },
  { value: "days", label: "days", seconds: 86_400 },
  { value: "seconds", label: "seconds", seconds: 1 },
] as const;
export type Unit = (typeof UNITS)[number]["value"];

export const WEEKDAYS: { value: Weekday; label: string }[] = [
  { value: "mon", label: "Mon" },
  { value: "tue", label: "Tue" },
  { value: "wed", label: "Wed" },
  { value: "thu", label: "Thu" },
  { value: "fri", label: "Fri" },
  { value: "sat", label: "Sat" },
  { value: "sun", label: "Sun" },
];

export const BANDS = ["hot", "warm", "cold"] as const;

/** One step as the editor holds it: every input as typed, whichever kind the step is. */
export interface DraftStep {
  /** The card's own identity while editing; never sent. */
  uid: string;
  kind: StepKind;
  /** The step's id: its name for branches and conditions. */
  id: string;
  amount: string;
  unit: Unit;
  until: string;
  template: string;
  condition: ConditionKind;
  /** The field (field conditions) or the earlier step (opened, clicked). */
  subject: string;
  /** A field's value(s), stages, bands or the tag, separated by commas. */
  values: string;
  scoreMin: string;
  scoreMax: string;
  then: string;
  otherwise: string;
  stage: string;
  score: string;
  addTag: string;
  removeTag: string;
  title: string;
  dueInMinutes: string;
  url: string;
  text: string;
  format: "form" | "json";
  /** `Name: value` per line. */
  headers: string;
  /** `name=value` per line, each value Liquid. */
  params: string;
}

export interface Draft {
  categories: string;
  sources: string;
  stages: string;
  tags: string;
  priorities: string[];
  scoreMin: string;
  scoreMax: string;
  reenroll: "never" | "after_end";
  reenrollAfterDays: string;
  exitStages: string;
  exitOnReply: boolean;
  windowOn: boolean;
  days: Weekday[];
  from: string;
  to: string;
  timeZone: string;
  dailyLimit: string;
  steps: DraftStep[];
}

let uids = 0;
const uid = () => `s${++uids}`;

const BLANK_STEP: Omit<DraftStep, "uid" | "kind" | "id"> = {
  amount: "1",
  unit: "days",
  until: "09:00",
  template: "",
  condition: "opened",
  subject: "",
  values: "",
  scoreMin: "",
  scoreMax: "",
  then: "end",
  otherwise: "",
  stage: "",
  score: "",
  addTag: "",
  removeTag: "",
  title: "",
  dueInMinutes: "",
  url: "",
  text: "",
  format: "form",
  headers: "",
  params: "To={{ lead.phone }}\nBody={{ text }}",
};

const list = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const joined = (items: readonly (string | number)[] | undefined) => (items ?? []).join(", ");
const str = (n: number | undefined) => (n === undefined ? "" : String(n));

/** The first id of the form "1", "2"… that no step uses: a new step's id. */
export function freeId(steps: readonly Pick<DraftStep, "id">[], from = steps.length + 1): string {
  const used = new Set(steps.map((s) => s.id));
  let n = from;
  while (used.has(String(n))) n++;
  return String(n);
}

export function newStep(steps: readonly DraftStep[], kind: StepKind = "email"): DraftStep {
  return { ...BLANK_STEP, uid: uid(), kind, id: freeId(steps) };
}

/** A duration in the largest unit that divides it: 172800 s is 2 days. */
export function durationOf(seconds: number): { amount: string; unit: Unit } {
  for (const u of [...UNITS].sort((a, b) => b.seconds - a.seconds))
    if (seconds > 0 && seconds % u.seconds === 0)
      return { amount: String(seconds / u.seconds), unit: u.value };
  return { amount: String(seconds), unit: "seconds" };
}

function conditionDraft(c: Condition): Partial<DraftStep> {
  if ("opened" in c) return { condition: "opened", subject: c.opened };
  if ("clicked" in c) return { condition: "clicked", subject: c.clicked };
  if ("replied" in c) return { condition: "replied" };
  if ("score" in c) return { condition: "score", scoreMin: str(c.score.min), scoreMax: str(c.score.max) };
  if ("priority" in c) return { condition: "priority", values: joined(c.priority) };
  if ("stage" in c) return { condition: "stage", values: joined(c.stage) };
  if ("tag" in c) return { condition: "tag", values: c.tag };
  return {
    condition: "field",
    subject: c.field,
    values: c.in ? joined(c.in) : c.equals === undefined ? "" : String(c.equals),
  };
}

function stepDraft(step: Step, index: number): DraftStep {
  const base = { ...BLANK_STEP, uid: uid(), id: step.id ?? String(index + 1) };
  switch (step.type) {
    case "wait":
      return "until" in step
        ? { ...base, kind: "until", until: step.until }
        : { ...base, kind: "wait", ...durationOf(step.seconds) };
    case "email":
      return { ...base, kind: "email", template: step.template };
    case "branch":
      return {
        ...base,
        kind: "branch",
        ...conditionDraft(step.if),
        then: step.then,
        otherwise: step.else ?? "",
      };
    case "set":
      return {
        ...base,
        kind: "set",
        stage: step.stage ?? "",
        score: str(step.score),
        addTag: step.addTag ?? "",
        removeTag: step.removeTag ?? "",
      };
    case "task":
      return { ...base, kind: "task", title: step.title, dueInMinutes: str(step.dueInMinutes) };
    case "webhook":
      return { ...base, kind: "webhook", url: step.url };
    case "sms":
      return {
        ...base,
        kind: "sms",
        text: step.text,
        url: step.gateway.url,
        format: step.gateway.format,
        headers: Object.entries(step.gateway.headers ?? {})
          .map(([k, v]) => `${k}: ${v}`)
          .join("\n"),
        params: Object.entries(step.gateway.params)
          .map(([k, v]) => `${k}=${v}`)
          .join("\n"),
      };
  }
}

/** A new sequence's draft: a welcome email, a wait of two days, then a follow-up, weekdays 9–17. */
export function newDraft(): Draft {
  const first = newStep([], "email");
  const wait = { ...newStep([first], "wait"), amount: "2" };
  const second = newStep([first, wait], "email");
  return {
    ...draftOf(null),
    steps: [first, wait, second],
  };
}

/** The draft of a stored sequence, or the empty draft. */
export function draftOf(s: Sequence | null): Draft {
  return {
    categories: joined(s?.enroll.categories),
    sources: joined(s?.enroll.sources),
    stages: joined(s?.enroll.stages),
    tags: joined(s?.enroll.tags),
    priorities: [...(s?.enroll.priorities ?? [])],
    scoreMin: str(s?.enroll.scoreMin),
    scoreMax: str(s?.enroll.scoreMax),
    reenroll: s?.enroll.reenroll ?? "never",
    reenrollAfterDays: str(s?.enroll.reenrollAfterDays),
    exitStages: s?.exit.stages ? joined(s.exit.stages) : "contacted, won, lost",
    exitOnReply: s?.exit.reply ?? true,
    windowOn: s ? s.window !== null : true,
    days: (s?.window?.days as Weekday[] | undefined) ?? ["mon", "tue", "wed", "thu", "fri"],
    from: s?.window?.from ?? "09:00",
    to: s?.window?.to ?? "17:00",
    timeZone: s?.window?.timeZone ?? "",
    dailyLimit: s?.dailyLimit === null || s === null ? "" : String(s.dailyLimit),
    steps: (s?.steps ?? []).map(stepDraft),
  };
}

/** Moves the item at `index` by one place up (-1) or down (1). */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** What the editor itself finds wrong before asking the API, at the API's paths. */
class Found {
  readonly problems: Problem[] = [];
  /** A whole number (or nothing, when optional), else a problem at `field`. */
  int(text: string, field: string, optional = true): number | undefined {
    const t = text.trim();
    if (t === "") {
      if (!optional) this.problems.push({ field, message: "give a whole number" });
      return undefined;
    }
    if (!/^-?\d+$/.test(t)) {
      this.problems.push({ field, message: `${t} is not a whole number` });
      return undefined;
    }
    return Number(t);
  }
  /** `name<sep>value` lines as a record; a line without the separator is a problem at `field`. */
  pairs(text: string, sep: ":" | "=", field: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const line of text.split("\n").map((l) => l.trim())) {
      if (!line) continue;
      const at = line.indexOf(sep);
      if (at <= 0) this.problems.push({ field, message: `"${line}" is not name${sep}value` });
      else out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return out;
  }
}

const some = <T>(items: T[]) => (items.length > 0 ? items : undefined);
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function conditionOf(s: DraftStep, at: string, found: Found): Condition {
  switch (s.condition) {
    case "opened":
      return { opened: s.subject };
    case "clicked":
      return { clicked: s.subject };
    case "replied":
      return { replied: true };
    case "score":
      return {
        score: defined({ min: found.int(s.scoreMin, `${at}.if`), max: found.int(s.scoreMax, `${at}.if`) }),
      };
    case "priority":
      return { priority: list(s.values) };
    case "stage":
      return { stage: list(s.values) };
    case "tag":
      return { tag: s.values.trim() };
    case "field": {
      const values = list(s.values);
      return values.length > 1
        ? { field: s.subject.trim(), in: values }
        : { field: s.subject.trim(), equals: s.values.trim() };
    }
  }
}

function stepOf(s: DraftStep, index: number, found: Found): Step {
  const at = `steps.${index}`;
  // A step keeps the id it was given; one that is just its position is left implicit.
  const id = s.id.trim() === String(index + 1) ? {} : { id: s.id.trim() };
  switch (s.kind) {
    case "wait": {
      const amount = found.int(s.amount, `${at}.seconds`, false) ?? 0;
      const unit = UNITS.find((u) => u.value === s.unit)?.seconds ?? 1;
      return { ...id, type: "wait", seconds: amount * unit };
    }
    case "until":
      return { ...id, type: "wait", until: s.until };
    case "email":
      return { ...id, type: "email", template: s.template };
    case "branch":
      return defined({
        ...id,
        type: "branch" as const,
        if: conditionOf(s, at, found),
        then: s.then,
        else: s.otherwise || undefined,
      });
    case "set":
      return defined({
        ...id,
        type: "set" as const,
        stage: s.stage.trim() || undefined,
        score: found.int(s.score, `${at}.score`),
        addTag: s.addTag.trim() || undefined,
        removeTag: s.removeTag.trim() || undefined,
      });
    case "task":
      return defined({
        ...id,
        type: "task" as const,
        title: s.title.trim(),
        dueInMinutes: found.int(s.dueInMinutes, `${at}.dueInMinutes`),
      });
    case "webhook":
      return { ...id, type: "webhook", url: s.url.trim() };
    case "sms": {
      const headers = found.pairs(s.headers, ":", `${at}.gateway.headers`);
      return {
        ...id,
        type: "sms",
        text: s.text,
        gateway: {
          url: s.url.trim(),
          format: s.format,
          ...(Object.keys(headers).length > 0 ? { headers } : {}),
          params: found.pairs(s.params, "=", `${at}.gateway.params`),
        },
      };
    }
  }
}

/** The definition as the API takes it, and what is wrong with it before asking (at the API's paths). */
export function definitionOf(d: Draft): {
  definition: Omit<SequenceBody, "key" | "name">;
  problems: Problem[];
} {
  const found = new Found();
  const definition = {
    enroll: defined({
      categories: some(list(d.categories)),
      sources: some(list(d.sources)),
      stages: some(list(d.stages)),
      tags: some(list(d.tags)),
      priorities: some(d.priorities),
      scoreMin: found.int(d.scoreMin, "enroll.scoreMin"),
      scoreMax: found.int(d.scoreMax, "enroll.scoreMax"),
      reenroll: d.reenroll,
      reenrollAfterDays:
        d.reenroll === "after_end" ? found.int(d.reenrollAfterDays, "enroll.reenrollAfterDays") : undefined,
    }),
    exit: { stages: list(d.exitStages), reply: d.exitOnReply },
    window: d.windowOn
      ? {
          days: d.days,
          from: d.from,
          to: d.to,
          ...(d.timeZone.trim() ? { timeZone: d.timeZone.trim() } : {}),
        }
      : null,
    dailyLimit: found.int(d.dailyLimit, "dailyLimit") ?? null,
    steps: d.steps.map((s, i) => stepOf(s, i, found)),
  };
  return { definition, problems: found.problems };
}

/** The API names fields `steps/2/until` or `steps.2.until`; the editor reads them with dots. */
export const dotted = (problems: Problem[]): Problem[] =>
  problems.map((p) => ({ ...p, field: p.field.replaceAll("/", ".") }));

/** Which API paths under a step each kind shows beside its own inputs. */
export function stepPaths(kind: StepKind): string[] {
  switch (kind) {
    case "wait":
      return ["seconds"];
    case "until":
      return ["until"];
    case "email":
      return ["template"];
    case "branch":
      return ["if"];
    case "set":
      return ["stage", "score", "addTag", "removeTag"];
    case "task":
      return ["title", "dueInMinutes"];
    case "webhook":
      return ["url"];
    case "sms":
      return ["text", "gateway"];
  }
}

/** A step in a few words, for branch targets and the metrics: "3 · Send Welcome". */
export function stepLabel(
  step: DraftStep | Step,
  index: number,
  templateName: (key: string) => string,
): string {
  const kind = "kind" in step ? step.kind : step.type === "wait" && "until" in step ? "until" : step.type;
  const id = step.id ?? String(index + 1);
  const what =
    kind === "email"
      ? `Send ${templateName("template" in step ? step.template : "")}`
      : (STEP_KINDS.find((k) => k.value === kind)?.label ?? kind);
  return `${id} · ${what}`;
}
