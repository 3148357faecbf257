import { randomBytes } from "node:crypto";
import { DEFAULT_MAX_ATTEMPTS, retryDelayMs } from "../../domain/delivery/backoff.js";
import { signWebhook, SIGNATURE_HEADER } from "../../domain/delivery/signature.js";
import { SOURCE_EVENT_TYPES } from "../../domain/auto-pause.js";
import { unknownEventTypes } from "../../domain/behavior.js";
import { AppError, invalid, notFound } from "../../domain/errors.js";
import { newId } from "../../domain/ids.js";
import type { Principal } from "../../domain/user.js";
import type { DeliveryStatus } from "../../domain/delivery/delivery.js";
import {
  disableSubscription,
  dueWebhookDeliveries,
  endWebhookAttempt,
  getSubscription,
  getWebhookDelivery,
  insertSubscription,
  insertWebhookDelivery,
  listSubscriptions,
  listWebhookDeliveries,
  lockCursor,
  moveCursor,
  requeueWebhookDelivery,
  startCursor,
  startWebhookAttempt,
  updateSubscription,
  type WebhookDelivery,
  type WebhookSubscription,
} from "../../store/queries/webhooks.js";
import { eventsAfter, type EventWithLead } from "../../store/queries/lead-events.js";
import { getLead } from "../../store/queries/leads.js";
import { behaviorRuleEvents } from "../../store/queries/work.js";
import type { Store, Tx } from "../../store/store.js";
import { audit, BOOTSTRAP } from "../audit.js";
import { httpChannel } from "./http.js";
import { LEASE_MARGIN_MS } from "./lead-deliveries.js";
import type { OutboxQueue } from "./worker.js";

const TIMEOUT_SECONDS = 10;
/**
 * Events younger than this are read again on the next pass: an event whose transaction commits
 * after a newer one (another process, a slow commit) is still seen. Repeats are dropped by the
 * one-delivery-per-subscription-and-event constraint.
 */
const SETTLE_MS = 5_000;
const EVENTS_PER_PASS = 1000;
/** How often the running worker reads the event log (an explicit tick always does). */
const FAN_OUT_EVERY_MS = 200;

interface Claimed {
  delivery: WebhookDelivery;
  url: string;
  secret: string;
  attempt: number;
}

/**
 * Outbound webhooks: lead events (received, assigned, accepted, stage_changed, returned, … or all)
 * are posted as JSON to subscribed URLs, signed with HMAC-SHA256 over the time and the body.
 * The lead event log is the outbox: events commit with the change they describe, and each pass
 * turns new events into one webhook delivery per subscription, sent and retried like deliveries
 * (same Idempotency-Key and body on every try, backoff with jitter, dead after the last try).
 * Any answer but a 2xx is tried again.
 */
export class Webhooks implements OutboxQueue<Claimed> {
  readonly #store: Store;
  readonly #random: () => number;
  #fannedOutAt = 0;

  constructor(store: Store, random: () => number) {
    this.#store = store;
    this.#random = random;
  }

  async claim(now: number, limit: number, eager = false): Promise<Claimed[]> {
    if (eager || Math.abs(Date.now() - this.#fannedOutAt) >= FAN_OUT_EVERY_MS) {
      this.#fannedOutAt = Date.now();
      await this.fanOut(now);
    }
    return this.#store.transact(async (tx) => {
      const due = await dueWebhookDeliveries(tx, now, limit);
      if (due.length === 0) return [];
      const subscriptions = new Map((await listSubscriptions(tx, true)).map((s) => [s.id, s]));
      const claimed: Claimed[] = [];
      for (const d of due) {
        const s = subscriptions.get(d.subscriptionId);
        if (!s) continue;
        await startWebhookAttempt(tx, d, now + TIMEOUT_SECONDS * 1000 + LEASE_MARGIN_MS, now);
        claimed.push({ delivery: d, url: s.url, secret: s.secret, attempt: d.attempts + 1 });
      }
      return claimed;
    });
  }

  /** Turns lead events not yet read into webhook deliveries for the subscriptions that want them. */
  fanOut(now: number): Promise<number> {
    return this.#store.transact(async (tx) => {
      const subscriptions = await listSubscriptions(tx, true);
      if (subscriptions.length === 0) return 0;
      const cursor = await lockCursor(tx);
      if (cursor === null) return 0;
      let next = cursor;
      let made = 0;
      for (const event of await eventsAfter(tx, cursor, EVENTS_PER_PASS)) {
        for (const s of subscriptions) {
          if (s.createdAt > event.at || !(s.events.includes("*") || s.events.includes(event.type))) continue;
          const id = newId("delivery", now);
          await insertWebhookDelivery(tx, {
            id,
            subscriptionId: s.id,
            eventId: event.id,
            eventType: event.type,
            leadId: event.leadId,
            maxAttempts: DEFAULT_MAX_ATTEMPTS,
            payload: webhookBody(id, event),
            createdAt: now,
          });
          made += 1;
        }
        if (event.at <= now - SETTLE_MS) next = event.id;
      }
      if (next !== cursor) await moveCursor(tx, next);
      return made;
    });
  }

  async deliver(c: Claimed, clock: () => number): Promise<void> {
    const { delivery: d, attempt } = c;
    const unixSeconds = Math.floor(clock() / 1000);
    const { response, outcome } = await httpChannel.send(
      { contentType: "application/json", body: d.payload },
      {
        channel: "http",
        url: c.url,
        timeoutSeconds: TIMEOUT_SECONDS,
        headers: {
          "carousel-event": d.eventType,
          [SIGNATURE_HEADER]: signWebhook(c.secret, unixSeconds, d.payload),
        },
      },
      d.id,
    );
    const now = clock();
    const status: DeliveryStatus =
      outcome.kind === "delivered" ? "delivered" : attempt >= d.maxAttempts ? "dead" : "failed";
    await this.#store.transact((tx) =>
      endWebhookAttempt(tx, d.id, attempt, {
        status,
        ...(status === "failed" ? { nextAttemptAt: now + retryDelayMs(attempt, this.#random) } : {}),
        response,
        now,
      }),
    );
  }
}

/** The body a subscriber gets: the event, and the lead's headline facts when it happened or soon after. */
function webhookBody(id: string, e: EventWithLead): string {
  return JSON.stringify({
    id,
    type: e.type,
    at: new Date(e.at).toISOString(),
    lead: { id: e.leadId, category: e.category, source: e.source, status: e.status, stage: e.stage },
    data: JSON.parse(e.data) as unknown,
  });
}

/**
 * Raises an event about a source (`source_paused`) to the subscriptions that want it (or `*`), in
 * the transaction of the change. Its deliveries go and are retried like a lead event's; they are
 * ordered per source as a lead's are per lead.
 */
export async function raiseSourceEvent(
  tx: Tx,
  type: string,
  source: { key: string; name: string; category: string },
  data: unknown,
  now: number,
): Promise<void> {
  const eventId = newId("event", now);
  for (const s of await listSubscriptions(tx, true)) {
    if (!(s.events.includes("*") || s.events.includes(type))) continue;
    const id = newId("delivery", now);
    await insertWebhookDelivery(tx, {
      id,
      subscriptionId: s.id,
      eventId,
      eventType: type,
      leadId: `source:${source.key}`,
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      payload: JSON.stringify({
        id,
        type,
        at: new Date(now).toISOString(),
        source: { key: source.key, name: source.name, category: source.category },
        data,
      }),
      createdAt: now,
    });
  }
}

/** Subscribes a URL to lead events; the secret is made up when not given, and shown in the answer. */
/** The webhook subscriptions, and their deliveries newest first (reads of one store operation each). */
export { listSubscriptions, listWebhookDeliveries };

/** The webhook deliveries of a lead's events, oldest first. */
export async function webhooksOfLead(store: Store, leadId: string): Promise<WebhookDelivery[]> {
  if (!(await getLead(store, leadId))) throw notFound(`lead ${leadId}`);
  return (await listWebhookDeliveries(store, { leadId }, 500)).reverse();
}

export async function createWebhook(
  store: Store,
  input: { url: string; events: string[]; secret?: string | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<WebhookSubscription> {
  const subscription: WebhookSubscription = {
    id: `whk_${randomBytes(10).toString("hex")}`,
    url: input.url,
    events: [...new Set(input.events)],
    secret: input.secret ?? newSecret(),
    enabled: true,
    createdBy: principal.userId ? `user:${principal.userId}` : "admin",
    createdAt: now,
    updatedAt: now,
  };
  await store.transact(async (tx) => {
    await checkEventTypes(tx, input.events);
    await startCursor(tx);
    await insertSubscription(tx, subscription);
    await audit(
      tx,
      principal,
      { entity: "webhook", key: subscription.id, action: "create", after: subscription },
      now,
    );
  });
  return subscription;
}

/** Refuses event types Carousel never records (nor a category's behavioral rules score). */
async function checkEventTypes(tx: Tx, events: readonly string[]): Promise<void> {
  const leadEvents = [...new Set(events)].filter((t) => !SOURCE_EVENT_TYPES.has(t));
  const unknown = unknownEventTypes(leadEvents, await behaviorRuleEvents(tx));
  if (unknown.length > 0)
    throw invalid(
      unknown.map((t) => ({
        field: `events.${events.indexOf(t)}`,
        code: "invalid",
        message: `${t} is not an event type Carousel records (nor one a category's behavioral rules score)`,
      })),
    );
}

export interface WebhookChange {
  url?: string | undefined;
  events?: string[] | undefined;
  enabled?: boolean | undefined;
  /** A secret of the caller's choosing; or `rotateSecret` for a new random one. */
  secret?: string | undefined;
  rotateSecret?: boolean | undefined;
}

const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

/**
 * Changes a subscription's url, events or whether it is enabled, or gives it a new signing
 * secret. Deliveries still waiting go to the new url, signed with the new secret. The audit log
 * records what changed, never a secret: only that it was replaced.
 */
export async function updateWebhook(
  store: Store,
  id: string,
  change: WebhookChange,
  principal: Principal,
  now = Date.now(),
): Promise<WebhookSubscription> {
  if (change.secret !== undefined && change.rotateSecret)
    throw invalid([
      { field: "rotateSecret", code: "invalid", message: "give a secret or ask for a new one, not both" },
    ]);
  return store.transact(async (tx) => {
    const current = await getSubscription(tx, id);
    if (!current) throw notFound(`webhook ${id}`);
    if (change.events !== undefined) await checkEventTypes(tx, change.events);
    const secret = change.secret ?? (change.rotateSecret ? newSecret() : current.secret);
    const next: WebhookSubscription = {
      ...current,
      ...(change.url !== undefined ? { url: change.url } : {}),
      ...(change.events !== undefined ? { events: [...new Set(change.events)] } : {}),
      ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
      secret,
      updatedAt: now,
    };
    await updateSubscription(tx, next);
    const shown = (s: WebhookSubscription) => ({ url: s.url, events: s.events, enabled: s.enabled });
    await audit(
      tx,
      principal,
      {
        entity: "webhook",
        key: id,
        action: "update",
        before: shown(current),
        after: { ...shown(next), ...(secret !== current.secret ? { secretReplaced: true } : {}) },
      },
      now,
    );
    return next;
  });
}

/** Stops a subscription: nothing more is sent to it, including what waits. */
export async function disableWebhook(
  store: Store,
  id: string,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<void> {
  await store.transact(async (tx) => {
    if (!(await disableSubscription(tx, id, now))) throw notFound(`webhook ${id}`);
    await audit(tx, by, { entity: "webhook", key: id, action: "disable", after: { enabled: false } }, now);
  });
}

/** A dead webhook delivery is sent again now, with the same body and key. */
export async function replayWebhookDelivery(
  store: Store,
  id: string,
  now = Date.now(),
): Promise<WebhookDelivery> {
  return store.transact(async (tx) => {
    const d = await getWebhookDelivery(tx, id);
    if (!d) throw notFound(`webhook delivery ${id}`);
    if (!(await requeueWebhookDelivery(tx, id, DEFAULT_MAX_ATTEMPTS, now)))
      throw new AppError("conflict", `webhook delivery ${id} is ${d.status}: only dead ones are replayed`);
    return (await getWebhookDelivery(tx, id))!;
  });
}
