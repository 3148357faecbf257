import type { Attribution, Consent, FieldValue, Lead, LeadEvent, LeadStatus } from "../../domain/lead.js";
import type { LeadEventRow, LeadRow } from "../schema.js";
import type { Store, Tx } from "../store.js";

type Db = Store["db"] | Tx;

export async function insertLead(tx: Tx, lead: Lead): Promise<void> {
  const c = lead.contact;
  await tx
    .insertInto("leads")
    .values({
      id: lead.id,
      category: lead.category,
      source: lead.source,
      first_name: c.firstName,
      last_name: c.lastName,
      email: c.email,
      phone: c.phone,
      address: c.address,
      city: c.city,
      state: c.state,
      zip: c.zip,
      country: c.country,
      lat: c.lat,
      lon: c.lon,
      fields: JSON.stringify(lead.fields),
      consent: lead.consent ? JSON.stringify(lead.consent) : null,
      attribution: JSON.stringify(lead.attribution),
      ip: lead.ip,
      score: lead.score,
      priority: lead.priority,
      stage: lead.stage,
      status: lead.status,
      tags: JSON.stringify(lead.tags),
      cost_cents: lead.costCents,
      revenue_cents: lead.revenueCents,
      created_at: lead.createdAt,
      updated_at: lead.updatedAt,
      retry_at: lead.retryAt,
    })
    .execute();
}

export async function getLead(db: Db, id: string): Promise<Lead | undefined> {
  const row = await db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toLeadRow(row);
}

export interface LeadFilter {
  category?: string | undefined;
  source?: string | undefined;
  stage?: string | undefined;
  state?: string | undefined;
  recipient?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Only leads with an id below this one: the page after the cursor, newest first. */
  before?: string | undefined;
}

/** Newest first, `limit` at most. */
export async function listLeads(db: Db, filter: LeadFilter, limit: number): Promise<Lead[]> {
  let q = db.selectFrom("leads").selectAll("leads");
  if (filter.category) q = q.where("leads.category", "=", filter.category);
  if (filter.source) q = q.where("leads.source", "=", filter.source);
  if (filter.stage) q = q.where("leads.stage", "=", filter.stage);
  if (filter.state) q = q.where("leads.state", "=", filter.state);
  if (filter.from !== undefined) q = q.where("leads.created_at", ">=", filter.from);
  if (filter.to !== undefined) q = q.where("leads.created_at", "<", filter.to);
  if (filter.before) q = q.where("leads.id", "<", filter.before);
  if (filter.recipient) {
    const recipient = filter.recipient;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("assignments")
          .select("assignments.id")
          .whereRef("assignments.lead_id", "=", "leads.id")
          .where("assignments.recipient", "=", recipient),
      ),
    );
  }
  const rows = await q.orderBy("leads.id", "desc").limit(limit).execute();
  return rows.map(toLeadRow);
}

export async function countLeads(db: Db): Promise<number> {
  const row = await db
    .selectFrom("leads")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertEvent(tx: Tx, event: LeadEvent): Promise<void> {
  await tx
    .insertInto("lead_events")
    .values({
      id: event.id,
      lead_id: event.leadId,
      type: event.type,
      at: event.at,
      actor: event.actor,
      data: JSON.stringify(event.data),
    })
    .execute();
}

export async function listEvents(db: Db, leadId: string): Promise<LeadEvent[]> {
  const rows = await db
    .selectFrom("lead_events")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}

/** The lead that holds a dedupe value in a category, and since when. */
export async function findDedupeHolder(
  db: Db,
  category: string,
  kind: string,
  value: string,
): Promise<{ leadId: string; createdAt: number } | undefined> {
  const row = await db
    .selectFrom("dedupe_keys")
    .select(["lead_id", "created_at"])
    .where("category", "=", category)
    .where("kind", "=", kind)
    .where("value", "=", value)
    .executeTakeFirst();
  return row && { leadId: row.lead_id, createdAt: row.created_at };
}

/**
 * Makes `leadId` the holder of a dedupe value unless another lead holds it since
 * `windowStart`. Returns false when a concurrent transaction got there first: the
 * upsert waits on its row lock and then finds the value taken.
 */
export async function claimDedupeKey(
  tx: Tx,
  key: { category: string; kind: string; value: string; leadId: string; at: number },
  windowStart: number,
): Promise<boolean> {
  const row = await tx
    .insertInto("dedupe_keys")
    .values({
      category: key.category,
      kind: key.kind,
      value: key.value,
      lead_id: key.leadId,
      created_at: key.at,
    })
    .onConflict((oc) =>
      oc
        .columns(["category", "kind", "value"])
        .doUpdateSet({ lead_id: key.leadId, created_at: key.at })
        .where("dedupe_keys.created_at", "<", windowStart),
    )
    .returning("lead_id")
    .executeTakeFirst();
  return row !== undefined;
}

export function toLeadRow(row: LeadRow): Lead {
  return {
    id: row.id,
    category: row.category,
    source: row.source,
    contact: {
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone,
      address: row.address,
      city: row.city,
      state: row.state,
      zip: row.zip,
      country: row.country,
      lat: row.lat,
      lon: row.lon,
    },
    fields: JSON.parse(row.fields) as Record<string, FieldValue>,
    consent: row.consent ? (JSON.parse(row.consent) as Consent) : null,
    attribution: JSON.parse(row.attribution) as Attribution,
    ip: row.ip,
    score: row.score,
    priority: row.priority,
    stage: row.stage,
    status: row.status as LeadStatus,
    tags: JSON.parse(row.tags) as string[],
    costCents: row.cost_cents,
    revenueCents: row.revenue_cents,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    retryAt: row.retry_at,
    tier: row.tier,
    poolUntil: row.pool_until,
  };
}

function toEvent(row: LeadEventRow): LeadEvent {
  return {
    id: row.id,
    leadId: row.lead_id,
    type: row.type,
    at: row.at,
    actor: row.actor,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}
