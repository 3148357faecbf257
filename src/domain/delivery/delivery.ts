export type DeliveryStatus =
  "pending" | "sending" | "delivered" | "failed" | "dead" | "rejected" | "cancelled";

/** What a delivery carries: the lead to its holder, or a notice of an offer or of a task due. */
export type DeliveryKind = "lead" | "offer" | "task";

/** Where an outbox row stands in its tries. */
export interface OutboxState {
  status: DeliveryStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: number;
  lastStatus: number | null;
  lastBody: string | null;
  lastError: string | null;
  lastDurationMs: number | null;
  createdAt: number;
  updatedAt: number;
  deliveredAt: number | null;
}

export interface Delivery extends OutboxState {
  id: string;
  kind: DeliveryKind;
  /** The task a `task` notice is about. */
  taskId: string | null;
  assignmentId: string;
  leadId: string;
  recipient: string;
  channel: string;
  idempotencyKey: string;
  payload: unknown;
  lastRequest: unknown;
  lastHeaders: Record<string, string> | null;
  reason: string | null;
  externalId: string | null;
  priceCents: number | null;
}

export interface DeliveryAttempt {
  deliveryId: string;
  attempt: number;
  startedAt: number;
  durationMs: number;
  outcome: string;
  request: unknown;
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  error: string | null;
}
