import type { Filter } from "../recipients/recipient";
import { filterRowOf, filtersFrom, type FilterRow } from "../filters/filters";

/** A field rule as the editor holds it: its conditions as rows, its points as typed. */
export interface RuleDraft {
  when: FilterRow[];
  points: string;
}

export interface BandDraft {
  name: string;
  min: string;
}

export interface BehaviorDraft {
  event: string;
  points: string;
  halfLifeDays: string;
}

/** The lead's own fields every category has, which rules may test besides its custom ones. */
export const CONTACT_FIELDS = ["state", "zip", "city", "email", "phone"];

/** Event types the app and integrations send, offered as suggestions. */
export const COMMON_EVENTS = [
  "email_opened",
  "email_clicked",
  "page_visit",
  "form_fill",
  "call_connected",
  "reply",
];

export const ruleDrafts = (rules: { when: unknown[]; points: number }[]): RuleDraft[] =>
  rules.map((r) => ({ when: (r.when as Filter[]).map(filterRowOf), points: String(r.points) }));

export const bandDrafts = (bands: { name: string; min: number }[]): BandDraft[] =>
  bands.map((b) => ({ name: b.name, min: String(b.min) }));

const number = (raw: string) => (raw.trim() === "" ? NaN : Number(raw));

/** The field rules and bands the drafts describe, and what keeps them from being saved. */
export function scoringFrom(
  rules: readonly RuleDraft[],
  bands: readonly BandDraft[],
  fieldTypes: Readonly<Record<string, string>>,
) {
  const problems: string[] = [];
  const out = rules.map((rule, i) => {
    const { filters, problems: p } = filtersFrom(
      rule.when,
      fieldTypes,
      (j) => `Rule ${i + 1}, condition ${j + 1}`,
    );
    problems.push(...p);
    const points = number(rule.points);
    if (!Number.isFinite(points)) problems.push(`Rule ${i + 1}: give its points.`);
    return { when: filters, points };
  });
  const bandsOut = bands.map((b, i) => {
    const min = number(b.min);
    if (!b.name.trim()) problems.push(`Band ${i + 1}: give it a name.`);
    if (!Number.isFinite(min)) problems.push(`Band ${i + 1}: give the score it starts at.`);
    return { name: b.name.trim(), min };
  });
  return { scoring: { rules: out, bands: bandsOut }, problems };
}

/** The behavioural rules the drafts describe; an empty half-life means the points never fade. */
export function behaviorFrom(drafts: readonly BehaviorDraft[]) {
  const problems: string[] = [];
  const rules = drafts.map((d, i) => {
    const points = number(d.points);
    if (!d.event.trim()) problems.push(`Event rule ${i + 1}: name the event.`);
    if (!Number.isFinite(points)) problems.push(`Event rule ${i + 1}: give its points.`);
    const half = d.halfLifeDays.trim();
    if (half !== "" && !(Number(half) > 0))
      problems.push(`Event rule ${i + 1}: a half-life is a number of days above 0.`);
    return { event: d.event.trim(), points, ...(half === "" ? {} : { halfLifeDays: Number(half) }) };
  });
  return { rules, problems };
}
