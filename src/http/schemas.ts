import { Type, type Static } from "typebox";
import { Json, Nullable } from "./primitives.js";

export { Headers, IsoOrNull, Json, Nullable } from "./primitives.js";
import type { AutoPauseRule } from "../domain/auto-pause.js";
import type { Category } from "../domain/category.js";
import type { Lead, LeadEvent } from "../domain/lead.js";
import type { Source } from "../domain/source.js";
import { AssignmentView } from "./assignment-view.js";
import type { LeadNames } from "../services/lead-names.js";

export const Key = Type.String({
  pattern: "^[a-z0-9][a-z0-9_-]{0,63}$",
  description: "lower-case letters, digits, - and _",
});
export const FieldKey = Type.String({ pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$" });
export const Name = Type.String({ minLength: 1, maxLength: 200 });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
      requestId: Type.String(),
      retry: Type.Boolean(),
    }),
    /** A duplicate lead (409 `duplicate`): the lead received before. */
    duplicateOf: Type.Optional(Type.String()),
    /** An experiment already running in the category (409 `conflict`). */
    experiment: Type.Optional(Type.String()),
    /** Exclusive territories that would overlap another recipient's (409 `conflict`). */
    conflicts: Type.Optional(
      Type.Array(
        Type.Object({ a: Type.String(), b: Type.String(), category: Type.String(), overlap: Type.String() }),
      ),
    ),
  },
  { additionalProperties: false },
);

/** The usual error answers of a route, for the OpenAPI document. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, ErrorResponse])) as Record<number, typeof ErrorResponse>;

export const FieldSpecSchema = Type.Object(
  {
    key: FieldKey,
    type: Type.Union([
      Type.Literal("string"),
      Type.Literal("number"),
      Type.Literal("boolean"),
      Type.Literal("enum"),
    ]),
    required: Type.Optional(Type.Boolean()),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 500 }),
    ),
    pattern: Type.Optional(Type.String({ maxLength: 500 })),
    label: Type.Optional(Name),
  },
  { additionalProperties: false },
);

export const DedupeSchema = Type.Object(
  {
    keys: Type.Array(Type.Union([Type.Literal("email"), Type.Literal("phone")]), {
      uniqueItems: true,
      maxItems: 2,
    }),
    windowDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  },
  { additionalProperties: false },
);

export const AutoPauseRuleSchema = Type.Object(
  {
    maxReturnRate: Type.Number({
      minimum: 0,
      maximum: 100,
      description: "Percent: the source is paused when more of its last leads than this came back",
    }),
    lastLeads: Type.Integer({
      minimum: 1,
      maximum: 10_000,
      description: "How many of its latest leads (since it was last resumed) the rate is taken over",
    }),
    minLeads: Type.Integer({
      minimum: 1,
      maximum: 10_000,
      description: "No judgement on fewer leads than this; at most lastLeads",
    }),
  },
  { additionalProperties: false },
);

export const CategoryView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  fields: Type.Array(FieldSpecSchema),
  dedupe: DedupeSchema,
  unknownFields: Type.String(),
  scoring: Type.Object({
    rules: Type.Array(
      Type.Object({ when: Type.Array(Json, { description: "filters, as set" }), points: Type.Number() }),
    ),
    bands: Type.Array(Type.Object({ name: Type.String(), min: Type.Number() })),
  }),
  autoPause: Type.Union([AutoPauseRuleSchema, Type.Null()], {
    description: "the auto-pause rule of the category's sources that have none of their own",
  }),
  createdAt: Type.String(),
});

export const categoryView = (c: Category): Static<typeof CategoryView> => ({
  key: c.key,
  name: c.name,
  fields: c.fields,
  dedupe: c.dedupe,
  unknownFields: c.unknownFields,
  scoring: c.scoring,
  autoPause: c.autoPause,
  createdAt: new Date(c.createdAt).toISOString(),
});

const Attributes = Type.Object(
  {
    campaign: Type.Optional(Name),
    utmSource: Type.Optional(Name),
    utmMedium: Type.Optional(Name),
    utmCampaign: Type.Optional(Name),
    utmTerm: Type.Optional(Name),
    utmContent: Type.Optional(Name),
  },
  { additionalProperties: false },
);
export const SourceAttributesSchema = Attributes;

/** Leads a minute a source's intake key may post, then 429; null takes the server's default. */
export const RateLimitPerMinute = Type.Union(
  [Type.Integer({ minimum: 1, maximum: 1_000_000 }), Type.Null()],
  {
    description:
      "leads a minute the source's intake key may post (up to this many at once), then 429; null: the server's default (CAROUSEL_INTAKE_RATE_LIMIT)",
  },
);

/** A rule as a change gives it: `minLeads` may be left out, for all of the last leads. */
export const AutoPauseRuleInput = Type.Object(
  { ...AutoPauseRuleSchema.properties, minLeads: Type.Optional(AutoPauseRuleSchema.properties.minLeads) },
  { additionalProperties: false },
);

/** The rule a change gives, with `minLeads` filled in. */
export const ruleOfInput = (rule: Static<typeof AutoPauseRuleInput>): AutoPauseRule => ({
  ...rule,
  minLeads: rule.minLeads ?? rule.lastLeads,
});

/** Why a rule paused a source. */
const SourcePauseView = Type.Object({
  at: Type.String(),
  reason: Type.String(),
  leads: Type.Integer(),
  returned: Type.Integer(),
  returnRate: Type.Number({ description: "Percent" }),
  rule: AutoPauseRuleSchema,
});

export const SourceView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  category: Type.String(),
  intakeKey: Type.String(),
  costPerLead: Type.Number(),
  attributes: Attributes,
  enabled: Type.Boolean(),
  rateLimitPerMinute: RateLimitPerMinute,
  autoPause: Nullable(
    Type.Union([AutoPauseRuleSchema, Type.Literal("none")], {
      description:
        "its own rule; \"none\": no rule, not even its category's default; null: its category's default",
    }),
  ),
  paused: Nullable(SourcePauseView),
  formUrl: Type.String(),
  createdAt: Type.String(),
});

export const sourceView = (s: Source): Static<typeof SourceView> => ({
  key: s.key,
  name: s.name,
  category: s.category,
  intakeKey: s.intakeKey,
  costPerLead: s.costPerLeadCents / 100,
  attributes: s.attributes,
  enabled: s.enabled,
  rateLimitPerMinute: s.rateLimitPerMinute,
  autoPause: s.autoPause,
  paused: s.paused && { ...s.paused, at: new Date(s.paused.at).toISOString() },
  formUrl: `/forms/${s.key}`,
  createdAt: new Date(s.createdAt).toISOString(),
});

const iso = (ms: number) => new Date(ms).toISOString();

const Text = Nullable(Type.String());

/** A lead's custom fields by key. */
export const LeadFields = Type.Record(
  Type.String(),
  Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
);

/** A lead as the API shows it; its holder sees all but `cost`. */
export const LeadView = Type.Object({
  id: Type.String(),
  category: Type.String(),
  source: Type.String(),
  status: Type.String(),
  stage: Type.String(),
  score: Type.Number(),
  priority: Type.String(),
  firstName: Text,
  lastName: Text,
  email: Text,
  phone: Text,
  address: Text,
  city: Text,
  state: Text,
  zip: Text,
  country: Type.String(),
  lat: Nullable(Type.Number()),
  lon: Nullable(Type.Number()),
  fields: LeadFields,
  consent: Nullable(Type.Object({ text: Type.String(), at: Type.String(), ip: Text, pageUrl: Text })),
  attribution: Type.Object({
    utmSource: Type.Optional(Type.String()),
    utmMedium: Type.Optional(Type.String()),
    utmCampaign: Type.Optional(Type.String()),
    utmTerm: Type.Optional(Type.String()),
    utmContent: Type.Optional(Type.String()),
  }),
  ip: Text,
  tags: Type.Array(Type.String()),
  cost: Type.Optional(Type.Number({ description: "staff only" })),
  sourceName: Type.Optional(Type.String({ description: "the source's name (lead detail only)" })),
  categoryName: Type.Optional(Type.String({ description: "the category's name (lead detail only)" })),
  recipientNames: Type.Optional(
    Type.Record(Type.String(), Type.String(), {
      description:
        "lead detail only: the name of each recipient its assignments, decision traces and timeline " +
        "mention, by key (to a recipient holding the lead, only its own)",
    }),
  ),
  revenue: Type.Number(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  assignments: Type.Optional(Type.Array(AssignmentView)),
  events: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        type: Type.String(),
        at: Type.String(),
        actor: Text,
        data: Type.Record(Type.String(), Json),
      }),
    ),
  ),
});

/** A page of leads and the cursor of the next one (null on the last page). */
export const LeadPage = Type.Object({
  items: Type.Array(LeadView),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

/** A lead as the API shows it: contact fields at the top, custom fields under `fields`. */
export function leadView(
  lead: Lead,
  extra: {
    events?: LeadEvent[];
    assignments?: Static<typeof AssignmentView>[];
    names?: LeadNames;
  } = {},
): Static<typeof LeadView> {
  return {
    id: lead.id,
    category: lead.category,
    source: lead.source,
    status: lead.status,
    stage: lead.stage,
    score: lead.score,
    priority: lead.priority,
    ...lead.contact,
    fields: lead.fields,
    consent: lead.consent && { ...lead.consent, at: iso(lead.consent.at) },
    attribution: lead.attribution,
    ip: lead.ip,
    tags: lead.tags,
    cost: lead.costCents / 100,
    revenue: lead.revenueCents / 100,
    createdAt: iso(lead.createdAt),
    updatedAt: iso(lead.updatedAt),
    ...(extra.names?.sourceName !== undefined ? { sourceName: extra.names.sourceName } : {}),
    ...(extra.names?.categoryName !== undefined ? { categoryName: extra.names.categoryName } : {}),
    ...(extra.names ? { recipientNames: extra.names.recipientNames } : {}),
    ...(extra.assignments ? { assignments: extra.assignments } : {}),
    ...(extra.events
      ? {
          events: extra.events.map((e) => ({
            id: e.id,
            type: e.type,
            at: iso(e.at),
            actor: e.actor,
            data: e.data,
          })),
        }
      : {}),
  };
}

/** A lead as the recipient holding it sees it: its contact and fields, not what it cost. */
export function holderLeadView(
  lead: Lead,
  extra: Parameters<typeof leadView>[1] = {},
): Static<typeof LeadView> {
  const { cost: _cost, ...view } = leadView(lead, extra);
  return view;
}

/** The type of a lead event, as integrations name it. */
export const EventType = Type.String({
  pattern: "^[a-z][a-z0-9_]{0,63}$",
  description: "lower-case letters, digits and _, e.g. email_opened",
});

/** A category's behavioral scoring rules. */
export const BehaviorRules = Type.Object(
  {
    rules: Type.Array(
      Type.Object(
        {
          event: EventType,
          points: Type.Number({ minimum: -1000, maximum: 1000 }),
          halfLifeDays: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 3650 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
