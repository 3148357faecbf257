import type { paths } from "../../api/schema";

export type Source =
  paths["/api/v1/sources"]["get"]["responses"][200]["content"]["application/json"]["items"][number];
/** What the counts need of the summary grouped by source. */
type Summary = { groups: { key: string | null; leads: number }[] };

/** Leads received today per source key, from the summary grouped by source. */
export const countsBySource = (summary: Summary | undefined): Map<string, number> =>
  new Map((summary?.groups ?? []).flatMap((g) => (g.key === null ? [] : [[g.key, g.leads] as const])));

/** Midnight of `now`'s day, in the browser's time zone. */
export function startOfDay(now: Date): Date {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day;
}

/**
 * What the API takes from the form's text inputs: a cost in dollars (empty is 0) and a rate limit
 * a minute (empty is the server's default, null). Text that is not a number goes as NaN, which the
 * API refuses naming the field.
 */
export function numbersOf(input: { costPerLead: string; rateLimit: string }) {
  const number = (text: string) => (text.trim() === "" ? null : Number(text.trim()));
  return { costPerLead: number(input.costPerLead) ?? 0, rateLimitPerMinute: number(input.rateLimit) };
}
