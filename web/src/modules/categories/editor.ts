import type { paths } from "../../api/schema";

export type Category =
  paths["/api/v1/categories"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
export type FieldSpec = Category["fields"][number];
export type FieldType = FieldSpec["type"];
export type StageConfig =
  paths["/api/v1/categories/{key}/stages"]["get"]["responses"][200]["content"]["application/json"];
export type Stage = StageConfig["stages"][number];

export const FIELD_TYPES: { value: FieldType; label: string }[] = [
  { value: "string", label: "Text" },
  { value: "number", label: "Number" },
  { value: "boolean", label: "Yes / no" },
  { value: "enum", label: "Choice" },
];

/** A field as the editor holds it: every input a string or flag, options one per line. */
export interface FieldDraft {
  id: number;
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  options: string;
  pattern: string;
}

let nextId = 1;

export const draftsOf = (fields: FieldSpec[]): FieldDraft[] =>
  fields.map((f) => ({
    id: nextId++,
    key: f.key,
    label: f.label ?? "",
    type: f.type,
    required: f.required === true,
    options: (f.options ?? []).join("\n"),
    pattern: f.pattern ?? "",
  }));

export const blankField = (): FieldDraft => ({
  id: nextId++,
  key: "",
  label: "",
  type: "string",
  required: false,
  options: "",
  pattern: "",
});

/**
 * The fields as the API takes them, in the editor's order: options only for a choice (one per
 * line, blank lines dropped), a pattern only for text, and no empty label.
 */
export function specsOf(drafts: FieldDraft[]): FieldSpec[] {
  return drafts.map((d) => {
    const spec: FieldSpec = { key: d.key.trim(), type: d.type, required: d.required };
    const label = d.label.trim();
    if (label) spec.label = label;
    if (d.type === "enum")
      spec.options = d.options
        .split("\n")
        .map((o) => o.trim())
        .filter((o) => o !== "");
    if (d.type === "string" && d.pattern.trim()) spec.pattern = d.pattern.trim();
    return spec;
  });
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** "Email and phone, 30 days", "Email, 7 days", or "Off" when no key or no window. */
export function dedupeText(dedupe: Category["dedupe"]): string {
  if (dedupe.keys.length === 0 || dedupe.windowDays === 0) return "Off";
  const keys = dedupe.keys.map((k) => (k === "email" ? "email" : "phone")).join(" and ");
  const days = `${dedupe.windowDays} day${dedupe.windowDays === 1 ? "" : "s"}`;
  return `${keys.charAt(0).toUpperCase()}${keys.slice(1)}, ${days}`;
}

/** A stage as the editor holds it. */
export interface StageDraft {
  id: number;
  key: string;
  name: string;
  outcome: "" | "won" | "lost";
  terminal: boolean;
  /** Kept as stored for an existing stage; a new one takes the API's default. */
  contact?: boolean;
}

export const stageDraftsOf = (stages: Stage[]): StageDraft[] =>
  stages.map((s) => ({
    id: nextId++,
    key: s.key,
    name: s.name,
    outcome: s.outcome === "won" || s.outcome === "lost" ? s.outcome : "",
    terminal: s.terminal,
    contact: s.contact,
  }));

export const blankStage = (): StageDraft => ({
  id: nextId++,
  key: "",
  name: "",
  outcome: "",
  terminal: false,
});

/** The stages as the API takes them; a stage with an outcome is always terminal. */
export const stagesOf = (drafts: StageDraft[]) =>
  drafts.map((d) => ({
    key: d.key.trim(),
    ...(d.name.trim() ? { name: d.name.trim() } : {}),
    terminal: d.terminal || d.outcome !== "",
    ...(d.outcome ? { outcome: d.outcome } : {}),
    ...(d.contact === undefined ? {} : { contact: d.contact }),
  }));
