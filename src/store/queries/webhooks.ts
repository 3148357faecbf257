import type { WebhookDeliveryRow, WebhookSubscriptionRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";
import type { DeliveryStatus } from "./deliveries.js";
import {
  endOutboxAttempt,
  outboxStateOf,
  requeueOutboxRow,
  startOutboxAttempt,
  type OutboxState,
} from "./outbox-rows.js";

export interface WebhookSubscription {
  id: string;
  url: string;
  /** Lead event types, or `*` for all. */
  events: string[];
  secret: string;
  enabled: boolean;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookDelivery extends OutboxState {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  leadId: string;
  payload: string;
}

const CURSOR = "lead_events";

export async function insertSubscription(tx: Tx, s: WebhookSubscription): Promise<void> {
  await tx
    .insertInto("webhook_subscriptions")
    .values({
      id: s.id,
      url: s.url,
      events: JSON.stringify(s.events),
      secret: s.secret,
      enabled: s.enabled ? 1 : 0,
      created_by: s.createdBy,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    })
    .execute();
}

export async function disableSubscription(tx: Tx, id: string, now: number): Promise<boolean> {
  const done = await tx
    .updateTable("webhook_subscriptions")
    .set({ enabled: 0, updated_at: now })
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Writes a subscription's url, events, secret and whether it is enabled. */
export async function updateSubscription(tx: Tx, s: WebhookSubscription): Promise<void> {
  await tx
    .updateTable("webhook_subscriptions")
    .set({
      url: s.url,
      events: JSON.stringify(s.events),
      secret: s.secret,
      enabled: s.enabled ? 1 : 0,
      updated_at: s.updatedAt,
    })
    .where("id", "=", s.id)
    .execute();
}

export async function listSubscriptions(on: Runner, onlyEnabled = false): Promise<WebhookSubscription[]> {
  const db = builderOf(on);
  let q = db.selectFrom("webhook_subscriptions").selectAll();
  if (onlyEnabled) q = q.where("enabled", "=", 1);
  return (await q.orderBy("created_at").execute()).map(toSubscription);
}

export async function getSubscription(on: Runner, id: string): Promise<WebhookSubscription | undefined> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("webhook_subscriptions")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toSubscription(row);
}

/**
 * Where the event log has been read up to, locked until the transaction ends on PostgreSQL so
 * that one process at a time reads on from it. Null: no subscription has ever been made, or,
 * with `skipLocked`, another process is reading on from it now.
 */
export async function lockCursor(
  tx: Tx,
  name = CURSOR,
  options: { skipLocked?: boolean } = {},
): Promise<string | null> {
  let q = tx.selectFrom("webhook_cursor").select("event_id").where("name", "=", name);
  q = tx.ops.lockRows(q, options);
  return (await q.executeTakeFirst())?.event_id ?? null;
}

export async function moveCursor(tx: Tx, eventId: string, name = CURSOR): Promise<void> {
  await tx
    .insertInto("webhook_cursor")
    .values({ name, event_id: eventId })
    .onConflict((oc) => oc.column("name").doUpdateSet({ event_id: eventId }))
    .execute();
}

/** Starts the cursor at the newest event, if it has not started: a new subscriber gets what comes next. */
export async function startCursor(tx: Tx, name = CURSOR): Promise<void> {
  const newest = await tx
    .selectFrom("lead_events")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  await tx
    .insertInto("webhook_cursor")
    .values({ name, event_id: newest?.id ?? "" })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
}

/** A webhook delivery for an event, unless that subscription already has one for it. */
export async function insertWebhookDelivery(
  tx: Tx,
  d: Pick<
    WebhookDelivery,
    "id" | "subscriptionId" | "eventId" | "eventType" | "leadId" | "maxAttempts" | "payload" | "createdAt"
  >,
): Promise<void> {
  await tx
    .insertInto("webhook_deliveries")
    .values({
      id: d.id,
      subscription_id: d.subscriptionId,
      event_id: d.eventId,
      event_type: d.eventType,
      lead_id: d.leadId,
      status: "pending",
      attempts: 0,
      max_attempts: d.maxAttempts,
      next_attempt_at: d.createdAt,
      payload: d.payload,
      last_status: null,
      last_body: null,
      last_error: null,
      last_duration_ms: null,
      created_at: d.createdAt,
      updated_at: d.createdAt,
      delivered_at: null,
    })
    .onConflict((oc) => oc.columns(["subscription_id", "event_id"]).doNothing())
    .execute();
}

/** Due webhook deliveries of enabled subscriptions, locked and skipping locked ones on PostgreSQL. */
export async function dueWebhookDeliveries(tx: Tx, now: number, limit: number): Promise<WebhookDelivery[]> {
  let q = tx
    .selectFrom("webhook_deliveries")
    .selectAll("webhook_deliveries")
    .where("webhook_deliveries.status", "in", ["pending", "failed", "sending"])
    .where("webhook_deliveries.next_attempt_at", "<=", now)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("webhook_subscriptions")
          .select("webhook_subscriptions.id")
          .whereRef("webhook_subscriptions.id", "=", "webhook_deliveries.subscription_id")
          .where("webhook_subscriptions.enabled", "=", 1),
      ),
    )
    // A lead's events go to a subscription in event order: one waits while an earlier event of
    // the same lead is still to be delivered there (sent, waiting for a retry, or in flight),
    // and goes once that one is delivered or dead.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("webhook_deliveries as earlier")
            .select("earlier.id")
            .whereRef("earlier.lead_id", "=", "webhook_deliveries.lead_id")
            .whereRef("earlier.subscription_id", "=", "webhook_deliveries.subscription_id")
            .whereRef("earlier.event_id", "<", "webhook_deliveries.event_id")
            .where("earlier.status", "in", ["pending", "failed", "sending"]),
        ),
      ),
    )
    .orderBy("webhook_deliveries.next_attempt_at")
    .limit(limit);
  q = tx.ops.lockRows(q, { skipLocked: true });
  return (await q.execute()).map(toDelivery);
}

export async function startWebhookAttempt(tx: Tx, d: WebhookDelivery, leaseUntil: number, now: number) {
  await startOutboxAttempt(tx, "webhook_deliveries", d, { leaseUntil, now });
}

/** Records try `attempt`'s end, if this sender still holds the lease; returns whether it did. */
export async function endWebhookAttempt(
  tx: Tx,
  id: string,
  attempt: number,
  end: {
    status: DeliveryStatus;
    nextAttemptAt?: number;
    response: { status: number | null; body: string; error: string | null; durationMs: number };
    now: number;
  },
): Promise<boolean> {
  return endOutboxAttempt(tx, "webhook_deliveries", id, attempt, {
    ...end,
    durationMs: end.response.durationMs,
  });
}

export async function requeueWebhookDelivery(tx: Tx, id: string, extraAttempts: number, now: number) {
  return requeueOutboxRow(tx, "webhook_deliveries", id, ["dead"], { extraAttempts, now });
}

export async function getWebhookDelivery(on: Runner, id: string): Promise<WebhookDelivery | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("webhook_deliveries").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toDelivery(row);
}

export async function listWebhookDeliveries(
  on: Runner,
  filter: { statuses?: readonly string[]; leadId?: string; subscriptionId?: string; before?: string },
  limit: number,
): Promise<WebhookDelivery[]> {
  const db = builderOf(on);
  let q = db.selectFrom("webhook_deliveries").selectAll();
  if (filter.statuses) q = q.where("status", "in", [...filter.statuses]);
  if (filter.leadId) q = q.where("lead_id", "=", filter.leadId);
  if (filter.subscriptionId) q = q.where("subscription_id", "=", filter.subscriptionId);
  if (filter.before) q = q.where("id", "<", filter.before);
  return (await q.orderBy("id", "desc").limit(limit).execute()).map(toDelivery);
}

function toSubscription(r: WebhookSubscriptionRow): WebhookSubscription {
  return {
    id: r.id,
    url: r.url,
    events: JSON.parse(r.events) as string[],
    secret: r.secret,
    enabled: r.enabled === 1,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toDelivery(r: WebhookDeliveryRow): WebhookDelivery {
  return {
    ...outboxStateOf(r),
    id: r.id,
    subscriptionId: r.subscription_id,
    eventId: r.event_id,
    eventType: r.event_type,
    leadId: r.lead_id,
    payload: r.payload,
  };
}
