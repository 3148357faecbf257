import { DEFAULT_MAX_ATTEMPTS } from "../../domain/delivery/backoff.js";
import { newId } from "../../domain/ids.js";
import type { Assignment } from "../../domain/assignment.js";
import { deliverySettingsOf, insertDelivery, type Delivery } from "../../store/queries/deliveries.js";
import type { Recipient } from "../../domain/recipient.js";
import type { Tx } from "../../store/store.js";

/**
 * Writes the delivery of an assignment that has just become active into the outbox, in the
 * caller's transaction: the assignment and its delivery commit together or not at all, and the
 * worker sends it once committed. Nothing is written for a recipient without a delivery channel.
 * `recipient` may be the stored recipient, or only its key (its delivery settings are read then).
 * `notice` makes it a notice through the same channel instead of the lead itself: of the offer
 * the assignment is, or of a task of the lead that has fallen due.
 */
export async function enqueueDelivery(
  tx: Tx,
  assignment: Pick<Assignment, "id" | "leadId" | "recipient">,
  recipient: Pick<Recipient, "key" | "delivery"> | string,
  now: number,
  notice?: Pick<Delivery, "kind" | "taskId">,
): Promise<string | null> {
  const settings =
    typeof recipient === "string" ? await deliverySettingsOf(tx, recipient) : recipient.delivery;
  if (!settings || settings.channel === "none") return null;
  const id = newId("delivery", now);
  await insertDelivery(tx, {
    id,
    assignmentId: assignment.id,
    leadId: assignment.leadId,
    recipient: assignment.recipient,
    channel: settings.channel,
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    createdAt: now,
    ...notice,
  });
  return id;
}
