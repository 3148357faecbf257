import { builderOf, type Runner } from "../store.js";

/**
 * A lead event with its lead's headline facts (no contact details): what webhooks send and
 * what live screens hear of.
 */
export interface EventWithLead {
  id: string;
  type: string;
  at: number;
  leadId: string;
  data: string;
  category: string;
  source: string;
  status: string;
  stage: string;
  priority: string;
}

/** Lead events after `after` (an event id, or "" for the first), in id order, at most `limit`. */
export async function eventsAfter(on: Runner, after: string, limit: number): Promise<EventWithLead[]> {
  const db = builderOf(on);
  return db
    .selectFrom("lead_events")
    .innerJoin("leads", "leads.id", "lead_events.lead_id")
    .select([
      "lead_events.id",
      "lead_events.type",
      "lead_events.at",
      "lead_events.lead_id as leadId",
      "lead_events.data",
      "leads.category",
      "leads.source",
      "leads.status",
      "leads.stage",
      "leads.priority",
    ])
    .where("lead_events.id", ">", after)
    .orderBy("lead_events.id")
    .limit(limit)
    .execute();
}
