import { Type, type Static, type TSchema } from "typebox";
import { Headers, IsoOrNull, Json, Nullable } from "./primitives.js";
import type { SendResult } from "../services/delivery/channel.js";
import type { Delivery, DeliveryAttempt } from "../domain/delivery/delivery.js";
import type { WebhookDelivery, WebhookSubscription } from "../store/queries/webhooks.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const WAITING = new Set(["pending", "failed"]);

const Money = Nullable(Type.Number());

/** The last answer an outbox row got: its status and body, or the error that stood in for them. */
const LastAnswer = Type.Object({
  status: Nullable(Type.Integer()),
  body: Nullable(Type.String()),
  error: Nullable(Type.String()),
  durationMs: Nullable(Type.Number()),
});
const OutboxTimes = Type.Object({ createdAt: IsoOrNull, updatedAt: IsoOrNull, deliveredAt: IsoOrNull });

export const DeliveryView = Type.Object({
  id: Type.String(),
  kind: Type.String({
    description: "lead: the lead to its holder; offer and task: a notice of an offer, of a task due",
  }),
  taskId: Type.Optional(Type.String()),
  leadId: Type.String(),
  assignmentId: Nullable(Type.String()),
  recipient: Type.String(),
  channel: Type.String(),
  status: Type.String(),
  idempotencyKey: Type.String(),
  attemptCount: Type.Integer(),
  maxAttempts: Type.Integer(),
  nextAttemptAt: IsoOrNull,
  reason: Nullable(Type.String()),
  externalId: Nullable(Type.String()),
  price: Money,
  lastRequest: Json,
  lastResponse: Nullable(Type.Object({ ...LastAnswer.properties, headers: Nullable(Headers) })),
  ...OutboxTimes.properties,
  attempts: Type.Optional(
    Type.Array(
      Type.Object({
        attempt: Type.Integer(),
        at: IsoOrNull,
        durationMs: Type.Number(),
        outcome: Type.String(),
        request: Json,
        response: Type.Object({
          status: Nullable(Type.Integer()),
          headers: Nullable(Headers),
          body: Nullable(Type.String()),
        }),
        error: Nullable(Type.String()),
      }),
    ),
  ),
});

/** A delivery as the API shows it: its state, its last request and response, and (when given) every try. */
export function deliveryView(
  d: Delivery,
  attempts?: readonly DeliveryAttempt[],
): Static<typeof DeliveryView> {
  return {
    id: d.id,
    /** `lead`: the lead to its holder; `offer` and `task`: a notice of an offer, of a task due. */
    kind: d.kind,
    ...(d.taskId !== null ? { taskId: d.taskId } : {}),
    leadId: d.leadId,
    assignmentId: d.assignmentId,
    recipient: d.recipient,
    channel: d.channel,
    status: d.status,
    idempotencyKey: d.idempotencyKey,
    attemptCount: d.attempts,
    maxAttempts: d.maxAttempts,
    nextAttemptAt: WAITING.has(d.status) ? iso(d.nextAttemptAt) : null,
    reason: d.reason,
    externalId: d.externalId,
    price: d.priceCents === null ? null : d.priceCents / 100,
    lastRequest: d.lastRequest,
    lastResponse:
      d.lastRequest === null
        ? null
        : {
            status: d.lastStatus,
            headers: d.lastHeaders,
            body: d.lastBody,
            error: d.lastError,
            durationMs: d.lastDurationMs,
          },
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
    deliveredAt: iso(d.deliveredAt),
    ...(attempts
      ? {
          attempts: attempts.map((a) => ({
            attempt: a.attempt,
            at: iso(a.startedAt),
            durationMs: a.durationMs,
            outcome: a.outcome,
            request: a.request,
            response: { status: a.responseStatus, headers: a.responseHeaders, body: a.responseBody },
            error: a.error,
          })),
        }
      : {}),
  };
}

export const TestSendView = Type.Object({
  idempotencyKey: Type.String(),
  outcome: Type.String(),
  reason: Nullable(Type.String()),
  externalId: Nullable(Type.String()),
  price: Money,
  request: Type.Object({
    method: Type.String(),
    url: Type.String(),
    headers: Headers,
    body: Type.String(),
    html: Type.Optional(Type.String({ description: "the HTML part of an email" })),
  }),
  response: Type.Object({
    status: Nullable(Type.Integer()),
    headers: Headers,
    body: Type.String(),
    error: Nullable(Type.String()),
    durationMs: Type.Number(),
  }),
});

/** A test send: what was sent, what came back, and what a delivery would have made of it. */
export function testSendView(result: SendResult & { idempotencyKey: string }): Static<typeof TestSendView> {
  const { outcome } = result;
  return {
    idempotencyKey: result.idempotencyKey,
    outcome: outcome.kind === "give_up" ? "dead" : outcome.kind,
    reason: outcome.kind === "delivered" ? null : outcome.reason,
    externalId: outcome.kind === "delivered" ? (outcome.externalId ?? null) : null,
    price: outcome.kind === "delivered" && outcome.priceCents !== undefined ? outcome.priceCents / 100 : null,
    request: result.request,
    response: result.response,
  };
}

export const WebhookView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  secret: Type.Optional(Type.String({ description: "only in the answer that creates the subscription" })),
  createdAt: IsoOrNull,
  updatedAt: IsoOrNull,
});

/** A subscription as the API shows it; its secret only when it has just been made. */
export function webhookView(
  s: WebhookSubscription,
  options: { secret?: boolean } = {},
): Static<typeof WebhookView> {
  return {
    id: s.id,
    url: s.url,
    events: s.events,
    enabled: s.enabled,
    ...(options.secret ? { secret: s.secret } : {}),
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

export const WebhookDeliveryView = Type.Object({
  id: Type.String(),
  subscriptionId: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  leadId: Type.String(),
  status: Type.String(),
  idempotencyKey: Type.String(),
  attemptCount: Type.Integer(),
  maxAttempts: Type.Integer(),
  nextAttemptAt: IsoOrNull,
  body: Json,
  lastResponse: Nullable(LastAnswer),
  ...OutboxTimes.properties,
});

export function webhookDeliveryView(d: WebhookDelivery): Static<typeof WebhookDeliveryView> {
  return {
    id: d.id,
    subscriptionId: d.subscriptionId,
    eventId: d.eventId,
    eventType: d.eventType,
    leadId: d.leadId,
    status: d.status,
    idempotencyKey: d.id,
    attemptCount: d.attempts,
    maxAttempts: d.maxAttempts,
    nextAttemptAt: WAITING.has(d.status) ? iso(d.nextAttemptAt) : null,
    body: JSON.parse(d.payload) as unknown,
    lastResponse:
      d.attempts === 0
        ? null
        : { status: d.lastStatus, body: d.lastBody, error: d.lastError, durationMs: d.lastDurationMs },
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
    deliveredAt: iso(d.deliveredAt),
  };
}

/** A newest-first page of an outbox's rows and the cursor of the next one (null on the last page). */
export const OutboxPage = <T extends TSchema>(row: T) =>
  Type.Object({ items: Type.Array(row), nextCursor: Nullable(Type.String()) });

/** Newest-first pages by id: the id a cursor stands for, and the cursor after a page. */
export const idAfter = (cursor: string | undefined) =>
  cursor === undefined ? undefined : Buffer.from(cursor, "base64url").toString();
export function nextCursor(items: readonly { id: string }[], limit: number): string | null {
  const last = items.at(-1);
  return items.length === limit && last ? Buffer.from(last.id).toString("base64url") : null;
}
export const pageLimit = (limit: string | undefined) => Math.min(Math.max(Number(limit ?? 50), 1), 500);
