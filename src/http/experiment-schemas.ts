import { Type, type Static } from "typebox";
import type { Experiment } from "../domain/experiments/experiment.js";
import type { RetestSchedule } from "../domain/experiments/retest-schedule.js";
import type { ExperimentReport } from "../services/experiments.js";
import type { RetestScheduleReport } from "../services/retest-schedules.js";
import { TierSchema } from "./plan-schemas.js";
import { IsoOrNull, Nullable } from "./primitives.js";

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

const Share = Type.Number({
  exclusiveMinimum: 0,
  maximum: 100,
  description: "fractions summing to 1, or percentages summing to 100",
});
const Metric = Type.Union([Type.Literal("win"), Type.Literal("contact")], {
  description: "what the verdict and automatic shares compare: win rate (default) or contact rate",
});

export const ExperimentBody = Type.Object(
  {
    category: Type.String({ minLength: 1, maxLength: 64 }),
    arms: Type.Array(
      Type.Object(
        {
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          plan: Type.Optional(
            Type.Object(
              { tiers: Type.Array(TierSchema, { minItems: 1, maxItems: 20 }) },
              { additionalProperties: false, description: "the arm's tiers, stored as a draft version" },
            ),
          ),
          planVersion: Type.Optional(
            Type.Integer({
              minimum: 1,
              description:
                "a stored version of the category's plan (the live one or a draft), in place of plan",
            }),
          ),
          share: Share,
        },
        { additionalProperties: false },
      ),
      { minItems: 2, maxItems: 10, description: "the first arm is the control the others are compared with" },
    ),
    endsAt: Type.Optional(
      Type.String({ format: "date-time", maxLength: 40, description: "stop splitting at this time" }),
    ),
    leads: Type.Optional(
      Type.Integer({ minimum: 2, maximum: 10_000_000, description: "stop splitting after this many leads" }),
    ),
    metric: Type.Optional(Metric),
    alpha: Type.Optional(
      Type.Number({ minimum: 0.001, maximum: 0.2, description: "the test's level; 0.05 by default" }),
    ),
    auto: Type.Optional(
      Type.Object(
        {
          minShare: Type.Number({ minimum: 0, maximum: 1 }),
          maxShare: Type.Number({ minimum: 0, maximum: 1 }),
          everyHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 * 30 })),
        },
        {
          additionalProperties: false,
          description:
            "move the shares toward the better arm by Thompson sampling, within these limits, every so many hours (24)",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

const ArmView = Type.Object({
  arm: Type.Integer(),
  name: Type.String(),
  planVersion: Type.Integer(),
  tiers: Type.Array(TierSchema),
  share: Type.Number(),
});

export const ExperimentView = Type.Object({
  id: Type.String(),
  category: Type.String(),
  status: Type.Union([
    Type.Literal("running"),
    Type.Literal("stopped"),
    Type.Literal("ended"),
    Type.Literal("promoted"),
  ]),
  kind: Type.Union([Type.Literal("test"), Type.Literal("retest")]),
  parent: Nullable(Type.String()),
  metric: Metric,
  alpha: Type.Number(),
  arms: Type.Array(ArmView),
  startedAt: Type.String({ format: "date-time" }),
  endsAt: IsoOrNull,
  maxLeads: Nullable(Type.Integer()),
  leads: Type.Integer({ description: "leads split so far" }),
  auto: Nullable(
    Type.Object({
      minShare: Type.Number(),
      maxShare: Type.Number(),
      everyHours: Type.Number(),
      lastAt: IsoOrNull,
    }),
  ),
  promotedArm: Nullable(Type.Integer()),
  retest: Nullable(Type.String({ description: "the re-test that keeps a holdout on the replaced plan" })),
  switchBack: Type.Boolean({
    description: "a re-test that makes its held-back plan live again when that plan turns out better",
  }),
  endedAt: IsoOrNull,
  createdBy: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
});

export const experimentView = (e: Experiment): Static<typeof ExperimentView> => ({
  id: e.id,
  category: e.category,
  status: e.status,
  kind: e.kind,
  parent: e.parent,
  metric: e.metric,
  alpha: e.alpha,
  arms: e.arms.map((a, arm) => ({
    arm,
    name: a.name,
    planVersion: a.planVersion,
    tiers: a.tiers,
    share: a.share,
  })),
  startedAt: new Date(e.startedAt).toISOString(),
  endsAt: iso(e.endsAt),
  maxLeads: e.maxLeads,
  leads: e.leads,
  auto: e.auto && {
    minShare: e.auto.minShare,
    maxShare: e.auto.maxShare,
    everyHours: e.auto.everyMs / 3_600_000,
    lastAt: iso(e.auto.lastAt),
  },
  promotedArm: e.promotedArm,
  retest: e.retest,
  switchBack: e.switchBack,
  endedAt: iso(e.endedAt),
  createdBy: e.createdBy,
  createdAt: new Date(e.createdAt).toISOString(),
});

const Rate = Nullable(Type.Number({ description: "a fraction; null without leads" }));

const FiguresView = Type.Object({
  arm: Type.Integer(),
  leads: Type.Integer(),
  contacted: Type.Integer(),
  won: Type.Integer(),
  returned: Type.Integer(),
  contactRate: Rate,
  winRate: Rate,
  returnRate: Rate,
  medianSecondsToContact: Nullable(
    Type.Number({ description: "speed to lead: median seconds from receipt to first contact" }),
  ),
  marginPerLead: Nullable(
    Type.Number({ description: "(revenue of won leads + what buyers pay − cost) per lead" }),
  ),
  revenuePerLead: Nullable(Type.Number()),
});

const Interval = Nullable(Type.Tuple([Type.Number(), Type.Number()]));

const VerdictView = Type.Object({
  metric: Metric,
  method: Type.Literal("msprt", {
    description: "mixture sequential probability ratio test, normal mixture, daily looks",
  }),
  alpha: Type.Number(),
  alphaPerComparison: Type.Number(),
  winner: Nullable(Type.Integer({ description: "the winning arm, or null while no difference is real" })),
  statement: Type.String(),
  comparisons: Type.Array(
    Type.Object({
      arm: Type.Integer(),
      against: Type.Integer(),
      difference: Nullable(Type.Number({ description: "the arm's rate minus the control's" })),
      interval: Interval,
      pValue: Type.Number({ description: "always valid: it may be looked at any time" }),
      significant: Type.Boolean(),
    }),
  ),
});

export const ExperimentReportView = Type.Object({
  ...ExperimentView.properties,
  results: Type.Array(FiguresView),
  verdict: VerdictView,
  retestOutcome: Nullable(
    Type.Union([Type.Literal("still_wins"), Type.Literal("no_longer_wins"), Type.Literal("no_difference")]),
  ),
});

export const experimentReportView = (r: ExperimentReport): Static<typeof ExperimentReportView> => ({
  ...experimentView(r.experiment),
  results: r.figures,
  verdict: { ...r.verdict, method: "msprt" },
  retestOutcome: r.retestOutcome,
});

export const ExperimentId = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const RetestScheduleBody = Type.Object(
  {
    everyDays: Type.Integer({
      minimum: 1,
      maximum: 365,
      description: "days from the end of one re-test to the start of the next",
    }),
    share: Type.Number({
      exclusiveMinimum: 0,
      maximum: 0.5,
      description: "the share of new leads held back on the earlier plan, e.g. 0.1",
    }),
    days: Type.Integer({ minimum: 1, maximum: 365, description: "how many days each re-test runs" }),
    against: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          "the plan version to hold back on (the plan the live one replaced); by default the schedule's own",
      }),
    ),
    switchBack: Type.Optional(
      Type.Boolean({
        description:
          "a re-test that finds the held-back plan better makes it live again; by default (false) it only says so",
      }),
    ),
    firstAt: Type.Optional(
      Type.String({
        format: "date-time",
        maxLength: 40,
        description: "when the next re-test starts; by default the one due already, or everyDays from now",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RetestScheduleView = Type.Object({
  category: Type.String(),
  everyDays: Type.Integer(),
  share: Type.Number(),
  days: Type.Integer(),
  against: Type.Integer(),
  switchBack: Type.Boolean(),
  nextAt: Type.String({ format: "date-time", description: "when the next re-test is due" }),
  createdBy: Type.String(),
  updatedAt: Type.String({ format: "date-time" }),
});

export const retestScheduleView = (s: RetestSchedule): Static<typeof RetestScheduleView> => ({
  ...s,
  nextAt: new Date(s.nextAt).toISOString(),
  updatedAt: new Date(s.updatedAt).toISOString(),
});

export const RetestScheduleReportView = Type.Object({
  schedule: Nullable(RetestScheduleView),
  history: Type.Array(ExperimentReportView, {
    description: "the category's re-tests, newest first, each with its retestOutcome",
  }),
});

export const retestScheduleReportView = (
  r: RetestScheduleReport,
): Static<typeof RetestScheduleReportView> => ({
  schedule: r.schedule && retestScheduleView(r.schedule),
  history: r.history.map(experimentReportView),
});
