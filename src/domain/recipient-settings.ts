import type { Category } from "./category.js";
import type { ErrorDetail } from "./errors.js";
import { CONTACT_KEYS, isEmailAddress } from "./lead.js";
import type { Filter, Territory } from "./routing/types.js";
import { SOURCE_FIGURES } from "./source-quality.js";
import { US_STATE_CODES } from "./us-states.js";

/** Lead facts every category's leads have, that filters may read (see `routableLead`). */
export const BUILT_IN_FILTER_FIELDS: ReadonlySet<string> = new Set([
  ...CONTACT_KEYS,
  "lat",
  "lon",
  "score",
  "priority",
  // The lead's source's quality (`SourceFigures`).
  ...SOURCE_FIGURES.map((f) => `source.${f}`),
]);

const STATES = new Set(US_STATE_CODES);

const problem = (field: string, message: string): ErrorDetail => ({ field, code: "invalid", message });

/** States that are US state or territory codes, zips of five digits, prefixes of one to four. */
export function territoryProblems(territory: Territory, at = "territory"): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  territory.states?.forEach((s, i) => {
    if (!STATES.has(s.trim().toUpperCase()))
      problems.push(problem(`${at}.states.${i}`, `${s} is not a US state or territory code`));
  });
  territory.zips?.forEach((z, i) => {
    if (!/^\d{5}$/.test(z)) problems.push(problem(`${at}.zips.${i}`, `${z} is not a 5-digit zip code`));
  });
  territory.zipPrefixes?.forEach((p, i) => {
    if (!/^\d{1,4}$/.test(p))
      problems.push(problem(`${at}.zipPrefixes.${i}`, `${p} is not a zip prefix of 1 to 4 digits`));
  });
  return problems;
}

/** The parts of delivery settings a channel cannot work without. */
export interface DeliveryTarget {
  channel: "http" | "email" | "none";
  url?: string | undefined;
  to?: string | undefined;
  cc?: string | undefined;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A comma-separated list of one or more email addresses. */
const isAddressList = (text: string): boolean => text.split(",").every((part) => isEmailAddress(part.trim()));

/** An HTTP channel needs an http(s) URL to post to, an email channel addresses to send to. */
export function deliveryProblems(delivery: DeliveryTarget, at = "delivery"): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (delivery.channel === "http") {
    if (delivery.url === undefined) problems.push(problem(`${at}.url`, "an http channel needs a url"));
    else if (!isHttpUrl(delivery.url))
      problems.push(problem(`${at}.url`, `${delivery.url} is not an http(s) URL`));
  }
  if (delivery.channel === "email") {
    if (delivery.to === undefined)
      problems.push(problem(`${at}.to`, "an email channel needs an address to send to"));
    else if (!isAddressList(delivery.to))
      problems.push(problem(`${at}.to`, `${delivery.to} is not an email address`));
    if (delivery.cc !== undefined && !isAddressList(delivery.cc))
      problems.push(problem(`${at}.cc`, `${delivery.cc} is not an email address`));
  }
  return problems;
}

/**
 * Filters on fields no lead of the recipient's categories can have: not a built-in lead fact,
 * not a field of any of its categories, and none of them keeps fields it does not define.
 */
export function filterFieldProblems(
  filters: readonly Filter[],
  at: string,
  categories: readonly Pick<Category, "key" | "fields" | "unknownFields">[],
): ErrorDetail[] {
  if (categories.some((c) => c.unknownFields === "keep")) return [];
  const known = new Set(categories.flatMap((c) => c.fields.map((f) => f.key)));
  const problems: ErrorDetail[] = [];
  filters.forEach((f, i) => {
    if (BUILT_IN_FILTER_FIELDS.has(f.field) || known.has(f.field)) return;
    const names = categories.map((c) => c.key).join(", ");
    problems.push(
      problem(`${at}.${i}.field`, `${f.field} is not a lead field nor a field of category ${names}`),
    );
  });
  return problems;
}
