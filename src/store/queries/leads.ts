import type { Attribution, Consent, FieldValue, Lead, LeadEvent, LeadStatus } from "../../domain/lead.js";
import { sql, type Expression, type ExpressionBuilder } from "kysely";
import type { DedupeClaim, DedupeHolder } from "../engine.js";
import { chunks, rowsStatement } from "../prepared.js";
import { insertEventRows, insertLeadRows } from "../rows.js";
import type { Database, LeadEventRow, LeadRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";
import { stageAfterRouting } from "../../domain/stages.js";
import { storedEventType, type EventType } from "../../domain/events.js";

export async function insertLead(tx: Tx, lead: Lead): Promise<void> {
  await insertLeads(tx, [lead]);
}

/** Several leads in one statement. */
export async function insertLeads(tx: Tx, leads: readonly Lead[]): Promise<void> {
  await insertLeadRows.run(tx, { rows: leads.map(leadRow) });
}

function leadRow(lead: Lead): LeadRow {
  const c = lead.contact;
  return {
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
    tier: lead.tier ?? null,
    pool_until: lead.poolUntil ?? null,
  };
}

export async function getLead(on: Runner, id: string): Promise<Lead | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("leads").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toLeadRow(row);
}

export interface LeadFilter {
  category?: string | undefined;
  source?: string | undefined;
  stage?: string | undefined;
  state?: string | undefined;
  recipient?: string | undefined;
  status?: LeadStatus | undefined;
  /** Text found, whatever its case, in the first name, last name, full name, email or phone. */
  q?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Only leads with an id below this one: the page after the cursor, newest first. */
  before?: string | undefined;
}

/** Newest first, `limit` at most. */
export async function listLeads(on: Runner, filter: LeadFilter, limit: number): Promise<Lead[]> {
  const db = builderOf(on);
  let q = db.selectFrom("leads").selectAll("leads");
  if (filter.category) q = q.where("leads.category", "=", filter.category);
  if (filter.source) q = q.where("leads.source", "=", filter.source);
  if (filter.stage) q = q.where("leads.stage", "=", filter.stage);
  if (filter.state) q = q.where("leads.state", "=", filter.state);
  if (filter.status) {
    q = q.where("leads.status", "=", filter.status);
    // The literal lets SQLite see that the partial index of leads by status (0016) holds them.
    if (filter.status !== "assigned") q = q.where(sql<boolean>`leads.status <> 'assigned'`);
  }
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // A phone typed the way people write one is found by its digits (phones are stored E.164).
    const digits = /^[\d\s().+-]+$/.test(filter.q) ? filter.q.replace(/\D/g, "") : "";
    const like = (column: Expression<string | null>) =>
      sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
    q = q.where((eb) =>
      eb.or([
        like(eb.ref("leads.first_name")),
        like(eb.ref("leads.last_name")),
        like(sql<string>`coalesce(leads.first_name, '') || ' ' || coalesce(leads.last_name, '')`),
        like(eb.ref("leads.email")),
        like(eb.ref("leads.phone")),
        ...(digits ? [eb("leads.phone", "like", `%${digits}%`)] : []),
      ]),
    );
  }
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

export async function countLeads(on: Runner): Promise<number> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("leads")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertEvent(tx: Tx, event: LeadEvent): Promise<void> {
  await insertEvents(tx, [event]);
}

/** Several events in one statement. */
export async function insertEvents(tx: Tx, events: readonly LeadEvent[]): Promise<void> {
  await insertEventRows.run(tx, { rows: events.map(eventRow) });
}

function eventRow(e: LeadEvent): LeadEventRow {
  return {
    id: e.id,
    lead_id: e.leadId,
    type: e.type,
    at: e.at,
    actor: e.actor,
    data: JSON.stringify(e.data),
  };
}

/** New leads and events, in as few statements as the engine can. */
export async function insertLeadsAndEvents(
  tx: Tx,
  leads: readonly Lead[],
  events: readonly LeadEvent[],
): Promise<void> {
  await tx.ops.insertLeadsAndEvents(leads.map(leadRow), events.map(eventRow));
}

export async function listEvents(on: Runner, leadId: string): Promise<LeadEvent[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("lead_events")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}

/** A lead's events of one type, oldest first. */
export async function listEventsOfType(on: Runner, leadId: string, type: EventType): Promise<LeadEvent[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("lead_events")
    .selectAll()
    .where("lead_id", "=", leadId)
    .where("type", "=", type)
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}

/** The lead that holds a dedupe value in a category, and since when. */
export async function findDedupeHolder(
  tx: Tx,
  category: string,
  kind: string,
  value: string,
): Promise<DedupeHolder | undefined> {
  return tx.ops.dedupeHolder(category, kind, value);
}

/**
 * Makes each claim's lead the holder of its dedupe value unless another lead holds it since
 * `windowStart`, and returns the claims that succeeded (the objects given). The claims must
 * name each value once.
 */
export async function claimDedupeKeys(
  tx: Tx,
  category: string,
  claims: readonly DedupeClaim[],
  windowStart: number,
): Promise<ReadonlySet<DedupeClaim>> {
  return tx.ops.claimDedupeKeys(category, claims, windowStart);
}

/** Gives up what these claims took in this transaction (their lead was a duplicate after all). */
export async function releaseDedupeKeys(
  tx: Tx,
  category: string,
  claims: readonly DedupeClaim[],
): Promise<void> {
  await tx.ops.releaseDedupeKeys(category, claims);
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
    type: storedEventType(row.type),
    at: row.at,
    actor: row.actor,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

const leadsByIdStatement = rowsStatement((db, rows: { id: string }[]) =>
  db
    .selectFrom("leads")
    .selectAll()
    .where(
      "id",
      "in",
      rows.map((r) => r.id),
    ),
);

/** The leads of these ids that exist, by id, in one statement. */
export async function getLeads(on: Runner, ids: readonly string[]): Promise<Map<string, Lead>> {
  const db = builderOf(on);
  const out = new Map<string, Lead>();
  for (const chunk of chunks(ids)) {
    const rows = chunk.map((id) => ({ id }));
    for (const row of await leadsByIdStatement.rows(db, { rows })) out.set(row.id, toLeadRow(row));
  }
  return out;
}

/** Where a routing decision leaves a stored lead. */
export interface RoutingOutcome {
  id: string;
  status: LeadStatus;
  retryAt: number | null;
  tier: number | null;
  poolUntil: number | null;
  updatedAt: number;
}

const setRoutingOutcomeStatement = rowsStatement(
  (
    db,
    rows: { id: string }[],
    p: {
      status: string;
      retryAt: number | null;
      tier: number | null;
      poolUntil: number | null;
      updatedAt: number;
      stageIfNew: string;
    },
  ) =>
    db
      .updateTable("leads")
      .set((eb) => ({
        status: p.status,
        retry_at: p.retryAt,
        tier: p.tier,
        pool_until: p.poolUntil,
        updated_at: p.updatedAt,
        stage: stageOnceRouted(eb, p.stageIfNew),
      }))
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      ),
);

/**
 * The stage of leads an update leaves routed: `stageIfNew` (what `stageAfterRouting` makes of
 * `new`) for those still new, their own for the others.
 */
export function stageOnceRouted(eb: ExpressionBuilder<Database, "leads">, stageIfNew: string) {
  return eb.case().when("stage", "=", "new").then(stageIfNew).else(eb.ref("stage")).end();
}

/** The stage of leads an update assigns (an accepted offer, a pool claim). */
export const stageOnceAssigned = (eb: ExpressionBuilder<Database, "leads">) =>
  stageOnceRouted(eb, stageAfterRouting("new", "assigned"));

/**
 * Writes where routing left these leads, one statement for all leads left alike (a batch of
 * leads offered onward in one tier takes one). A lead now assigned leaves the stage `new`.
 */
export async function setRoutingOutcomes(tx: Tx, outcomes: readonly RoutingOutcome[]): Promise<void> {
  const alike = new Map<string, RoutingOutcome[]>();
  for (const o of outcomes) {
    const key = JSON.stringify([o.status, o.retryAt, o.tier, o.poolUntil, o.updatedAt]);
    const group = alike.get(key);
    if (group) group.push(o);
    else alike.set(key, [o]);
  }
  for (const group of alike.values()) {
    const { status, retryAt, tier, poolUntil, updatedAt } = group[0]!;
    const stageIfNew = stageAfterRouting("new", status);
    for (const chunk of chunks(group)) {
      const rows = chunk.map(({ id }) => ({ id }));
      await setRoutingOutcomeStatement.run(tx, {
        rows,
        status,
        retryAt,
        tier,
        poolUntil,
        updatedAt,
        stageIfNew,
      });
    }
  }
}

/** An accepted offer's lead is assigned (leaving the stage `new`) and no longer waits in a tier. */
export async function assignOfferedLead(tx: Tx, leadId: string, now: number): Promise<void> {
  await tx
    .updateTable("leads")
    .set((eb) => ({ status: "assigned", stage: stageOnceAssigned(eb), tier: null, updated_at: now }))
    .where("id", "=", leadId)
    .execute();
}

/** A lead given by hand is assigned and no longer waits for a retry. */
export async function assignLeadByHand(tx: Tx, leadId: string, now: number): Promise<void> {
  await tx
    .updateTable("leads")
    .set({ status: "assigned", retry_at: null, updated_at: now })
    .where("id", "=", leadId)
    .execute();
}

/** The leads wait for routing again at `retryAt` (null: no retry). */
export async function setRetryAt(tx: Tx, leadIds: readonly string[], retryAt: number | null): Promise<void> {
  if (leadIds.length === 0) return;
  await tx.updateTable("leads").set({ retry_at: retryAt }).where("id", "in", leadIds).execute();
}
