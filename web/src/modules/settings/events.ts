/** The lead events a webhook is usually subscribed to, in the order a lead meets them. */
export const COMMON_EVENTS = [
  "received",
  "assigned",
  "offered",
  "accepted",
  "claimed",
  "stage_changed",
  "delivered",
  "delivery_failed",
  "returned",
] as const;

/**
 * The events of a webhook form: the boxes ticked, plus any other types typed in (comma or space
 * separated); "every event" wins over the rest. Answers the list the API takes, or an empty one.
 */
export function eventsFromForm(ticked: readonly string[], other: string, every: boolean): string[] {
  if (every) return ["*"];
  const typed = other
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set([...ticked, ...typed])];
}

/** "every event", or the list: "received, assigned". */
export const describeEvents = (events: readonly string[]) =>
  events.includes("*") ? "every event" : events.map((e) => e.replace(/_/g, " ")).join(", ");
