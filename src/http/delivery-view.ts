import type { SendResult } from "../services/delivery/channel.js";
import type { Delivery, DeliveryAttempt } from "../store/queries/deliveries.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const WAITING = new Set(["pending", "failed"]);

/** A delivery as the API shows it: its state, its last request and response, and (when given) every try. */
export function deliveryView(d: Delivery, attempts?: readonly DeliveryAttempt[]) {
  return {
    id: d.id,
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

/** A test send: what was sent, what came back, and what a delivery would have made of it. */
export function testSendView(result: SendResult & { idempotencyKey: string }) {
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
