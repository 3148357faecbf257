import type { UpdateObject } from "kysely";
import type { Database, DeliveryRow, WebhookDeliveryRow } from "../schema.js";
import type { Tx } from "../store.js";
import type { DeliveryStatus, OutboxState } from "../../domain/delivery/delivery.js";

export type { OutboxState };

/**
 * The outbox tables: deliveries (leads and notices to recipients) and webhook deliveries (lead
 * events to subscribers). A row in either is tried, under a lease, until it is delivered or given up.
 */
type OutboxTable = "deliveries" | "webhook_deliveries";
type OutboxRow = DeliveryRow | WebhookDeliveryRow;

export function outboxStateOf(r: OutboxRow): OutboxState {
  return {
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    nextAttemptAt: r.next_attempt_at,
    lastStatus: r.last_status,
    lastBody: r.last_body,
    lastError: r.last_error,
    lastDurationMs: r.last_duration_ms,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deliveredAt: r.delivered_at,
  };
}

/** A try begins: the row is `sending` until `leaseUntil`, after which it is due again. */
export async function startOutboxAttempt<T extends OutboxTable>(
  tx: Tx,
  table: T,
  row: { id: string; attempts: number },
  lease: { leaseUntil: number; now: number },
  columns: UpdateObject<Database, T> = {},
): Promise<void> {
  await tx
    .updateTable(table as OutboxTable)
    .set({
      ...columns,
      status: "sending",
      attempts: row.attempts + 1,
      next_attempt_at: lease.leaseUntil,
      updated_at: lease.now,
    })
    .where("id", "=", row.id)
    .execute();
}

/** How a try ended, in the columns every outbox row keeps. */
export interface OutboxAttemptEnd {
  status: DeliveryStatus;
  nextAttemptAt?: number;
  response: { status: number | null; body: string; error: string | null };
  durationMs: number;
  now: number;
}

/**
 * Records how try `attempt` ended, with the outbox's own `columns`. Only the sender still holding
 * the row's lease (it is `sending` and has not been tried since) changes it; returns whether this
 * one did.
 */
export async function endOutboxAttempt<T extends OutboxTable>(
  tx: Tx,
  table: T,
  id: string,
  attempt: number,
  end: OutboxAttemptEnd,
  columns: UpdateObject<Database, T> = {},
): Promise<boolean> {
  const done = await tx
    .updateTable(table as OutboxTable)
    .set({
      ...columns,
      status: end.status,
      ...(end.nextAttemptAt !== undefined ? { next_attempt_at: end.nextAttemptAt } : {}),
      last_status: end.response.status,
      last_body: end.response.body,
      last_error: end.response.error,
      last_duration_ms: end.durationMs,
      ...(end.status === "delivered" ? { delivered_at: end.now } : {}),
      updated_at: end.now,
    })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .where("attempts", "=", attempt)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/**
 * A row given up on waits to be sent again now, with `extraAttempts` more tries (and the outbox's
 * own `columns`). False when it is in none of `from`.
 */
export async function requeueOutboxRow<T extends OutboxTable>(
  tx: Tx,
  table: T,
  id: string,
  from: readonly DeliveryStatus[],
  retry: { extraAttempts: number; now: number },
  columns: UpdateObject<Database, T> = {},
): Promise<boolean> {
  const done = await tx
    .updateTable(table as OutboxTable)
    .set((eb) => ({
      ...columns,
      status: "pending",
      next_attempt_at: retry.now,
      max_attempts: eb("attempts", "+", retry.extraAttempts),
      updated_at: retry.now,
    }))
    .where("id", "=", id)
    .where("status", "in", [...from])
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}
