import type { AutoPauseRule } from "./auto-pause.js";
import { LEAD_KEYS } from "./lead.js";
import { patternProblem } from "./patterns.js";
import type { ScoreBand, ScoringRule } from "./scoring.js";

export type FieldType = "string" | "number" | "boolean" | "enum";

export interface FieldSpec {
  key: string;
  type: FieldType;
  required?: boolean;
  options?: string[];
  pattern?: string;
  label?: string;
}

export type DedupeKey = "email" | "phone";

export interface DedupePolicy {
  keys: DedupeKey[];
  windowDays: number;
}

export type UnknownFieldPolicy = "reject" | "keep";

export interface Category {
  key: string;
  name: string;
  fields: FieldSpec[];
  dedupe: DedupePolicy;
  unknownFields: UnknownFieldPolicy;
  scoring: CategoryScoring;
  /** The auto-pause rule of the category's sources that have none of their own. */
  autoPause: AutoPauseRule | null;
  createdAt: number;
}

/** Field-based scoring: rules add points, bands turn the score into a priority. */
export interface CategoryScoring {
  rules: ScoringRule[];
  bands: ScoreBand[];
}

export const DEFAULT_DEDUPE: DedupePolicy = { keys: ["email", "phone"], windowDays: 30 };

/** Names a custom field may not take, because the contact and intake already use them. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set([
  ...LEAD_KEYS,
  "id",
  "consent",
  "fields",
  "intakeKey",
  "redirect",
  "tags",
]);

/** Checks a category's own definition; returns what is wrong with it. */
export function checkFieldSpecs(fields: FieldSpec[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (RESERVED_FIELDS.has(f.key)) problems.push(`fields[${i}].key "${f.key}" is a reserved lead field`);
    if (seen.has(f.key)) problems.push(`fields[${i}].key "${f.key}" is defined twice`);
    seen.add(f.key);
    if (f.type === "enum" && (!f.options || f.options.length === 0))
      problems.push(`fields[${i}] of type enum needs options`);
    if (f.type !== "enum" && f.options) problems.push(`fields[${i}].options only apply to type enum`);
    if (f.options?.some((o) => o !== o.trim()))
      problems.push(`fields[${i}].options may not start or end with spaces`);
    if (f.pattern !== undefined) {
      if (f.type !== "string") problems.push(`fields[${i}].pattern only applies to type string`);
      const problem = patternProblem(f.pattern);
      if (problem) problems.push(`fields[${i}].pattern ${problem}`);
    }
  });
  return problems;
}
