import { filterRowOf, filtersFrom, type FilterRow } from "../filters/filters";
import type { Caps, Delivery, Filter, Kind, Price, Recipient } from "./recipient";
import { CAP_WINDOWS } from "./recipient";
import { scheduleFromWeek, weekFromSchedule, weekProblems, type Schedule, type WeekDraft } from "./schedule";
import { territoryFrom, zipsText, type Territory } from "./territory";
import { periodsFrom, vacationsFrom, type AwayPeriod, type Vacation } from "./vacations";

export type { FilterRow };

export type AuthChoice = "none" | "keep" | "basic" | "bearer";

export interface DeliveryDraft {
  channel: Delivery["channel"];
  url: string;
  method: NonNullable<Delivery["method"]>;
  format: NonNullable<Delivery["format"]>;
  to: string;
  subject: string;
  auth: AuthChoice;
  /** Which kind of credentials are kept, when `auth` is "keep". */
  keptAuth: "basic" | "bearer" | null;
  username: string;
  password: string;
  token: string;
  /** Settings the editor does not show (fields, headers, success rules, ping), kept as they are. */
  rest: Record<string, unknown>;
}

/** Everything the recipient editor's inputs hold, as text where a person types it. */
export interface Draft {
  key: string;
  name: string;
  kind: Kind;
  categories: string[];
  status: "available" | "away";
  states: string[];
  zipText: string;
  radiusZip: string;
  radiusMiles: string;
  exclusive: boolean;
  caps: Record<(typeof CAP_WINDOWS)[number], string>;
  weight: string;
  priority: string;
  price: string;
  /** Price rules set over the API, kept under the price typed here as their default. */
  priceRules: Extract<Price, object>["rules"] | null;
  budget: string;
  slaSeconds: string;
  capacity: string;
  tags: string;
  filters: FilterRow[];
  schedule: WeekDraft;
  vacations: Vacation[];
  delivery: DeliveryDraft;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

function deliveryDraft(d: Delivery | undefined): DeliveryDraft {
  const { channel = "none", url, method, format, to, subject, auth, ...rest } = d ?? { channel: "none" };
  return {
    channel,
    url: url ?? "",
    method: method ?? "POST",
    format: format ?? "json",
    to: to ?? "",
    subject: subject ?? "",
    auth: auth ? "keep" : "none",
    keptAuth: auth?.type ?? null,
    username: "",
    password: "",
    token: "",
    rest,
  };
}

/** The editor's state for a recipient, or for a new one. */
export function draftFrom(r: Recipient | null, fallbackZone = "UTC"): Draft {
  const schedule = weekFromSchedule(r?.schedule, fallbackZone);
  const price = r?.price ?? null;
  return {
    key: r?.key ?? "",
    name: r?.name ?? "",
    kind: r?.kind ?? "agent",
    categories: r?.categories ?? [],
    status: r?.status === "away" ? "away" : "available",
    states: r?.territory?.states ?? [],
    zipText: zipsText(r?.territory),
    radiusZip: r?.territory?.radius?.zip ?? "",
    radiusMiles: text(r?.territory?.radius?.miles),
    exclusive: r?.exclusive ?? false,
    caps: {
      hour: text(r?.caps?.hour),
      day: text(r?.caps?.day),
      week: text(r?.caps?.week),
      month: text(r?.caps?.month),
    },
    weight: text(r?.weight ?? 1),
    priority: text(r?.priority ?? 0),
    price: text(typeof price === "number" ? price : price?.default),
    priceRules: price !== null && typeof price === "object" ? price.rules : null,
    budget: text(r?.budget),
    slaSeconds: text(r?.slaSeconds),
    capacity: text(r?.capacity),
    tags: (r?.tags ?? []).join(", "),
    filters: (r?.filters ?? []).map(filterRowOf),
    schedule,
    vacations: vacationsFrom(r?.awayPeriods ?? [], schedule.timezone),
    delivery: deliveryDraft(r?.delivery),
  };
}

/** The recipient's settable values, each as the API takes it, null where the API's default applies. */
export interface Values {
  name: string;
  categories: string[];
  status: "available" | "away";
  territory: Territory | null;
  exclusive: boolean;
  caps: Caps | null;
  weight: number;
  priority: number;
  price: Price | null;
  budget: number | null;
  slaSeconds: number | null;
  capacity: number | null;
  tags: string[];
  filters: Filter[];
  schedule: Schedule | null;
  awayPeriods: AwayPeriod[];
  delivery: Delivery;
}

type FieldTypes = Readonly<Record<string, string>>;

/** The values the draft describes, and what keeps it from being saved, in words. */
export function valuesFrom(
  draft: Draft,
  fieldTypes: FieldTypes = {},
): { values: Values; problems: string[] } {
  const problems: string[] = [];
  const number = (
    label: string,
    raw: string,
    rule: { min?: number; max?: number; integer?: boolean; above?: number },
  ) => {
    const s = raw.trim();
    if (s === "") return null;
    const n = Number(s);
    const ok =
      Number.isFinite(n) &&
      (!rule.integer || Number.isInteger(n)) &&
      (rule.min === undefined || n >= rule.min) &&
      (rule.max === undefined || n <= rule.max) &&
      (rule.above === undefined || n > rule.above);
    if (!ok) {
      const range =
        rule.above !== undefined
          ? `above ${rule.above}`
          : rule.max !== undefined
            ? `from ${rule.min} to ${rule.max.toLocaleString("en-US")}`
            : `${rule.min} or more`;
      problems.push(`${label}: give ${rule.integer ? "a whole number" : "a number"} ${range}.`);
      return null;
    }
    return n;
  };
  if (!draft.name.trim()) problems.push("Name: give the recipient a name.");
  if (draft.categories.length === 0) problems.push("Categories: choose at least one.");

  const territory = territoryFrom(draft);
  problems.push(...territory.problems.map((p) => `Territory: ${p}`));

  const caps: Caps = {};
  for (const w of CAP_WINDOWS) {
    const n = number(`Cap per ${w}`, draft.caps[w], { min: 0, integer: true });
    if (n !== null) caps[w] = n;
  }
  const price = number("Price", draft.price, { min: 0, max: 1_000_000 });
  const filtered = filtersFrom(draft.filters, fieldTypes);
  problems.push(...filtered.problems);
  const filters = filtered.filters;
  problems.push(...weekProblems(draft.schedule).map((p) => `Schedule: ${p}`));
  const away = periodsFrom(draft.vacations, draft.schedule.timezone);
  problems.push(...away.problems);

  const values: Values = {
    name: draft.name.trim(),
    categories: draft.categories,
    status: draft.status,
    territory: territory.territory,
    exclusive: draft.exclusive,
    caps: Object.keys(caps).length > 0 ? caps : null,
    weight: number("Weight", draft.weight, { above: 0, max: 1_000_000 }) ?? 1,
    priority: number("Priority", draft.priority, { min: -1000, max: 1000, integer: true }) ?? 0,
    price: price === null ? null : draft.priceRules ? { default: price, rules: draft.priceRules } : price,
    budget: number("Monthly budget", draft.budget, { min: 0, max: 100_000_000 }),
    slaSeconds: number("SLA seconds", draft.slaSeconds, { min: 1, max: 604_800, integer: true }),
    capacity: number("Capacity", draft.capacity, { min: 0, integer: true }),
    tags: [
      ...new Set(
        draft.tags
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    filters,
    schedule: scheduleFromWeek(draft.schedule),
    awayPeriods: away.periods,
    delivery: deliveryFrom(draft.delivery, problems),
  };
  return { values, problems };
}

function deliveryFrom(d: DeliveryDraft, problems: string[]): Delivery {
  if (d.channel === "none") return { channel: "none" };
  const delivery: Delivery = { ...d.rest, channel: d.channel };
  if (d.channel === "http") {
    if (!/^https?:\/\/\S+$/.test(d.url.trim()))
      problems.push("Delivery: the URL starts with http:// or https://.");
    delivery.url = d.url.trim();
    delivery.method = d.method;
    delivery.format = d.format;
  } else {
    if (!d.to.trim()) problems.push("Delivery: give the address to email leads to.");
    delivery.to = d.to.trim();
    if (d.subject.trim()) delivery.subject = d.subject.trim();
  }
  if (d.auth === "keep" && d.keptAuth) delivery.auth = { type: d.keptAuth, redacted: true };
  if (d.auth === "basic") delivery.auth = { type: "basic", username: d.username, password: d.password };
  if (d.auth === "bearer") {
    if (!d.token) problems.push("Delivery: give the bearer token.");
    delivery.auth = { type: "bearer", token: d.token };
  }
  return delivery;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The body of `POST /api/v1/recipients`: the values set, without the API's defaults. */
export function createBody(draft: Draft, values: Values) {
  const body: Record<string, unknown> = { key: draft.key.trim(), kind: draft.kind };
  for (const [name, value] of Object.entries(values)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    if (name === "delivery" && (value as Delivery).channel === "none") continue;
    body[name] = value;
  }
  return body;
}

/**
 * The body of `PATCH /api/v1/recipients/{key}`: only what changed from `before`, so settings the
 * editor does not show (and credentials it cannot show) stay as they are.
 */
export function patchBody(
  before: Values,
  after: Values,
): { body: Record<string, unknown>; problems: string[] } {
  const body: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of Object.keys(after) as (keyof Values)[]) {
    if (same(before[name], after[name])) continue;
    const value = after[name];
    if (name === "delivery") {
      const auth = (value as Delivery).auth;
      if (auth && "redacted" in auth) {
        problems.push(
          "Delivery: the receiver's credentials are never shown again; give them again to change delivery.",
        );
        continue;
      }
      body[name] = (value as Delivery).channel === "none" ? null : value;
    } else body[name] = value;
  }
  return { body, problems };
}
