import { Type, type Static } from "typebox";
import type { RecipientInput, RecipientPatch } from "../services/recipients.js";
import type { Recipient } from "../domain/recipient.js";
import { AWAY_REASONS } from "../domain/routing/index.js";
import { Key, Name, Nullable } from "./schemas.js";

/** `Body`, which must be assignable to `Input`: a schema that drifts from what the service takes fails to compile. */
type Fits<Body extends Input, Input> = Body;

const Clock = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$" });
const Interval = Type.Tuple([Clock, Clock]);
const Day = Type.Optional(Type.Array(Interval, { maxItems: 12 }));

export const FilterSchema = Type.Object(
  {
    field: Type.String({ minLength: 1, maxLength: 64 }),
    op: Type.Union((["eq", "neq", "in", "gte", "lte", "exists"] as const).map((o) => Type.Literal(o))),
    value: Type.Optional(
      Type.Union([
        Type.String({ maxLength: 500 }),
        Type.Number(),
        Type.Boolean(),
        Type.Array(Type.Union([Type.String({ maxLength: 500 }), Type.Number()]), { maxItems: 500 }),
      ]),
    ),
  },
  { additionalProperties: false },
);

export const ScoringSchema = Type.Object(
  {
    rules: Type.Array(
      Type.Object(
        {
          when: Type.Array(FilterSchema, { maxItems: 20 }),
          points: Type.Number({ minimum: -1000, maximum: 1000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    bands: Type.Array(
      Type.Object(
        { name: Type.String({ minLength: 1, maxLength: 32 }), min: Type.Number() },
        { additionalProperties: false },
      ),
      { maxItems: 10 },
    ),
  },
  { additionalProperties: false },
);

const Money = Type.Number({ minimum: 0, maximum: 1_000_000 });

const TerritorySchema = Type.Object(
  {
    states: Type.Optional(
      Type.Array(Type.String({ pattern: "^[A-Za-z]{2}$" }), { maxItems: 60, uniqueItems: true }),
    ),
    zips: Type.Optional(
      Type.Array(Type.String({ pattern: "^[0-9]{5}$" }), { maxItems: 50_000, uniqueItems: true }),
    ),
    zipPrefixes: Type.Optional(
      Type.Array(Type.String({ pattern: "^[0-9]{1,4}$" }), { maxItems: 10_000, uniqueItems: true }),
    ),
    radius: Type.Optional(
      Type.Object(
        {
          zip: Type.Optional(Type.String({ pattern: "^[0-9]{5}$" })),
          lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
          lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
          miles: Type.Number({ exclusiveMinimum: 0, maximum: 3000 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const Caps = Type.Object(
  {
    hour: Type.Optional(Type.Integer({ minimum: 0 })),
    day: Type.Optional(Type.Integer({ minimum: 0 })),
    week: Type.Optional(Type.Integer({ minimum: 0 })),
    month: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

const ScheduleSchema = Type.Object(
  {
    timezone: Type.String({ minLength: 1, maxLength: 64 }),
    hours: Type.Object(
      { mon: Day, tue: Day, wed: Day, thu: Day, fri: Day, sat: Day, sun: Day },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const Price = Type.Union([
  Money,
  Type.Object(
    {
      default: Money,
      rules: Type.Array(
        Type.Object(
          { when: Type.Array(FilterSchema, { maxItems: 20 }), price: Money },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    },
    { additionalProperties: false },
  ),
]);

const OutName = Type.String({ pattern: "^[A-Za-z_][A-Za-z0-9_.-]{0,63}$" });
const Template = Type.String({ maxLength: 20_000 });
const Regex = Type.String({ maxLength: 500, format: "regex" });
const JsonPath = Type.String({ pattern: "^[$A-Za-z0-9_.\\[\\]-]{1,200}$" });
const BodyMatch = Type.Object(
  {
    regex: Type.Optional(Regex),
    jsonPath: Type.Optional(JsonPath),
    equals: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Boolean()])),
  },
  { additionalProperties: false },
);
const StatusCodes = Type.Array(Type.Integer({ minimum: 100, maximum: 599 }), { maxItems: 100 });
const ValueAt = Type.Object(
  { jsonPath: Type.Optional(JsonPath), regex: Type.Optional(Regex) },
  { additionalProperties: false },
);

const HeaderName = Type.String({ pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$" });
const Headers = Type.Record(HeaderName, Type.String({ maxLength: 2000 }), {
  maxProperties: 50,
  additionalProperties: false,
});
const Url = Type.String({ pattern: "^https?://", maxLength: 2048 });
const Format = Type.Union([Type.Literal("json"), Type.Literal("xml"), Type.Literal("form")]);

/** Ping-post: where a tier that pings asks the buyer for a bid, and where its answer holds the bid. */
const PingSchema = Type.Object(
  {
    url: Url,
    format: Type.Optional(Format),
    headers: Type.Optional(Headers),
    price: Type.Optional(ValueAt),
  },
  { additionalProperties: false },
);

const DeliverySchema = Type.Object(
  {
    channel: Type.Union([Type.Literal("http"), Type.Literal("email"), Type.Literal("none")]),
    url: Type.Optional(Url),
    format: Type.Optional(Format),
    to: Type.Optional(Type.String({ maxLength: 500 })),
    method: Type.Optional(Type.Union([Type.Literal("POST"), Type.Literal("GET"), Type.Literal("PUT")])),
    fields: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: OutName,
            from: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
            value: Type.Optional(
              Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Boolean()]),
            ),
            template: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 200 },
      ),
    ),
    headers: Type.Optional(Headers),
    auth: Type.Optional(
      Type.Union([
        Type.Object(
          {
            type: Type.Literal("basic"),
            username: Type.String({ maxLength: 200 }),
            password: Type.String({ maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        Type.Object(
          { type: Type.Literal("bearer"), token: Type.String({ minLength: 1, maxLength: 2000 }) },
          { additionalProperties: false },
        ),
      ]),
    ),
    timeoutSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 120 })),
    maxAttempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    success: Type.Optional(
      Type.Object(
        { status: Type.Optional(StatusCodes), body: Type.Optional(BodyMatch) },
        { additionalProperties: false },
      ),
    ),
    reject: Type.Optional(
      Type.Object(
        {
          status: Type.Optional(StatusCodes),
          body: Type.Optional(BodyMatch),
          reasonPath: Type.Optional(JsonPath),
        },
        { additionalProperties: false },
      ),
    ),
    read: Type.Optional(
      Type.Object(
        { externalId: Type.Optional(ValueAt), price: Type.Optional(ValueAt) },
        { additionalProperties: false },
      ),
    ),
    cc: Type.Optional(Type.String({ maxLength: 500 })),
    from: Type.Optional(Type.String({ maxLength: 500 })),
    subject: Type.Optional(Type.String({ maxLength: 1000 })),
    text: Type.Optional(Template),
    html: Type.Optional(Template),
    ping: Type.Optional(PingSchema),
  },
  { additionalProperties: false },
);

const Period = Type.Object(
  { from: Type.String({ maxLength: 40 }), to: Type.String({ maxLength: 40 }) },
  { additionalProperties: false },
);

/** Everything about a recipient that can be set, and later patched. */
const settable = {
  name: Name,
  categories: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
    minItems: 1,
    maxItems: 500,
    uniqueItems: true,
  }),
  territory: TerritorySchema,
  filters: Type.Array(FilterSchema, { maxItems: 50 }),
  caps: Caps,
  budget: Type.Number({ minimum: 0, maximum: 100_000_000, description: "money per month of its time zone" }),
  schedule: ScheduleSchema,
  awayPeriods: Type.Array(Period, { maxItems: 100 }),
  weight: Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 }),
  priority: Type.Integer({ minimum: -1000, maximum: 1000 }),
  price: Price,
  exclusive: Type.Boolean(),
  slaSeconds: Type.Integer({ minimum: 1, maximum: 7 * 86_400 }),
  capacity: Type.Integer({ minimum: 0 }),
  status: Type.Union([Type.Literal("available"), Type.Literal("away")]),
  awayReason: Type.Union(
    AWAY_REASONS.map((r) => Type.Literal(r)),
    {
      description:
        "why the recipient is away (busy, lunch, meeting, off_shift, other); kept while it is away",
    },
  ),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true }),
  delivery: DeliverySchema,
};

export const CreateRecipientBody = Type.Object(
  {
    key: Key,
    kind: Type.Union([Type.Literal("agent"), Type.Literal("partner"), Type.Literal("buyer")]),
    name: settable.name,
    categories: settable.categories,
    territory: Type.Optional(settable.territory),
    filters: Type.Optional(settable.filters),
    caps: Type.Optional(settable.caps),
    budget: Type.Optional(settable.budget),
    schedule: Type.Optional(settable.schedule),
    awayPeriods: Type.Optional(settable.awayPeriods),
    weight: Type.Optional(settable.weight),
    priority: Type.Optional(settable.priority),
    price: Type.Optional(settable.price),
    exclusive: Type.Optional(settable.exclusive),
    slaSeconds: Type.Optional(settable.slaSeconds),
    capacity: Type.Optional(settable.capacity),
    status: Type.Optional(settable.status),
    awayReason: Type.Optional(settable.awayReason),
    tags: Type.Optional(settable.tags),
    delivery: Type.Optional(settable.delivery),
  },
  { additionalProperties: false },
);
export type CreateRecipientBodyType = Fits<Static<typeof CreateRecipientBody>, RecipientInput>;

export const PatchRecipientBody = Type.Object(
  {
    name: Type.Optional(settable.name),
    categories: Type.Optional(settable.categories),
    territory: Type.Optional(Type.Union([settable.territory, Type.Null()])),
    filters: Type.Optional(settable.filters),
    caps: Type.Optional(Type.Union([settable.caps, Type.Null()])),
    budget: Type.Optional(Type.Union([settable.budget, Type.Null()])),
    schedule: Type.Optional(Type.Union([settable.schedule, Type.Null()])),
    awayPeriods: Type.Optional(settable.awayPeriods),
    weight: Type.Optional(settable.weight),
    priority: Type.Optional(settable.priority),
    price: Type.Optional(Type.Union([settable.price, Type.Null()])),
    exclusive: Type.Optional(settable.exclusive),
    slaSeconds: Type.Optional(Type.Union([settable.slaSeconds, Type.Null()])),
    capacity: Type.Optional(Type.Union([settable.capacity, Type.Null()])),
    status: Type.Optional(settable.status),
    awayReason: Type.Optional(settable.awayReason),
    tags: Type.Optional(settable.tags),
    delivery: Type.Optional(Type.Union([settable.delivery, Type.Null()])),
  },
  { additionalProperties: false },
);
export type PatchRecipientBodyType = Fits<Static<typeof PatchRecipientBody>, RecipientPatch>;

/** Settings as they were set (the shapes of the create body); credentials never come back. */
const AsSet = (description: string) => Type.Unknown({ description });

export const RecipientView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  awayReason: Nullable(Type.String({ description: "why an away recipient is away; null otherwise" })),
  categories: Type.Array(Type.String()),
  territory: AsSet("as set, or null: anywhere"),
  filters: Type.Array(AsSet("a filter as set")),
  caps: AsSet("as set, or null: no caps"),
  budget: Nullable(Type.Number({ description: "money per month of its time zone" })),
  schedule: AsSet("as set, or null: always"),
  awayPeriods: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  weight: Type.Number(),
  priority: Type.Number(),
  price: AsSet("money per lead, or { default, rules }, or null"),
  exclusive: Type.Boolean(),
  slaSeconds: Nullable(Type.Integer()),
  capacity: Nullable(Type.Integer()),
  tags: Type.Array(Type.String()),
  delivery: AsSet("the delivery settings as set; a receiver's credentials show as { type, redacted: true }"),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const dollars = (cents: number) => cents / 100;

/** A recipient as the API shows it: money in currency units, times as ISO strings. */
export function recipientView(r: Recipient): Static<typeof RecipientView> {
  return {
    key: r.key,
    name: r.name,
    kind: r.kind,
    status: r.status,
    awayReason: r.status === "away" ? (r.awayReason ?? null) : null,
    categories: r.categories,
    territory: r.territory ?? null,
    filters: r.filters ?? [],
    caps: r.caps ?? null,
    budget: r.budgetCents === undefined ? null : dollars(r.budgetCents),
    schedule: r.schedule ?? null,
    awayPeriods: (r.awayPeriods ?? []).map((p) => ({
      from: new Date(p.from).toISOString(),
      to: new Date(p.to).toISOString(),
    })),
    weight: r.weight ?? 1,
    priority: r.priority ?? 0,
    price:
      r.price === undefined
        ? null
        : typeof r.price === "number"
          ? dollars(r.price)
          : {
              default: dollars(r.price.default),
              rules: r.price.rules.map((rule) => ({ when: rule.when, price: dollars(rule.price) })),
            },
    exclusive: r.exclusive ?? false,
    slaSeconds: r.slaSeconds ?? null,
    capacity: r.capacity ?? null,
    tags: r.tags,
    delivery: r.delivery ? withoutSecrets(r.delivery) : { channel: "none" },
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** Delivery settings as shown: the credentials a receiver gave are kept, never shown again. */
function withoutSecrets(delivery: NonNullable<Recipient["delivery"]>) {
  const auth = (delivery as { auth?: { type: string } }).auth;
  if (!auth) return delivery;
  return { ...delivery, auth: { type: auth.type, redacted: true } };
}

/** A recipient's return window, monthly cap and the reasons it may give. */
export const ReturnPolicy = Type.Object(
  {
    windowDays: Type.Integer({ minimum: 0, maximum: 365, description: "days after assignment" }),
    monthlyCap: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000 }), Type.Null()], {
        description: "most returns per calendar month in the recipient's time zone; null: no cap",
      }),
    ),
    reasons: Type.Optional(
      Type.Union(
        [
          Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
            minItems: 1,
            maxItems: 50,
            uniqueItems: true,
          }),
          Type.Null(),
        ],
        { description: "the reasons a return may give, e.g. wrong number; null or left out: any reason" },
      ),
    ),
  },
  { additionalProperties: false },
);
