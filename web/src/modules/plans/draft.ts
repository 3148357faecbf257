import type { paths } from "../../api/schema";

/** A tier as the API reads and writes it. */
export type Tier =
  paths["/api/v1/categories/{key}/plan"]["put"]["requestBody"]["content"]["application/json"]["tiers"][number];
export type Method = Tier["method"];
export type Mode = Tier["mode"];
export type Kind = NonNullable<Tier["select"]["kind"]>;

/** The routing methods, in the words a manager reads them by (docs/ROUTING.md). */
export const METHODS: { value: Method; label: string; hint: string }[] = [
  { value: "round_robin", label: "Round robin", hint: "whoever was served longest ago" },
  { value: "weighted", label: "Weighted", hint: "shares in proportion to each recipient's weight" },
  { value: "priority", label: "Priority", hint: "the highest priority first, in turn within it" },
  { value: "least_loaded", label: "Least loaded", hint: "fewest open leads first" },
  { value: "best_margin", label: "Best margin", hint: "highest price less the lead's cost" },
  {
    value: "bid_price",
    label: "Bid price",
    hint: "best margin less what the buyer's remaining cap is worth to later leads",
  },
  { value: "broadcast", label: "Broadcast", hint: "several buyers at once (a shared lead)" },
];

export const MODES: { value: Mode; label: string; hint: string }[] = [
  { value: "direct", label: "Direct", hint: "assigned at once" },
  { value: "push", label: "Offer", hint: "offered to one at a time, each with an SLA" },
  { value: "pull", label: "Pool", hint: "posted to a pool that anyone eligible may claim" },
];

export const methodLabel = (m: Method) => METHODS.find((x) => x.value === m)?.label ?? m;
export const modeLabel = (m: Mode) => MODES.find((x) => x.value === m)?.label ?? m;

export const KINDS: { value: "" | Kind; label: string }[] = [
  { value: "", label: "Any kind" },
  { value: "agent", label: "Agents" },
  { value: "partner", label: "Partners" },
  { value: "buyer", label: "Buyers" },
];

/** The number fields of a tier; which ones a tier has depends on its mode and method. */
export type NumberField = "slaSeconds" | "attempts" | "poolSeconds" | "maxRecipients" | "catchUpLimit";
/** Every field of a tier an error can be shown next to. */
export type DraftField = "kind" | "tags" | "keys" | "method" | "mode" | NumberField | "pingPost";

/** A tier as its editor holds it: text as typed, a stable id for moving it around. */
export interface DraftTier {
  id: string;
  kind: "" | Kind;
  tags: string;
  keys: string;
  method: Method;
  mode: Mode;
  slaSeconds: string;
  attempts: string;
  poolSeconds: string;
  maxRecipients: string;
  /** Least loaded: how many leads in a row a recipient behind the others may catch up with. */
  catchUpLimit: string;
  /** Kept as it was: the editor does not change a tier's ping-post settings. */
  pingPost?: Tier["pingPost"];
}

let nextId = 0;
const newId = () => `tier-${++nextId}`;

/** Which number fields a tier of this mode and method takes. */
export function numberFields(tier: Pick<DraftTier, "mode" | "method">): NumberField[] {
  const fields: NumberField[] = [];
  if (tier.mode === "push") fields.push("slaSeconds", "attempts");
  if (tier.mode === "pull") fields.push("poolSeconds");
  if (tier.method === "broadcast") fields.push("maxRecipients");
  if (tier.method === "least_loaded") fields.push("catchUpLimit");
  return fields;
}

const text = (n: number | undefined) => (n === undefined ? "" : String(n));
const list = (items: string[] | undefined) => (items ?? []).join(", ");
const split = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function draftFromTiers(tiers: readonly Tier[]): DraftTier[] {
  return tiers.map((t) => ({
    id: newId(),
    kind: t.select.kind ?? "",
    tags: list(t.select.tags),
    keys: list(t.select.keys),
    method: t.method,
    mode: t.mode,
    slaSeconds: text(t.slaSeconds),
    attempts: text(t.attempts),
    poolSeconds: text(t.poolSeconds),
    maxRecipients: text(t.maxRecipients),
    catchUpLimit: text(t.catchUpLimit),
    ...(t.pingPost ? { pingPost: t.pingPost } : {}),
  }));
}

/** A new tier: everyone, in turn, offered for five minutes, at most three times. */
export function newTier(): DraftTier {
  return {
    id: newId(),
    kind: "",
    tags: "",
    keys: "",
    method: "round_robin",
    mode: "push",
    slaSeconds: "300",
    attempts: "3",
    poolSeconds: "",
    maxRecipients: "",
    catchUpLimit: "",
  };
}

/** Errors found before asking the API, by tier and field, and the plan as the API reads it. */
export interface Checked {
  tiers: Tier[];
  errors: FieldErrors;
}

export interface FieldErrors {
  /** Per tier index, per field, what is wrong. */
  tiers: Record<number, Partial<Record<DraftField, string>>>;
  /** What is wrong with the plan as a whole. */
  plan: string[];
}

export const noErrors = (errors: FieldErrors) =>
  errors.plan.length === 0 && Object.keys(errors.tiers).length === 0;

/**
 * The plan the draft stands for: the number fields its mode and method take (others are
 * dropped, so switching a tier from offer to pool loses its SLA), lists split on commas.
 */
export function tiersFromDraft(draft: readonly DraftTier[]): Checked {
  const errors: FieldErrors = { tiers: {}, plan: [] };
  if (draft.length === 0) errors.plan.push("A plan needs at least one tier.");
  const tiers = draft.map((d, i) => {
    const select: Tier["select"] = {};
    if (d.kind) select.kind = d.kind;
    const tags = split(d.tags);
    const keys = split(d.keys);
    if (tags.length > 0) select.tags = tags;
    if (keys.length > 0) select.keys = keys;
    const tier: Tier = { select, method: d.method, mode: d.mode };
    for (const field of numberFields(d)) {
      const value = d[field].trim();
      if (value === "") continue;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) (errors.tiers[i] ??= {})[field] = "Enter a whole number above 0.";
      else tier[field] = n;
    }
    if (d.pingPost && d.method === "best_margin" && d.mode === "direct") tier.pingPost = d.pingPost;
    return tier;
  });
  return { tiers, errors };
}

/** The API's validation details (`tiers.2.slaSeconds`, `plan.tiers.0.select.keys.1`) by tier and field. */
export function apiFieldErrors(details: readonly { field: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = { tiers: {}, plan: [] };
  for (const d of details) {
    const match = /^(?:plan\.)?tiers\.(\d+)\.(?:select\.)?([A-Za-z]+)/.exec(d.field);
    const field = match?.[2] as DraftField | undefined;
    if (match && field && FIELDS.has(field)) {
      const at = (errors.tiers[Number(match[1])] ??= {});
      // "plan.tiers.2.slaSeconds must be <= 604800" reads "Must be <= 604800" next to its field.
      const message = capitalized(
        d.message.startsWith(`${d.field} `) ? d.message.slice(d.field.length + 1) : d.message,
      );
      at[field] = at[field] ? `${at[field]} ${message}` : message;
    } else errors.plan.push(capitalized(d.message));
  }
  return errors;
}

const FIELDS = new Set<DraftField>([
  "kind",
  "tags",
  "keys",
  "method",
  "mode",
  "slaSeconds",
  "attempts",
  "poolSeconds",
  "maxRecipients",
  "catchUpLimit",
  "pingPost",
]);
const capitalized = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

export function moveTier(draft: readonly DraftTier[], index: number, by: -1 | 1): DraftTier[] {
  const to = index + by;
  if (index < 0 || index >= draft.length || to < 0 || to >= draft.length) return [...draft];
  const next = [...draft];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export const removeTier = (draft: readonly DraftTier[], index: number) => draft.filter((_, i) => i !== index);

export const updateTier = (draft: readonly DraftTier[], index: number, change: Partial<DraftTier>) =>
  draft.map((t, i) => (i === index ? { ...t, ...change } : t));

/** Whether the draft would put the same plan live as `tiers` (saving it would change nothing). */
export function sameAs(draft: readonly DraftTier[], tiers: readonly Tier[]): boolean {
  return JSON.stringify(tiersFromDraft(draft).tiers.map(canonical)) === JSON.stringify(tiers.map(canonical));
}

function canonical(tier: Tier): unknown {
  return Object.fromEntries(
    Object.entries({ ...tier, select: Object.fromEntries(Object.entries(tier.select).sort()) }).sort(),
  );
}

const seconds = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/** Who a tier selects, in words: "Buyers tagged solar or roofing", "acme, beta", "Everyone". */
export function describeWho(select: Tier["select"]): string {
  const kind = KINDS.find((k) => k.value === (select.kind ?? ""));
  const parts: string[] = [];
  if (select.keys?.length) parts.push(select.keys.join(", "));
  else parts.push(select.kind ? kind!.label : "Everyone");
  if (select.keys?.length && select.kind) parts.push(`(${kind!.label.toLowerCase()} only)`);
  if (select.tags?.length) parts.push(`tagged ${select.tags.join(" or ")}`);
  return parts.join(" ");
}

/** How a tier hands out a lead, in words: "Offer, round robin: 5 min each, at most 3". */
export function describeHow(tier: Tier): string {
  const method = methodLabel(tier.method);
  const mode = modeLabel(tier.mode);
  const details: string[] = [];
  if (tier.mode === "push") {
    details.push(`${seconds(tier.slaSeconds ?? 300)} each`);
    details.push(`at most ${tier.attempts ?? 3}`);
  }
  if (tier.mode === "pull")
    details.push(
      tier.poolSeconds === undefined ? "until claimed" : `${seconds(tier.poolSeconds)} in the pool`,
    );
  if (tier.method === "broadcast" && tier.maxRecipients !== undefined)
    details.push(`up to ${tier.maxRecipients} recipients`);
  if (tier.pingPost) details.push(`ping-post, ${tier.pingPost.deadlineMs} ms for bids`);
  return `${mode}, ${method.toLowerCase()}${details.length ? `: ${details.join(", ")}` : ""}`;
}
