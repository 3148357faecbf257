import { CONTACT_KEYS, type Contact, type Lead } from "../../domain/lead.js";
import type { RoutableLead } from "../../domain/routing/index.js";

/** The lead as routing sees it: where it is, its score and priority, its fields flat. */
export function routableLead(lead: Lead): RoutableLead {
  const { contact } = lead;
  const fields: RoutableLead["fields"] = {};
  for (const key of CONTACT_FIELDS) {
    const v = contact[key];
    if (v !== null) fields[key] = v;
  }
  for (const key in lead.fields) fields[key] = lead.fields[key] ?? null;
  const routable: RoutableLead = {
    id: lead.id,
    category: lead.category,
    source: lead.source,
    createdAt: lead.createdAt,
    score: lead.score,
    priority: lead.priority,
    costCents: lead.costCents,
    fields,
  };
  if (contact.state) routable.state = contact.state;
  if (contact.zip) routable.zip = contact.zip;
  if (contact.lat !== null) routable.lat = contact.lat;
  if (contact.lon !== null) routable.lon = contact.lon;
  return routable;
}

const CONTACT_FIELDS = [...CONTACT_KEYS, "lat", "lon"] as const satisfies readonly (keyof Contact)[];
