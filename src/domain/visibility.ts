import { ROUTING_EVENT_TYPES, type LeadEvent } from "./events.js";

/**
 * The part of a lead's timeline that a recipient holding the lead sees: the work on the lead
 * (stages, notes, calls, tasks, behavior) and what happened to its own assignments, never
 * another recipient's offers, claims, deliveries or returns, nor how routing chose.
 */
export function eventsSeenByHolder(events: readonly LeadEvent[], recipient: string): LeadEvent[] {
  return events.filter((e) => {
    if (ROUTING_EVENT_TYPES.has(e.type) || "trace" in e.data || "bids" in e.data) return false;
    const about = e.data["recipient"];
    return about === undefined || about === null || about === recipient;
  });
}
