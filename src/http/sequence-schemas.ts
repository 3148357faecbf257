import { Type, type Static } from "typebox";
import { stepIds, type Sequence, type SequenceDefinition } from "../domain/sequences/sequence.js";
import { EXIT_REASONS } from "../domain/sequences/steps.js";
import type { SequenceEnrolmentRow } from "../store/schema.js";
import { Key, Name } from "./schemas.js";

const Short = Type.String({ minLength: 1, maxLength: 64 });
const Shorts = Type.Array(Short, { minItems: 1, maxItems: 100 });
const Clock = Type.String({ pattern: "^([01][0-9]|2[0-4]):[0-5][0-9]$", description: "HH:MM" });
const StepId = Type.String({ pattern: "^[A-Za-z0-9_-]{1,32}$" });
const Url = Type.String({ pattern: "^https?://[^\\s]+$", maxLength: 2000 });
const Score = Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 });
const Liquid = Type.String({ minLength: 1, maxLength: 2000 });
const Weekday = Type.Union(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => Type.Literal(d)));

const EnrollRules = Type.Object(
  {
    categories: Type.Optional(Shorts),
    sources: Type.Optional(Shorts),
    stages: Type.Optional(Shorts),
    scoreMin: Type.Optional(Score),
    scoreMax: Type.Optional(Score),
    priorities: Type.Optional(Shorts),
    tags: Type.Optional(Shorts),
    reenroll: Type.Optional(Type.Union([Type.Literal("never"), Type.Literal("after_end")])),
    reenrollAfterDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
  },
  {
    additionalProperties: false,
    description:
      "Leads that meet every criterion given enter the sequence, at intake and on later events; with no criterion, leads enter only by hand. `reenroll` (default `never`): `after_end` lets a lead whose last enrolment ended at least `reenrollAfterDays` before enter again.",
  },
);

const ExitRules = Type.Object(
  {
    stages: Type.Optional(Type.Array(Short, { maxItems: 100 })),
    reply: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description:
      "A lead leaves when its stage is one of `stages` (default contacted, won, lost) or, unless `reply` is false, when it replies. An unsubscribe, a bounce, a suppressed address or a manual removal always ends the enrolment.",
  },
);

const SendWindow = Type.Object(
  {
    days: Type.Array(Weekday, { minItems: 1, maxItems: 7 }),
    from: Clock,
    to: Clock,
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  {
    additionalProperties: false,
    description:
      "Emails and texts go out only on these days between these times in the lead's local time zone (from its zip or state; `timeZone`, default America/New_York, when it has none). A step due outside goes at the next opening.",
  },
);

const Condition = Type.Union([
  Type.Object(
    {
      field: Type.String({ minLength: 1, maxLength: 64 }),
      equals: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()])),
      in: Type.Optional(
        Type.Array(Type.Union([Type.String({ maxLength: 200 }), Type.Number()]), { maxItems: 100 }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      score: Type.Object(
        { min: Type.Optional(Score), max: Type.Optional(Score) },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object({ priority: Shorts }, { additionalProperties: false }),
  Type.Object({ stage: Shorts }, { additionalProperties: false }),
  Type.Object({ tag: Short }, { additionalProperties: false }),
  Type.Object({ opened: StepId }, { additionalProperties: false }),
  Type.Object({ clicked: StepId }, { additionalProperties: false }),
  Type.Object({ replied: Type.Literal(true) }, { additionalProperties: false }),
]);

const id = { id: Type.Optional(StepId) };
const Step = Type.Union([
  Type.Object(
    { ...id, type: Type.Literal("wait"), seconds: Type.Integer({ minimum: 0, maximum: 31_536_000 }) },
    { additionalProperties: false, title: "wait for a duration" },
  ),
  Type.Object(
    { ...id, type: Type.Literal("wait"), until: Clock },
    { additionalProperties: false, title: "wait until a time of day in the lead's time zone" },
  ),
  Type.Object(
    { ...id, type: Type.Literal("email"), template: Key },
    { additionalProperties: false, title: "send an email template" },
  ),
  Type.Object(
    {
      ...id,
      type: Type.Literal("branch"),
      if: Condition,
      then: StepId,
      else: Type.Optional(StepId),
    },
    {
      additionalProperties: false,
      title: "go to a later step (or `end`) when the condition holds, else to `else` or the next step",
    },
  ),
  Type.Object(
    {
      ...id,
      type: Type.Literal("set"),
      stage: Type.Optional(Short),
      score: Type.Optional(Score),
      addTag: Type.Optional(Short),
      removeTag: Type.Optional(Short),
    },
    { additionalProperties: false, title: "set the lead's stage, score or tags" },
  ),
  Type.Object(
    {
      ...id,
      type: Type.Literal("task"),
      title: Type.String({ minLength: 1, maxLength: 200 }),
      dueInMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 525_600 })),
    },
    { additionalProperties: false, title: "create a task for the lead's holder" },
  ),
  Type.Object(
    { ...id, type: Type.Literal("webhook"), url: Url },
    { additionalProperties: false, title: "POST the lead and the step as JSON to a URL" },
  ),
  Type.Object(
    {
      ...id,
      type: Type.Literal("sms"),
      text: Liquid,
      gateway: Type.Object(
        {
          url: Url,
          format: Type.Union([Type.Literal("form"), Type.Literal("json")]),
          headers: Type.Optional(
            Type.Record(Type.String({ pattern: "^[A-Za-z0-9-]{1,64}$" }), Type.String({ maxLength: 1000 }), {
              maxProperties: 20,
            }),
          ),
          params: Type.Record(Type.String({ pattern: "^[A-Za-z0-9_.-]{1,64}$" }), Liquid, {
            maxProperties: 20,
          }),
        },
        { additionalProperties: false },
      ),
    },
    {
      additionalProperties: false,
      title:
        "text the lead through an HTTP gateway: each of `params` is Liquid over `lead` and `text` (e.g. Twilio: To {{lead.phone}}, From, Body {{text}})",
    },
  ),
]);

const Definition = {
  enroll: EnrollRules,
  exit: ExitRules,
  window: Type.Optional(Type.Union([SendWindow, Type.Null()])),
  dailyLimit: Type.Optional(
    Type.Union([
      Type.Integer({
        minimum: 1,
        maximum: 10_000_000,
        description: "emails and texts of this sequence a day (UTC)",
      }),
      Type.Null(),
    ]),
  ),
  steps: Type.Array(Step, { minItems: 1, maxItems: 50 }),
};

export const SequenceBody = Type.Object(
  { key: Key, name: Name, ...Definition },
  { additionalProperties: false },
);

export const SequencePatch = Type.Object(
  {
    name: Type.Optional(Name),
    enroll: Type.Optional(Definition.enroll),
    exit: Type.Optional(Definition.exit),
    window: Definition.window,
    dailyLimit: Definition.dailyLimit,
    steps: Type.Optional(Definition.steps),
  },
  { additionalProperties: false },
);

export const SequenceView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
  enroll: EnrollRules,
  exit: ExitRules,
  window: Type.Union([SendWindow, Type.Null()]),
  dailyLimit: Type.Union([Type.Integer(), Type.Null()]),
  steps: Type.Array(Step),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const sequenceView = (s: Sequence): Static<typeof SequenceView> =>
  ({
    key: s.key,
    name: s.name,
    version: s.version,
    enroll: s.enroll,
    exit: s.exit,
    window: s.window,
    dailyLimit: s.dailyLimit,
    steps: s.steps,
    createdAt: new Date(s.createdAt).toISOString(),
    updatedAt: new Date(s.updatedAt).toISOString(),
  }) as Static<typeof SequenceView>;

export const SequenceVersionsView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  /** The version leads enrolled from now on run. */
  current: Type.Integer(),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      createdAt: Type.String(),
      by: Type.Union([Type.String(), Type.Null()], {
        description: "who saved it; null when the audit log does not say",
      }),
      enroll: EnrollRules,
      exit: ExitRules,
      window: Type.Union([SendWindow, Type.Null()]),
      dailyLimit: Type.Union([Type.Integer(), Type.Null()]),
      steps: Type.Array(Step),
    }),
  ),
});

export const sequenceVersionsView = (
  sequence: Sequence,
  versions: readonly {
    version: number;
    definition: SequenceDefinition;
    createdAt: number;
    by: string | null;
  }[],
): Static<typeof SequenceVersionsView> =>
  ({
    key: sequence.key,
    name: sequence.name,
    current: sequence.version,
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: new Date(v.createdAt).toISOString(),
      by: v.by,
      enroll: v.definition.enroll,
      exit: v.definition.exit,
      window: v.definition.window,
      dailyLimit: v.definition.dailyLimit,
      steps: v.definition.steps,
    })),
  }) as Static<typeof SequenceVersionsView>;

export const EnrolmentView = Type.Object({
  id: Type.String(),
  sequence: Type.String(),
  version: Type.Integer(),
  leadId: Type.String(),
  status: Type.Union([Type.Literal("active"), Type.Literal("completed"), Type.Literal("exited")]),
  nextStep: Type.Union([Type.String(), Type.Null()], { description: "the id of the step that runs next" }),
  nextAt: Type.Union([Type.String(), Type.Null()], { description: "when it is due" }),
  enrolledAt: Type.String(),
  enrolledBy: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  exitReason: Type.Union([...EXIT_REASONS.map((r) => Type.Literal(r)), Type.Null()]),
});

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** An enrolment for a client; `steps` are those of the version it runs, to name its next step. */
export const enrolmentView = (
  e: SequenceEnrolmentRow,
  steps: Sequence["steps"] | null,
): Static<typeof EnrolmentView> => ({
  id: e.id,
  sequence: e.sequence,
  version: Number(e.version),
  leadId: e.lead_id,
  status: e.status as Static<typeof EnrolmentView>["status"],
  nextStep: e.status === "active" && steps ? (stepIds(steps)[e.step] ?? null) : null,
  nextAt: e.status === "active" ? iso(e.due_at) : null,
  enrolledAt: new Date(Number(e.enrolled_at)).toISOString(),
  enrolledBy: e.enrolled_by,
  endedAt: iso(e.ended_at),
  exitReason: e.exit_reason as Static<typeof EnrolmentView>["exitReason"],
});

export const EnrolmentPage = Type.Object({
  items: Type.Array(
    Type.Object({
      ...EnrolmentView.properties,
      leadName: Type.Union([Type.String(), Type.Null()], { description: "the lead's first and last name" }),
    }),
  ),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const EnrolmentsQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal("active"), Type.Literal("completed"), Type.Literal("exited")]),
    ),
    cursor: Type.Optional(Type.String({ pattern: "^enr_[0-9a-z]{26}$" })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,3}$" })),
  },
  { additionalProperties: false },
);

export const SequenceKeyParams = Type.Object({ key: Type.String({ maxLength: 64 }) });
