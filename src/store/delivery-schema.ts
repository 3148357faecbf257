/** The delivery, webhook and auction tables (migrations 0005, 0006, 0008), as both engines store them. */
export type DeliveryTables = {
  deliveries: DeliveryRow;
  delivery_attempts: DeliveryAttemptRow;
  delivery_pauses: { recipient: string; paused_at: number; actor: string };
  webhook_subscriptions: WebhookSubscriptionRow;
  webhook_deliveries: WebhookDeliveryRow;
  webhook_cursor: { name: string; event_id: string };
  auctions: AuctionRow;
};

export interface DeliveryRow {
  id: string;
  assignment_id: string;
  lead_id: string;
  recipient: string;
  channel: string;
  status: string;
  attempts: number;
  max_attempts: number;
  next_attempt_at: number;
  idempotency_key: string;
  payload: string | null;
  last_request: string | null;
  last_status: number | null;
  last_headers: string | null;
  last_body: string | null;
  last_error: string | null;
  last_duration_ms: number | null;
  reason: string | null;
  external_id: string | null;
  price_cents: number | null;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
  /** `lead`, `offer` or `task` (migration 0009). */
  kind: string;
  task_id: string | null;
}

export interface DeliveryAttemptRow {
  delivery_id: string;
  attempt: number;
  started_at: number;
  duration_ms: number;
  outcome: string;
  request: string;
  response_status: number | null;
  response_headers: string | null;
  response_body: string | null;
  error: string | null;
}

export interface WebhookSubscriptionRow {
  id: string;
  url: string;
  events: string;
  secret: string;
  enabled: number;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface WebhookDeliveryRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  lead_id: string;
  status: string;
  attempts: number;
  max_attempts: number;
  next_attempt_at: number;
  payload: string;
  last_status: number | null;
  last_body: string | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
}

export interface AuctionRow {
  id: string;
  lead_id: string;
  category: string;
  plan_version: number;
  tier: number;
  state: string;
  runs: number;
  due_at: number;
  bidders: string;
  fields: string;
  deadline_ms: number;
  trace: string;
  bids: string | null;
  winner: string | null;
  assignment_id: string | null;
  created_at: number;
  updated_at: number;
}
