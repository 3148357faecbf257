import { sql } from "kysely";
import type { DeliveryAttemptRow, DeliveryRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";
import { endOutboxAttempt, outboxStateOf, requeueOutboxRow, startOutboxAttempt } from "./outbox-rows.js";
import type { DeliverySettings } from "../../domain/recipient.js";
import type {
  Delivery,
  DeliveryAttempt,
  DeliveryKind,
  DeliveryStatus,
} from "../../domain/delivery/delivery.js";

export type { Delivery, DeliveryAttempt, DeliveryKind, DeliveryStatus };

/** Statuses a delivery waits in for its next try. `sending` is one too, once its sender's lease is over. */
const DUE_STATUSES = ["pending", "failed", "sending"];

export async function insertDelivery(
  tx: Tx,
  d: Pick<
    Delivery,
    "id" | "assignmentId" | "leadId" | "recipient" | "channel" | "maxAttempts" | "createdAt"
  > &
    Partial<Pick<Delivery, "kind" | "taskId">>,
): Promise<void> {
  await tx
    .insertInto("deliveries")
    .values({
      id: d.id,
      kind: d.kind ?? "lead",
      task_id: d.taskId ?? null,
      assignment_id: d.assignmentId,
      lead_id: d.leadId,
      recipient: d.recipient,
      channel: d.channel,
      status: "pending",
      attempts: 0,
      max_attempts: d.maxAttempts,
      next_attempt_at: d.createdAt,
      idempotency_key: d.id,
      payload: null,
      last_request: null,
      last_status: null,
      last_headers: null,
      last_body: null,
      last_error: null,
      last_duration_ms: null,
      reason: null,
      external_id: null,
      price_cents: null,
      created_at: d.createdAt,
      updated_at: d.createdAt,
      delivered_at: null,
    })
    .execute();
}

/** Only the `delivery` part of a recipient's configuration, without reading the rest of it. */
export async function deliverySettingsOf(
  on: Runner,
  recipient: string,
): Promise<DeliverySettings | undefined> {
  const db = builderOf(on);
  const part = db.ops.jsonField("config", "delivery");
  const row = await db
    .selectFrom("recipients")
    .select(part.as("delivery"))
    .where("key", "=", recipient)
    .executeTakeFirst();
  return row?.delivery ? (JSON.parse(row.delivery) as DeliverySettings) : undefined;
}

/**
 * Deliveries due at `now`, oldest due first, leaving out paused recipients. On PostgreSQL the
 * rows are locked and rows another worker holds are skipped, so concurrent workers take
 * different deliveries; SQLite's single writer needs no lock.
 */
export async function dueDeliveries(tx: Tx, now: number, limit: number): Promise<Delivery[]> {
  let q = tx
    .selectFrom("deliveries")
    .selectAll()
    .where("status", "in", DUE_STATUSES)
    .where("next_attempt_at", "<=", now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("delivery_pauses")
            .select("delivery_pauses.recipient")
            .whereRef("delivery_pauses.recipient", "=", "deliveries.recipient"),
        ),
      ),
    )
    .orderBy("next_attempt_at")
    .limit(limit);
  q = tx.ops.lockRows(q, { skipLocked: true });
  return (await q.execute()).map(toDelivery);
}

/** A try begins: the delivery is `sending` until `leaseUntil`, after which it is due again. */
export async function startAttempt(
  tx: Tx,
  d: Delivery,
  changes: { channel: string; payload: unknown; leaseUntil: number; now: number },
): Promise<void> {
  await startOutboxAttempt(tx, "deliveries", d, changes, {
    channel: changes.channel,
    payload: JSON.stringify(changes.payload),
  });
}

export interface AttemptEnd {
  status: DeliveryStatus;
  nextAttemptAt?: number;
  request: unknown;
  response: { status: number | null; headers: Record<string, string>; body: string; error: string | null };
  durationMs: number;
  reason?: string | null;
  externalId?: string | null;
  priceCents?: number | null;
  now: number;
}

/**
 * Records how try `attempt` ended. Only the sender still holding the delivery's lease (it is
 * `sending` and has not been tried since) changes its status; returns whether this one did.
 */
export async function endAttempt(tx: Tx, id: string, attempt: number, end: AttemptEnd): Promise<boolean> {
  return endOutboxAttempt(tx, "deliveries", id, attempt, end, {
    last_request: JSON.stringify(end.request),
    last_headers: JSON.stringify(end.response.headers),
    ...(end.reason !== undefined ? { reason: end.reason } : {}),
    ...(end.externalId != null ? { external_id: end.externalId } : {}),
    ...(end.priceCents != null ? { price_cents: end.priceCents } : {}),
  });
}

/** A delivery that is not to be sent at all (its assignment was taken back), with why. */
export async function cancelDelivery(tx: Tx, id: string, reason: string, now: number): Promise<void> {
  await tx
    .updateTable("deliveries")
    .set({ status: "cancelled", reason, updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function insertAttempt(tx: Tx, a: DeliveryAttempt): Promise<void> {
  await tx
    .insertInto("delivery_attempts")
    .values({
      delivery_id: a.deliveryId,
      attempt: a.attempt,
      started_at: a.startedAt,
      duration_ms: a.durationMs,
      outcome: a.outcome,
      request: JSON.stringify(a.request),
      response_status: a.responseStatus,
      response_headers: a.responseHeaders ? JSON.stringify(a.responseHeaders) : null,
      response_body: a.responseBody,
      error: a.error,
    })
    .onConflict((oc) => oc.columns(["delivery_id", "attempt"]).doNothing())
    .execute();
}

/**
 * A dead or rejected delivery waits to be sent again now, under its own idempotency key, with
 * `extraAttempts` more tries. False when it is in none of `from`.
 */
export async function requeueDelivery(
  tx: Tx,
  id: string,
  from: readonly DeliveryStatus[],
  extraAttempts: number,
  now: number,
): Promise<boolean> {
  return requeueOutboxRow(tx, "deliveries", id, from, { extraAttempts, now }, { reason: null });
}

export async function getDelivery(on: Runner, id: string): Promise<Delivery | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("deliveries").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toDelivery(row);
}

export async function deliveriesOfLead(on: Runner, leadId: string): Promise<Delivery[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("deliveries")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("id")
    .execute();
  return rows.map(toDelivery);
}

export interface DeliveryFilter {
  statuses: readonly DeliveryStatus[];
  recipient?: string | undefined;
  /** Only deliveries with an id below this one: the page after the cursor, newest first. */
  before?: string | undefined;
}

export async function listDeliveries(on: Runner, filter: DeliveryFilter, limit: number): Promise<Delivery[]> {
  const db = builderOf(on);
  let q = db
    .selectFrom("deliveries")
    .selectAll()
    .where("status", "in", [...filter.statuses]);
  if (filter.recipient) q = q.where("recipient", "=", filter.recipient);
  if (filter.before) q = q.where("id", "<", filter.before);
  return (await q.orderBy("id", "desc").limit(limit).execute()).map(toDelivery);
}

export async function attemptsOf(on: Runner, deliveryIds: readonly string[]): Promise<DeliveryAttempt[]> {
  const db = builderOf(on);
  if (deliveryIds.length === 0) return [];
  const rows = await db
    .selectFrom("delivery_attempts")
    .selectAll()
    .where("delivery_id", "in", [...deliveryIds])
    .orderBy("delivery_id")
    .orderBy("attempt")
    .execute();
  return rows.map(toAttempt);
}

export async function pauseDeliveries(tx: Tx, recipient: string, actor: string, now: number): Promise<void> {
  await tx
    .insertInto("delivery_pauses")
    .values({ recipient, paused_at: now, actor })
    .onConflict((oc) => oc.column("recipient").doNothing())
    .execute();
}

export async function resumeDeliveries(tx: Tx, recipient: string): Promise<void> {
  await tx.deleteFrom("delivery_pauses").where("recipient", "=", recipient).execute();
}

/** When a recipient's deliveries were paused and by whom (`user:<id>`, or `admin`); null when they go out. */
export async function deliveryPause(
  on: Runner,
  recipient: string,
): Promise<{ pausedAt: number; actor: string | null } | null> {
  const row = await builderOf(on)
    .selectFrom("delivery_pauses")
    .select(["paused_at", "actor"])
    .where("recipient", "=", recipient)
    .executeTakeFirst();
  return row ? { pausedAt: row.paused_at, actor: row.actor } : null;
}

export async function pausedSince(on: Runner, recipient: string): Promise<number | null> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("delivery_pauses")
    .select("paused_at")
    .where("recipient", "=", recipient)
    .executeTakeFirst();
  return row?.paused_at ?? null;
}

/** How many of a recipient's deliveries wait to be sent. */
export async function countWaiting(on: Runner, recipient: string): Promise<number> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("deliveries")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("recipient", "=", recipient)
    .where("status", "in", DUE_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

function toDelivery(r: DeliveryRow): Delivery {
  return {
    ...outboxStateOf(r),
    id: r.id,
    kind: r.kind as DeliveryKind,
    taskId: r.task_id,
    assignmentId: r.assignment_id,
    leadId: r.lead_id,
    recipient: r.recipient,
    channel: r.channel,
    idempotencyKey: r.idempotency_key,
    payload: json(r.payload),
    lastRequest: json(r.last_request),
    lastHeaders: json(r.last_headers),
    reason: r.reason,
    externalId: r.external_id,
    priceCents: r.price_cents,
  };
}

function toAttempt(r: DeliveryAttemptRow): DeliveryAttempt {
  return {
    deliveryId: r.delivery_id,
    attempt: r.attempt,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    outcome: r.outcome,
    request: json(r.request),
    responseStatus: r.response_status,
    responseHeaders: json(r.response_headers),
    responseBody: r.response_body,
    error: r.error,
  };
}

/** The price a receiver's answer named becomes the assignment's price and margin. */
export async function repriceAssignment(tx: Tx, id: string, priceCents: number, now: number): Promise<void> {
  await tx
    .updateTable("assignments")
    .set((eb) => ({
      price_cents: priceCents,
      margin_cents: sql<number>`${priceCents} - coalesce(${eb.ref("cost_cents")}, 0)`,
      updated_at: now,
    }))
    .where("id", "=", id)
    .execute();
}
