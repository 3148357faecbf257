import type { LeadEvent } from "./lead.js";

/**
 * Events about how routing chose: decision traces, every candidate's eligibility, auction bids.
 * They name other recipients and their prices, so only staff see them.
 */
const ROUTING_EVENTS: ReadonlySet<string> = new Set([
  "pooled",
  "unassigned",
  "pool_expired",
  "auction_opened",
  "auction_closed",
  "auction_fallback",
]);

/**
 * The part of a lead's timeline that a recipient holding the lead sees: the work on the lead
 * (stages, notes, calls, tasks, behavior) and what happened to its own assignments, never
 * another recipient's offers, claims, deliveries or returns, nor how routing chose.
 */
export function eventsSeenByHolder(events: readonly LeadEvent[], recipient: string): LeadEvent[] {
  return events.filter((e) => {
    if (ROUTING_EVENTS.has(e.type) || "trace" in e.data || "bids" in e.data) return false;
    const about = e.data["recipient"];
    return about === undefined || about === null || about === recipient;
  });
}
