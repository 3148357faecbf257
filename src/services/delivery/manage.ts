import { systemEvent } from "../../domain/events.js";
import { DEFAULT_MAX_ATTEMPTS } from "../../domain/delivery/backoff.js";
import type { Fields } from "../../domain/delivery/payload.js";
import { AppError, notFound } from "../../domain/errors.js";
import { newId } from "../../domain/ids.js";
import type { FieldValue } from "../../domain/lead.js";
import type { Principal } from "../../domain/user.js";
import {
  attemptsOf,
  countWaiting,
  deliveriesOfLead,
  deliveryPause,
  getDelivery,
  pauseDeliveries,
  pausedSince,
  requeueDelivery,
  resumeDeliveries,
  type Delivery,
  type DeliveryAttempt,
} from "../../store/queries/deliveries.js";
import { getLead, insertEvent } from "../../store/queries/leads.js";
import { getRecipient, type Recipient } from "../../store/queries/recipients.js";
import { getUser } from "../../store/queries/users.js";
import type { Store } from "../../store/store.js";
import { audit } from "../audit.js";
import type { SendResult } from "./channel.js";
import { deliveryChannels } from "./channels.js";

/** Deliveries of any recipient or of one, newest first (a read of one store operation). */
export { listDeliveries } from "../../store/queries/deliveries.js";

export interface DeliveryRecord {
  delivery: Delivery;
  attempts: DeliveryAttempt[];
}

/** A lead's deliveries, oldest first, each with every try's request and response. */
export async function deliveriesOf(store: Store, leadId: string): Promise<DeliveryRecord[]> {
  if (!(await getLead(store, leadId))) throw notFound(`lead ${leadId}`);
  const deliveries = await deliveriesOfLead(store, leadId);
  const attempts = await attemptsOf(
    store,
    deliveries.map((d) => d.id),
  );
  return deliveries.map((delivery) => ({
    delivery,
    attempts: attempts.filter((a) => a.deliveryId === delivery.id),
  }));
}

/**
 * Sends a dead or rejected delivery again, now, under its own idempotency key and with the body
 * it had; it gets the recipient's number of tries anew. 409 for a delivery in any other state.
 */
export async function replayDelivery(
  store: Store,
  id: string,
  principal: Principal,
  now = Date.now(),
): Promise<Delivery> {
  return store.transact(async (tx) => {
    const d = await getDelivery(tx, id);
    if (!d) throw notFound(`delivery ${id}`);
    const recipient = await getRecipient(tx, d.recipient);
    const extra = recipient?.delivery?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!(await requeueDelivery(tx, id, ["dead", "rejected"], extra, now)))
      throw new AppError(
        "conflict",
        `delivery ${id} is ${d.status}: only dead or rejected deliveries are replayed`,
      );
    await insertEvent(
      tx,
      systemEvent("delivery_replayed", d.leadId, now, actorOf(principal), {
        delivery: id,
        assignment: d.assignmentId,
        recipient: d.recipient,
        was: d.status,
      }),
    );
    return (await getDelivery(tx, id))!;
  });
}

export interface PauseState {
  recipient: string;
  paused: boolean;
  pausedAt: number | null;
  /** Deliveries waiting to be sent to it. */
  waiting: number;
}

export interface PauseDetail {
  since: number;
  /** Who paused them: the user's name, or null for the admin token (and a user since removed). */
  byName: string | null;
  byUserId: string | null;
  waiting: number;
}

/** Whether a recipient's deliveries are held back: since when, by whom, and how many wait; null if not. */
export async function deliveryPauseOf(store: Store, key: string): Promise<PauseDetail | null> {
  const pause = await deliveryPause(store, key);
  if (!pause) return null;
  const userId = pause.actor?.startsWith("user:") ? pause.actor.slice("user:".length) : null;
  const user = userId ? await getUser(store, userId) : undefined;
  return {
    since: pause.pausedAt,
    byName: user?.name ?? null,
    byUserId: userId,
    waiting: await countWaiting(store, key),
  };
}

/** Holds a recipient's deliveries back, or lets them go again. Paused deliveries wait; none is lost. */
export async function setDeliveriesPaused(
  store: Store,
  key: string,
  paused: boolean,
  principal: Principal,
  now = Date.now(),
): Promise<PauseState> {
  await store.transact(async (tx) => {
    if (!(await getRecipient(tx, key))) throw notFound(`recipient ${key}`);
    const was = await pausedSince(tx, key);
    if (paused) await pauseDeliveries(tx, key, actorOf(principal), now);
    else await resumeDeliveries(tx, key);
    await audit(
      tx,
      principal,
      {
        entity: "deliveries",
        key,
        action: paused ? "pause" : "resume",
        before: { paused: was !== null },
        after: { paused },
      },
      now,
    );
  });
  const pausedAt = await pausedSince(store, key);
  return { recipient: key, paused: pausedAt !== null, pausedAt, waiting: await countWaiting(store, key) };
}

/**
 * Sends a sample lead to the recipient's channel now, as a delivery would, and returns what was
 * rendered, sent and answered. Nothing is stored; the idempotency key is a fresh one.
 */
export async function testDelivery(
  store: Store,
  key: string,
  overrides: Record<string, FieldValue>,
  smtpUrl: string | undefined,
  now = Date.now(),
): Promise<SendResult & { idempotencyKey: string }> {
  const recipient = await getRecipient(store, key);
  if (!recipient) throw notFound(`recipient ${key}`);
  const settings = recipient.delivery;
  if (!settings || settings.channel === "none")
    throw new AppError("conflict", `recipient ${key} has no delivery channel`);
  const channel = deliveryChannels(smtpUrl)[settings.channel];
  const idempotencyKey = newId("delivery", now);
  const payload = channel.render({ ...sampleLead(recipient, now), ...overrides }, settings);
  return { idempotencyKey, ...(await channel.send(payload, settings, idempotencyKey)) };
}

/** A made-up lead in the recipient's first category, with the fields every lead has. */
function sampleLead(recipient: Recipient, now: number): Fields {
  const fields: Fields = {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada.lovelace@example.com",
    phone: "+15155550100",
    address: "1 Analytical Way",
    city: "Des Moines",
    state: "IA",
    zip: "50309",
    country: "US",
  };
  return {
    ...fields,
    id: newId("lead", now),
    category: recipient.categories[0] ?? "sample",
    source: "sample",
    score: 0,
    priority: "warm",
    receivedAt: new Date(now).toISOString(),
    assignmentId: newId("assignment", now),
    price: ((typeof recipient.price === "object" ? recipient.price.default : recipient.price) ?? 0) / 100,
  };
}

const actorOf = (p: Principal) => (p.userId ? `user:${p.userId}` : "admin");
