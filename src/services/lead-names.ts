import type { LeadEvent } from "../domain/lead.js";
import type { Assignment } from "../domain/assignment.js";
import { recipientNames } from "../store/queries/recipients.js";
import { getCategory } from "../store/queries/categories.js";
import { getSource } from "../store/queries/sources.js";
import type { Store } from "../store/store.js";

/** The names a lead's screen shows in place of keys: its source's, its category's, and each recipient's it mentions. */
export interface LeadNames {
  sourceName: string | undefined;
  categoryName: string | undefined;
  recipientNames: Record<string, string>;
}

/**
 * The names of the lead's source and category, and of the recipients named by `assignments` (their recipients
 * and, when `traces` is set, every candidate of their decision traces) and by `events`. Only the
 * keys the caller already sees are looked up, so a name never tells more than its key.
 */
export async function leadNames(
  store: Store,
  lead: { source: string; category: string },
  assignments: readonly Assignment[],
  events: readonly LeadEvent[],
  { traces }: { traces: boolean },
): Promise<LeadNames> {
  const keys = new Set<string>();
  for (const a of assignments) {
    keys.add(a.recipient);
    if (traces && a.trace) for (const key of traceKeys(a.trace)) keys.add(key);
  }
  for (const e of events) {
    const recipient = (e.data as Record<string, unknown> | null)?.["recipient"];
    if (typeof recipient === "string") keys.add(recipient);
  }
  const [source, category, names] = await Promise.all([
    getSource(store, lead.source),
    getCategory(store, lead.category),
    recipientNames(store, [...keys]),
  ]);
  return {
    sourceName: source?.name,
    categoryName: category?.name,
    recipientNames: Object.fromEntries(names),
  };
}

/** Every recipient key a stored decision trace mentions: exclusive contracts, candidates, chosen. */
function traceKeys(trace: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(trace);
  } catch {
    return [];
  }
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, name: string): unknown =>
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
  const tiers = list(field(parsed, "tiers"));
  return [
    ...list(field(parsed, "exclusive")).map((c) => field(c, "key")),
    ...tiers.flatMap((t) => list(field(t, "candidates")).map((c) => field(c, "key"))),
    ...tiers.flatMap((t) => list(field(t, "chosen"))),
  ].filter((key): key is string => typeof key === "string");
}
