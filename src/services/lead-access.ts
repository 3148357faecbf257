import { notFound } from "../domain/errors.js";
import type { Lead, LeadEvent } from "../domain/lead.js";
import { isStaff, type Principal } from "../domain/user.js";
import { eventsSeenByHolder } from "../domain/visibility.js";
import { listAssignments, type Assignment } from "../store/queries/assignments.js";
import { getLead, listEvents } from "../store/queries/leads.js";
import type { Store } from "../store/store.js";
import { holds } from "./work.js";

/** Leads, newest first, by the staff's filters (a read of one store operation). */
export { listLeads } from "../store/queries/leads.js";

/**
 * What a caller may see of a lead:
 * - `staff`: everything, every assignment with its decision trace;
 * - `holder`: the lead with its contact, the caller's own assignments and the timeline
 *   without other recipients' offers, claims and prices or routing's reasons;
 * - `offered`: an open offer to the caller: the preview the pool shows, and the offer.
 * To anyone else (an offer that ended, a reject, an expiry, a return) the lead does not exist.
 */
export type LeadSight =
  | { kind: "staff"; lead: Lead; assignments: Assignment[]; events: LeadEvent[] }
  | { kind: "holder"; lead: Lead; assignments: Assignment[]; events: LeadEvent[] }
  | { kind: "offered"; lead: Lead; offer: Assignment };

export async function leadSeenBy(
  store: Store,
  leadId: string,
  principal: Principal,
  now = Date.now(),
): Promise<LeadSight> {
  const lead = await getLead(store, leadId);
  if (!lead) throw notFound(`lead ${leadId}`);
  const assignments = await listAssignments(store, lead.id);
  if (isStaff(principal))
    return { kind: "staff", lead, assignments, events: await listEvents(store, lead.id) };
  const recipient = principal.recipient;
  const own = assignments.filter((a) => recipient !== null && a.recipient === recipient);
  if (recipient !== null && holds(own, recipient))
    return {
      kind: "holder",
      lead,
      assignments: own,
      events: eventsSeenByHolder(await listEvents(store, lead.id), recipient),
    };
  const offer = own.find((a) => a.status === "offered" && (a.expiresAt === null || a.expiresAt > now));
  if (offer) return { kind: "offered", lead, offer };
  throw notFound(`lead ${leadId}`);
}
