import { SOURCE_FIGURES, type SourceFigures } from "../source-quality.js";
import type { FieldValue, Filter } from "./types.js";

/** What a filter reads: a routable lead, or a lead being scored before it has a score. */
export interface FilterSubject {
  score?: number;
  priority?: string;
  fields: Readonly<Record<string, FieldValue>>;
  /** Its source's quality, read as `source.quality`, `source.returnRate`, … (field keys have no dot). */
  sourceFigures?: SourceFigures | undefined;
}

const SOURCE_PREFIX = "source.";

export function fieldValue(subject: FilterSubject, field: string): FieldValue | undefined {
  if (field === "score") return subject.score;
  if (field === "priority") return subject.priority;
  if (field.startsWith(SOURCE_PREFIX)) {
    const figure = field.slice(SOURCE_PREFIX.length) as keyof SourceFigures;
    return SOURCE_FIGURES.includes(figure) ? subject.sourceFigures?.[figure] : undefined;
  }
  return Object.hasOwn(subject.fields, field) ? subject.fields[field] : undefined;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "";
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * Form posts carry everything as text, so "620" equals 620, "true" equals true, and text compares
 * without regard to case ("Solar" is the product "solar").
 */
function same(actual: unknown, expected: unknown): boolean {
  if (!present(actual)) return !present(expected);
  if (typeof actual === "string" && typeof expected === "string")
    return actual === expected || actual.toLowerCase() === expected.toLowerCase();
  if (typeof actual === "number" || typeof expected === "number") {
    const a = asNumber(actual);
    return a !== undefined && a === asNumber(expected);
  }
  if (typeof actual === "boolean" || typeof expected === "boolean")
    return String(actual) === String(expected);
  return actual === expected;
}

function compare(actual: unknown, expected: unknown): number | undefined {
  const a = asNumber(actual);
  const b = asNumber(expected);
  if (a !== undefined && b !== undefined) return a - b;
  // ISO dates and similar ordered text compare as text.
  if (typeof actual === "string" && typeof expected === "string")
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  return undefined;
}

export function matchesFilter(filter: Filter, subject: FilterSubject): boolean {
  const actual = fieldValue(subject, filter.field);
  switch (filter.op) {
    case "eq":
      return present(actual) && same(actual, filter.value);
    case "neq":
      return !same(actual, filter.value);
    case "in":
      if (!present(actual) || !Array.isArray(filter.value)) return false;
      for (const v of filter.value as unknown[]) if (same(actual, v)) return true;
      return false;
    case "gte": {
      const c = present(actual) ? compare(actual, filter.value) : undefined;
      return c !== undefined && c >= 0;
    }
    case "lte": {
      const c = present(actual) ? compare(actual, filter.value) : undefined;
      return c !== undefined && c <= 0;
    }
    case "exists":
      return present(actual) !== (filter.value === false);
  }
}

export function firstFailingFilter(
  filters: readonly Filter[] | undefined,
  subject: FilterSubject,
): Filter | undefined {
  if (!filters) return undefined;
  for (const f of filters) if (!matchesFilter(f, subject)) return f;
  return undefined;
}

export function matchesAll(filters: readonly Filter[] | undefined, subject: FilterSubject): boolean {
  return firstFailingFilter(filters, subject) === undefined;
}

// Configurations are replaced, never edited in place, so a text kept by the filter object stays true.
const filterTexts = new WeakMap<Filter, string>();

/** `creditScore gte 620`: with `describeLeadValue`, a decision trace's `creditScore gte 620 (lead has 580)`. */
export function describeFilter(filter: Filter): string {
  let text = filterTexts.get(filter);
  if (text === undefined) {
    const expected = filter.op === "exists" ? "" : ` ${JSON.stringify(filter.value)}`;
    text = `${filter.field} ${filter.op}${expected}`;
    filterTexts.set(filter, text);
  }
  return text;
}

/** `lead has 580`, `lead has none`, `source has 23` */
export function describeLeadValue(field: string, subject: FilterSubject): string {
  const actual = fieldValue(subject, field);
  const who = field.startsWith(SOURCE_PREFIX) ? "source" : "lead";
  return present(actual) ? `${who} has ${JSON.stringify(actual)}` : `${who} has none`;
}
