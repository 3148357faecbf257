import zipcodes from "zipcodes";
import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import {
  exclusiveConflictsOf,
  isValidTimeZone,
  type ExclusiveConflict,
  usZipAtlas,
  type AwayReason,
  type Caps,
  type Filter,
  type Price,
  type RecipientKind,
  type RecipientStatus,
  type Schedule,
  type Territory,
} from "../domain/routing/index.js";
import type { Category } from "../domain/category.js";
import { deliveryProblems, filterFieldProblems, territoryProblems } from "../domain/recipient-settings.js";
import { isStaff, type Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { removePostingsOfRecipient } from "../store/queries/pool.js";
import {
  getRecipient,
  insertRecipient,
  listRecipients,
  updateRecipient,
  type DeliverySettings,
  type Recipient,
} from "../store/queries/recipients.js";
import {
  bumpConfigVersion,
  joinRotation,
  lockConfiguration,
  retryUnassignedNow,
} from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { audit, BOOTSTRAP } from "./audit.js";
import { withdrawOffersOf } from "./offers.js";
import { routerFor } from "./routing.js";

/** A price as a caller gives it: money per lead in currency units, fixed or by rule. */
// Reads that are one store operation each, for the routes.
export { getRecipient, listRecipients } from "../store/queries/recipients.js";

export type PriceInput = number | { default: number; rules: { when: Filter[]; price: number }[] };

/** A recipient as a caller gives it: money in currency units, away periods as ISO times. */
export interface RecipientInput {
  key: string;
  kind: RecipientKind;
  name: string;
  categories: string[];
  territory?: Territory;
  filters?: Filter[];
  caps?: Caps;
  /** Money per month of the recipient's time zone. */
  budget?: number;
  schedule?: Schedule;
  awayPeriods?: { from: string; to: string }[];
  /** Why it is away (kept only while its status is away). */
  awayReason?: AwayReason;
  weight?: number;
  priority?: number;
  price?: PriceInput;
  exclusive?: boolean;
  slaSeconds?: number;
  capacity?: number;
  status?: RecipientStatus;
  tags?: string[];
  delivery?: DeliverySettings;
}

/** What a patch may clear (null) rather than only set. */
type Clearable =
  "territory" | "caps" | "budget" | "schedule" | "price" | "slaSeconds" | "capacity" | "delivery";

/** A change to a recipient: the settings given are set, the clearable ones given as null are cleared. */
export type RecipientPatch = Partial<Omit<RecipientInput, "key" | "kind" | Clearable>> & {
  [K in Clearable]?: RecipientInput[K] | null;
};

/** What a recipient's own user may change about itself; the rest is for staff. */
const SELF_SERVICE = new Set(["status", "awayReason", "awayPeriods", "schedule"]);

export async function createRecipient(
  store: Store,
  input: RecipientInput,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<Recipient> {
  return store.transact(async (tx) => createRecipientIn(tx, input, by, now));
}

/** `createRecipient` inside a transaction of the caller's, e.g. with an import's progress. */
export async function createRecipientIn(
  tx: Tx,
  input: RecipientInput,
  by: Principal,
  now: number,
): Promise<Recipient> {
  checkSettings(input);
  const recipient = toRecipient(input, { createdAt: now, updatedAt: now });
  if (await getRecipient(tx, recipient.key))
    throw new AppError("conflict", `a recipient with key ${recipient.key} exists already`);
  checkFilterFields(recipient, await checkCategories(tx, recipient.categories));
  // Two contracts written at once must see each other: one waits for the other to commit.
  await lockConfiguration(tx, recipient.categories);
  await checkExclusive(tx, recipient);
  await insertRecipient(tx, recipient);
  await afterChange(tx, recipient, [], now);
  await audit(tx, by, { entity: "recipient", key: recipient.key, action: "create", after: recipient }, now);
  return recipient;
}

export async function patchRecipient(
  store: Store,
  key: string,
  patch: RecipientPatch,
  principal: Principal,
  now = Date.now(),
): Promise<Recipient> {
  if (!isStaff(principal)) {
    if (principal.recipient !== key) throw notFound(`recipient ${key}`);
    const denied = Object.keys(patch).filter((k) => !SELF_SERVICE.has(k));
    if (denied.length > 0)
      throw new AppError(
        "forbidden",
        `a recipient may change only its status, schedule and away periods, not ${denied.join(", ")}`,
      );
  }
  checkSettings(patch);
  return store.transact(async (tx) => {
    const current = await getRecipient(tx, key);
    if (!current) throw notFound(`recipient ${key}`);
    if (current.status === "retired") throw retired(key);
    const merged = { ...fromRecipient(current), ...withoutNulls(patch) } as RecipientInput;
    for (const [k, v] of Object.entries(patch))
      if (v === null) delete (merged as Partial<RecipientInput>)[k as keyof RecipientInput];
    const next = toRecipient(merged, { createdAt: current.createdAt, updatedAt: now });
    // What a patch leaves alone was checked when it was set.
    if (patch.categories || patch.filters || patch.price)
      checkFilterFields(next, await checkCategories(tx, next.categories));
    await lockConfiguration(tx, [...current.categories, ...next.categories]);
    await checkExclusive(tx, next);
    await updateRecipient(tx, next);
    await afterChange(tx, next, current.categories, now);
    await audit(
      tx,
      principal,
      { entity: "recipient", key, action: "update", before: current, after: next },
      now,
    );
    if (next.status === "away" && current.status !== "away")
      await withdrawOffersOf(tx, routerFor(store), key, now);
    return next;
  });
}

/**
 * Retires a recipient for good: it receives nothing more from now on. Offers it holds open are
 * withdrawn and passed on, it leaves every pool, and routing sees it as ineligible. Its leads,
 * assignments, deliveries and users stay, and it can still be read; nothing is deleted.
 */
export async function retireRecipient(
  store: Store,
  key: string,
  by: Principal,
  now = Date.now(),
): Promise<Recipient> {
  return store.transact(async (tx) => {
    const current = await getRecipient(tx, key);
    if (!current) throw notFound(`recipient ${key}`);
    if (current.status === "retired") throw retired(key);
    const next: Recipient = { ...current, status: "retired", updatedAt: now };
    await updateRecipient(tx, next);
    await afterChange(tx, next, current.categories, now);
    await removePostingsOfRecipient(tx, key);
    await withdrawOffersOf(tx, routerFor(store), key, now);
    await audit(tx, by, { entity: "recipient", key, action: "retire", before: current, after: next }, now);
    return next;
  });
}

const retired = (key: string) => new AppError("conflict", `recipient ${key} is retired: it changes no more`);

/** Every process reloads the categories' recipients; unassigned leads there get another chance at once. */
async function afterChange(tx: Tx, r: Recipient, previousCategories: string[], now: number): Promise<void> {
  for (const category of r.categories) await joinRotation(tx, category, r.key);
  const touched = [...new Set([...r.categories, ...previousCategories])];
  await bumpConfigVersion(tx, touched);
  await retryUnassignedNow(tx, r.categories, now);
}

async function checkCategories(tx: Tx, categories: string[]): Promise<Category[]> {
  const missing: ErrorDetail[] = [];
  const found: Category[] = [];
  for (const key of categories) {
    const category = await getCategory(tx, key);
    if (category) found.push(category);
    else missing.push({ field: "categories", code: "not_found", message: `category ${key} does not exist` });
  }
  if (missing.length > 0) throw invalid(missing);
  return found;
}

/** Territory and delivery settings that can never work, whatever else is stored. */
function checkSettings(given: RecipientPatch): void {
  const problems = [
    ...(given.territory ? territoryProblems(given.territory) : []),
    ...(given.delivery ? deliveryProblems(given.delivery) : []),
  ];
  if (problems.length > 0) throw invalid(problems);
}

/** Filters, and price rules, on fields no lead of the recipient's categories can have. */
function checkFilterFields(r: Recipient, categories: Category[]): void {
  const problems = filterFieldProblems(r.filters ?? [], "filters", categories);
  if (r.price !== undefined && typeof r.price !== "number")
    r.price.rules.forEach((rule, i) =>
      problems.push(...filterFieldProblems(rule.when, `price.rules.${i}.when`, categories)),
    );
  if (problems.length > 0) throw invalid(problems);
}

async function checkExclusive(tx: Tx, r: Recipient): Promise<void> {
  if (!r.exclusive) return;
  const others = new Map<string, Recipient>();
  for (const category of r.categories)
    for (const o of await listRecipients(tx, category))
      if (o.exclusive && o.key !== r.key && o.status !== "retired") others.set(o.key, o);
  const conflicts = exclusiveConflictsOf(r, [...others.values()], usZipAtlas());
  const said = (c: ExclusiveConflict) =>
    `${c.a === r.key ? c.b : c.a} holds an exclusive territory in category ${c.category} that overlaps: ${c.overlap}`;
  if (conflicts.length > 0)
    throw new AppError(
      "conflict",
      said(conflicts[0]!),
      conflicts.map((c) => ({ field: "territory", code: "exclusive_overlap", message: said(c) })),
      { conflicts: conflicts.map((c) => ({ a: c.a, b: c.b, category: c.category, overlap: c.overlap })) },
    );
}

function toRecipient(input: RecipientInput, times: { createdAt: number; updatedAt: number }): Recipient {
  const errors: ErrorDetail[] = [];
  const fail = (field: string, message: string) => errors.push({ field, code: "invalid", message });

  if (input.schedule && !isValidTimeZone(input.schedule.timezone))
    fail("schedule.timezone", `${input.schedule.timezone} is not an IANA time zone`);
  const awayPeriods = (input.awayPeriods ?? []).map((p, i) => {
    const from = Date.parse(p.from);
    const to = Date.parse(p.to);
    if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to)
      fail(`awayPeriods.${i}`, "an away period needs ISO times with from before to");
    return { from, to };
  });
  const territory = input.territory && {
    ...input.territory,
    ...(input.territory.states ? { states: input.territory.states.map((s) => s.toUpperCase()) } : {}),
  };
  if (territory?.radius) {
    const r = territory.radius;
    if (r.zip !== undefined) {
      const place = zipcodes.lookup(r.zip);
      if (!place) fail("territory.radius.zip", `zip ${r.zip} is not a known US zip code`);
      else territory.radius = { ...r, lat: place.latitude, lon: place.longitude };
    } else if (r.lat === undefined || r.lon === undefined) {
      fail("territory.radius", "a radius needs a zip or lat and lon");
    }
  }
  checkFilters(input.filters ?? [], "filters", fail);
  if (input.price !== undefined && typeof input.price !== "number")
    input.price.rules.forEach((rule, i) => checkFilters(rule.when, `price.rules.${i}.when`, fail));
  if (input.delivery?.ping && input.delivery.channel !== "http")
    fail("delivery.ping", "a buyer is pinged for bids on an HTTP channel only");
  if (errors.length > 0) throw invalid(errors);

  const recipient: Recipient = {
    key: input.key,
    name: input.name,
    kind: input.kind,
    categories: input.categories,
    status: input.status ?? "available",
    tags: input.tags ?? [],
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    ...(territory ? { territory } : {}),
    ...(input.filters ? { filters: input.filters } : {}),
    ...(input.caps ? { caps: input.caps } : {}),
    ...(input.budget !== undefined ? { budgetCents: cents(input.budget) } : {}),
    ...(input.schedule ? { schedule: input.schedule } : {}),
    ...(awayPeriods.length > 0 ? { awayPeriods } : {}),
    ...(input.status === "away" && input.awayReason ? { awayReason: input.awayReason } : {}),
    ...(input.weight !== undefined ? { weight: input.weight } : {}),
    ...(input.priority !== undefined ? { priority: input.priority } : {}),
    ...(input.price !== undefined ? { price: priceInCents(input.price) } : {}),
    ...(input.exclusive !== undefined ? { exclusive: input.exclusive } : {}),
    ...(input.slaSeconds !== undefined ? { slaSeconds: input.slaSeconds } : {}),
    ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    ...(input.delivery ? { delivery: input.delivery } : {}),
  };
  return recipient;
}

/** The stored recipient back in the API's terms, so a patch can be merged onto it. */
function fromRecipient(r: Recipient): RecipientInput {
  return {
    key: r.key,
    kind: r.kind,
    name: r.name,
    categories: r.categories,
    status: r.status,
    tags: r.tags,
    ...(r.territory ? { territory: r.territory } : {}),
    ...(r.filters ? { filters: r.filters } : {}),
    ...(r.caps ? { caps: r.caps } : {}),
    ...(r.budgetCents !== undefined ? { budget: r.budgetCents / 100 } : {}),
    ...(r.schedule ? { schedule: r.schedule } : {}),
    ...(r.awayPeriods
      ? {
          awayPeriods: r.awayPeriods.map((p) => ({
            from: new Date(p.from).toISOString(),
            to: new Date(p.to).toISOString(),
          })),
        }
      : {}),
    ...(r.awayReason ? { awayReason: r.awayReason } : {}),
    ...(r.weight !== undefined ? { weight: r.weight } : {}),
    ...(r.priority !== undefined ? { priority: r.priority } : {}),
    ...(r.price !== undefined ? { price: priceInDollars(r.price) } : {}),
    ...(r.exclusive !== undefined ? { exclusive: r.exclusive } : {}),
    ...(r.slaSeconds !== undefined ? { slaSeconds: r.slaSeconds } : {}),
    ...(r.capacity !== undefined ? { capacity: r.capacity } : {}),
    ...(r.delivery ? { delivery: r.delivery } : {}),
  };
}

function checkFilters(
  filters: readonly { op: string; value?: unknown }[],
  at: string,
  fail: (f: string, m: string) => void,
) {
  filters.forEach((f, i) => {
    if (f.op === "in" && !Array.isArray(f.value)) fail(`${at}.${i}.value`, "op in takes a list of values");
    else if (f.op !== "exists" && f.op !== "in" && (f.value === undefined || Array.isArray(f.value)))
      fail(`${at}.${i}.value`, `op ${f.op} takes one value`);
  });
}

const cents = (dollars: number) => Math.round(dollars * 100);

function priceInCents(price: PriceInput): Price {
  if (typeof price === "number") return cents(price);
  return {
    default: cents(price.default),
    rules: price.rules.map((r) => ({ when: r.when, price: cents(r.price) })),
  };
}

function priceInDollars(price: Price): PriceInput {
  if (typeof price === "number") return price / 100;
  return {
    default: price.default / 100,
    rules: price.rules.map((r) => ({ when: r.when, price: r.price / 100 })),
  };
}

function withoutNulls<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Partial<T>;
}
