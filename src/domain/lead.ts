import type { CountryCode } from "libphonenumber-js";
import zipcodes from "zipcodes";
import type { Category, DedupeKey, FieldSpec } from "./category.js";
import type { ErrorDetail } from "./errors.js";
import { compilePattern } from "./patterns.js";
import { toE164 } from "./phone.js";
import { stateCode } from "./us-states.js";

export type FieldValue = string | number | boolean | null;

export interface Consent {
  text: string;
  at: number;
  ip: string | null;
  pageUrl: string | null;
}

export interface Attribution {
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  utmTerm?: string;
  utmContent?: string;
}

export interface Contact {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
}

/** A lead as intake accepts it: validated, normalized, ready to be deduped and stored. */
export interface NormalizedLead {
  contact: Contact;
  fields: Record<string, FieldValue>;
  consent: Consent | null;
  attribution: Attribution;
}

export interface IntakeContext {
  ip: string | null;
  now: number;
}

const TEXT_LIMIT = 1000;
const NAME_LIMIT = 200;
const EMAIL_PATTERN = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[a-z]{2,}$/;

/** Whether a text is one email address, as intake accepts a lead's. */
export const isEmailAddress = (text: string): boolean => EMAIL_PATTERN.test(text.toLowerCase());
/** The contact fields every lead has, in the order they are shown. */
export const CONTACT_KEYS = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "address",
  "city",
  "state",
  "zip",
  "country",
] as const;
export const UTM_KEYS = ["utmSource", "utmMedium", "utmCampaign", "utmTerm", "utmContent"] as const;
export const CONSENT_KEYS = ["consentText", "consentAt", "consentPageUrl"] as const;
/** Every name intake reads as part of the lead itself rather than as a custom field. */
export const LEAD_KEYS: ReadonlySet<string> = new Set([...CONTACT_KEYS, ...UTM_KEYS, ...CONSENT_KEYS]);
/** Keys intake reads but does not store as lead fields. */
const TRANSPORT_KEYS = new Set(["intakeKey", "redirect"]);

type Raw = Record<string, unknown>;
type Flat = Map<string, unknown>;

/**
 * Turns a posted body (JSON, form or XML, already parsed to an object) into a lead.
 * Collects every failing field, so one answer can list them all.
 */
export function normalizeLead(
  input: Raw,
  category: Category,
  ctx: IntakeContext,
): { ok: true; lead: NormalizedLead } | { ok: false; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const flat = flatten(input, fail);

  const text = (key: string, limit = TEXT_LIMIT): string | null => {
    const v = flat.get(key);
    if (v === undefined || v === null) return null;
    if (typeof v === "number" && (key === "zip" || key === "phone") && Number.isFinite(v)) return String(v);
    if (typeof v !== "string") {
      fail(key, "type", `${key} must be a string`);
      return null;
    }
    // Most text has single spaces only: nothing to collapse, and no control character to find.
    const tidy = !UNTIDY.test(v);
    const s = tidy ? v.trim() : v.replace(/\s+/g, " ").trim();
    if (s.length > limit) {
      fail(key, "too_long", `${key} must be at most ${limit} characters`);
      return null;
    }
    if (tidy ? !s.isWellFormed() : hasControlCharacters(s)) {
      fail(key, "invalid", `${key} contains control or invalid characters`);
      return null;
    }
    return s === "" ? null : s;
  };

  const country = (text("country", 2) ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) fail("country", "invalid", "country must be a two-letter ISO code");

  const contact: Contact = {
    firstName: text("firstName", NAME_LIMIT),
    lastName: text("lastName", NAME_LIMIT),
    email: normalizeEmail(text("email", 254), fail),
    phone: normalizePhone(text("phone", 40), country, fail),
    address: text("address"),
    city: text("city", NAME_LIMIT),
    state: null,
    zip: null,
    country,
    lat: null,
    lon: null,
  };
  applyLocation(contact, text("state", 60), text("zip", 10), fail);
  if (!contact.email && !contact.phone && !errors.some((e) => e.field === "email" || e.field === "phone"))
    fail("email", "required", "a lead needs an email or a phone number");

  const attribution: Attribution = {};
  for (const key of UTM_KEYS) {
    const v = text(key, NAME_LIMIT);
    if (v) attribution[key] = v;
  }

  const consent = readConsent(
    text("consentText", 4000),
    flat.get("consentAt"),
    text("consentPageUrl", 2048),
    ctx,
    fail,
  );
  const fields = readCustomFields(flat, category, fail);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, lead: { contact, fields, consent, attribution } };
}

/** Values under which a lead is found again, per the category's dedupe keys. */
export function dedupeValues(lead: NormalizedLead, keys: DedupeKey[]): { kind: DedupeKey; value: string }[] {
  const out: { kind: DedupeKey; value: string }[] = [];
  for (const kind of keys) {
    const value = lead.contact[kind];
    if (value) out.push({ kind, value });
  }
  return out;
}

/** The names a `consent` object's keys stand for at the top level of a lead. */
const CONSENT_NAMES: ReadonlyMap<string, string> = new Map([
  ["text", "consentText"],
  ["at", "consentAt"],
  ["timestamp", "consentAt"],
  ["pageUrl", "consentPageUrl"],
]);

/**
 * The body's fields at one level, `fields` and `consent` objects taken apart, in a Map (a
 * body's keys are data: a Map reads and writes them faster than an object without prototype).
 */
function flatten(input: Raw, fail: (f: string, c: string, m: string) => void): Flat {
  const flat: Flat = new Map();
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (key === "fields" && isPlainObject(value)) {
      for (const k of Object.keys(value)) flat.set(k, value[k]);
    } else if (key === "consent" && isPlainObject(value)) {
      for (const k of Object.keys(value)) {
        const mapped = CONSENT_NAMES.get(k);
        if (mapped) flat.set(mapped, value[k]);
        else fail(`consent.${k}`, "unknown_field", `consent.${k} is not a consent field`);
      }
    } else if (!TRANSPORT_KEYS.has(key)) {
      flat.set(key, value);
    }
  }
  return flat;
}

function normalizeEmail(raw: string | null, fail: (f: string, c: string, m: string) => void): string | null {
  if (raw === null) return null;
  const email = raw.toLowerCase();
  if (!EMAIL_PATTERN.test(email)) {
    fail("email", "invalid", "email is not a valid address");
    return null;
  }
  return email;
}

function normalizePhone(
  raw: string | null,
  country: string,
  fail: (f: string, c: string, m: string) => void,
): string | null {
  if (raw === null) return null;
  const region = (/^[A-Z]{2}$/.test(country) ? country : "US") as CountryCode;
  const e164 = toE164(raw, region);
  if (e164 === null) fail("phone", "invalid", "phone is not a valid phone number");
  return e164;
}

function applyLocation(
  contact: Contact,
  state: string | null,
  zip: string | null,
  fail: (f: string, c: string, m: string) => void,
): void {
  if (state !== null) {
    const code = contact.country === "US" ? stateCode(state) : state.toUpperCase();
    if (!code) fail("state", "invalid", "state is not a US state or territory");
    else contact.state = code;
  }
  if (zip === null) return;
  if (contact.country !== "US") {
    contact.zip = zip.toUpperCase();
    return;
  }
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(zip);
  if (!match) {
    fail("zip", "invalid", "zip must be a 5-digit US ZIP code");
    return;
  }
  contact.zip = match[1]!;
  const place = zipcodes.lookup(contact.zip);
  if (place) {
    contact.state = place.state;
    contact.city ??= place.city;
    contact.lat = place.latitude;
    contact.lon = place.longitude;
  }
}

function readConsent(
  text: string | null,
  rawAt: unknown,
  pageUrl: string | null,
  ctx: IntakeContext,
  fail: (f: string, c: string, m: string) => void,
): Consent | null {
  let at = ctx.now;
  if (rawAt !== undefined && rawAt !== null && rawAt !== "") {
    const parsed = typeof rawAt === "string" || typeof rawAt === "number" ? new Date(rawAt).getTime() : NaN;
    if (!Number.isFinite(parsed) || parsed > ctx.now + 5 * 60_000)
      fail("consentAt", "invalid", "consentAt must be a timestamp that is not in the future");
    else at = parsed;
  }
  if (pageUrl !== null && !/^https?:\/\/\S+$/i.test(pageUrl))
    fail("consentPageUrl", "invalid", "consentPageUrl must be an http(s) URL");
  if (text === null) {
    if (pageUrl !== null || (rawAt !== undefined && rawAt !== null && rawAt !== ""))
      fail("consentText", "required", "consentText is required when consent is given");
    return null;
  }
  return { text, at, ip: ctx.ip, pageUrl };
}

function readCustomFields(
  flat: Flat,
  category: Category,
  fail: (f: string, c: string, m: string) => void,
): Record<string, FieldValue> {
  const out = Object.create(null) as Record<string, FieldValue>;
  const specs = fieldKeysOf(category);
  for (const spec of category.fields) {
    const raw = flat.get(spec.key);
    const missing = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
    if (missing) {
      if (spec.required) fail(spec.key, "required", `${spec.key} is required`);
      continue;
    }
    const result = coerce(spec, raw);
    if (result.ok) out[spec.key] = result.value;
    else fail(spec.key, "invalid", result.message);
  }
  for (const key of keysInObjectOrder(flat)) {
    if (specs.has(key) || LEAD_KEYS.has(key)) continue;
    const raw = flat.get(key);
    if (category.unknownFields === "reject") {
      fail(key, "unknown_field", `${key} is not a field of category ${category.key}`);
    } else if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(key)) {
      fail(key, "invalid", "field names are letters, digits and underscores, at most 64");
    } else if (raw === null || typeof raw === "number" || typeof raw === "boolean") {
      out[key] = raw;
    } else if (typeof raw === "string" && raw.length <= TEXT_LIMIT && !hasControlCharacters(raw)) {
      out[key] = raw.trim();
    } else {
      fail(key, "invalid", `${key} must be a short string, a number or a boolean`);
    }
  }
  return out;
}

const fieldKeys = new WeakMap<Category, ReadonlySet<string>>();

/** The keys of a category's custom fields, worked out once per category object. */
function fieldKeysOf(category: Category): ReadonlySet<string> {
  let keys = fieldKeys.get(category);
  if (!keys) fieldKeys.set(category, (keys = new Set(category.fields.map((f) => f.key))));
  return keys;
}

/**
 * The keys in the order an object lists them: array indices first, lowest first, then the
 * others as they were added. Refusals of unknown fields are listed in that order.
 */
function keysInObjectOrder(flat: Flat): Iterable<string> {
  let indices: string[] | undefined;
  for (const key of flat.keys()) if (isArrayIndex(key)) (indices ??= []).push(key);
  if (!indices) return flat.keys();
  indices.sort((a, b) => Number(a) - Number(b));
  const rest = [...flat.keys()].filter((key) => !isArrayIndex(key));
  return [...indices, ...rest];
}

/** A key an object keeps among its array indices: a whole number below 2³² − 1, written canonically. */
function isArrayIndex(key: string): boolean {
  const code = key.charCodeAt(0);
  if (!(code >= 48 && code <= 57)) return false;
  return String(Number(key) >>> 0) === key && key !== "4294967295";
}

type Coerced = { ok: true; value: FieldValue } | { ok: false; message: string };

function coerce(spec: FieldSpec, raw: unknown): Coerced {
  const ok = (value: FieldValue): Coerced => ({ ok: true, value });
  const no = (message: string): Coerced => ({ ok: false, message: `${spec.key} ${message}` });
  switch (spec.type) {
    case "number": {
      const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim()) : NaN;
      return Number.isFinite(n) ? ok(n) : no("must be a number");
    }
    case "boolean": {
      if (typeof raw === "boolean") return ok(raw);
      const s = typeof raw === "string" ? raw.trim().toLowerCase() : "";
      if (["true", "1", "yes", "on"].includes(s)) return ok(true);
      if (["false", "0", "no", "off"].includes(s)) return ok(false);
      return no("must be true or false");
    }
    case "enum": {
      const s = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : null;
      return s !== null && spec.options?.includes(s)
        ? ok(s)
        : no(`must be one of ${spec.options?.join(", ")}`);
    }
    case "string": {
      if (typeof raw !== "string" && typeof raw !== "number") return no("must be a string");
      const s = String(raw).trim();
      if (s.length > TEXT_LIMIT) return no(`must be at most ${TEXT_LIMIT} characters`);
      if (hasControlCharacters(s)) return no("contains control or invalid characters");
      if (spec.pattern && !matchesPattern(spec.pattern, s)) return no("does not match its pattern");
      return ok(s);
    }
  }
}

/**
 * A stored pattern that RE2 cannot run (saved before patterns were checked for it) is not
 * applied: the lead is kept rather than refused for a rule Carousel cannot check safely.
 */
function matchesPattern(source: string, text: string): boolean {
  const compiled = compilePattern(source);
  return !compiled.ok || compiled.pattern.test(text);
}

function isPlainObject(v: unknown): v is Raw {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Whitespace other than a space, two spaces in a row, or a C0 or C1 control: what `text` has to
 * collapse or refuse. Text without any only needs trimming and the lone-surrogate check.
 */
// eslint-disable-next-line no-control-regex
const UNTIDY = /[^\S ]| {2}|[\u0000-\u001f\u007f-\u009f]/;

/**
 * C0 and C1 controls (tab, CR and LF aside), and lone surrogates: text that is not
 * well-formed Unicode would be stored with U+FFFD in its place, not as it was sent.
 */
function hasControlCharacters(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(s) || !s.isWellFormed();
}

/** A lead as it is stored and shown. */
export interface Lead extends NormalizedLead {
  id: string;
  category: string;
  source: string;
  ip: string | null;
  score: number;
  priority: string;
  stage: string;
  status: LeadStatus;
  tags: string[];
  costCents: number;
  revenueCents: number;
  createdAt: number;
  updatedAt: number;
  /** When an unassigned lead is next routed again; null waits for a configuration change. */
  retryAt: number | null;
  /** The plan tier an offered or pooled lead is in. */
  tier?: number | null;
  /** When a pooled lead moves on to the next tier. */
  poolUntil?: number | null;
}

/**
 * Where a lead stands in distribution: waiting for a recipient (`unassigned`), offered to one who
 * has to answer, posted to a pool, out for bids (`auction`), held by a recipient (`assigned`), or
 * returned and not routed again (`closed`).
 */
export const LEAD_STATUSES = ["unassigned", "offered", "pooled", "auction", "assigned", "closed"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export type { LeadEvent } from "./events.js";
