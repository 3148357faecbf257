import type { Generated } from "kysely";

/**
 * Table shapes as both engines store them. Timestamps are epoch milliseconds, money is
 * integer cents, structured values are JSON text: one representation on SQLite and PostgreSQL.
 */
export interface Database {
  categories: CategoryRow;
  sources: SourceRow;
  users: UserRow;
  api_tokens: ApiTokenRow;
  sessions: SessionRow;
  user_links: UserLinkRow;
  setup_claims: { name: string; email: string; at: number };
  leads: LeadRow;
  lead_events: LeadEventRow;
  dedupe_keys: DedupeKeyRow;
  assignments: AssignmentRow;
  recipients: RecipientRow;
  recipient_categories: { category: string; recipient: string };
  plans: PlanRow;
  routing_heads: RoutingHeadRow;
  rotation: RotationRow;
  recipient_counters: CounterRow;
  recipient_load: { recipient: string; open_leads: number };
  category_work: CategoryWorkRow;
  lead_work: LeadWorkRow;
  lead_tasks: LeadTaskRow;
  lead_returns: LeadReturnRow;
  return_policies: ReturnPolicyRow;
  /** A pooled lead posted to a recipient, with the lead's score and age to read the pool in order. */
  /** A lead posted to a recipient's pool, with its place there: band rank (0 highest), score, age. */
  pool_recipients: {
    recipient: string;
    lead_id: string;
    score: number;
    band_rank: number;
    created_at: number;
  };
  deliveries: DeliveryRow;
  delivery_attempts: DeliveryAttemptRow;
  delivery_pauses: { recipient: string; paused_at: number; actor: string };
  webhook_subscriptions: WebhookSubscriptionRow;
  webhook_deliveries: WebhookDeliveryRow;
  webhook_cursor: { name: string; event_id: string };
  auctions: AuctionRow;
  audit_log: AuditRow;
  imports: ImportRow;
  import_refusals: { import_id: string; line: number; problems: string };
  lead_outcomes: LeadOutcomeRow;
  server_secrets: { name: string; value: string; created_at: number };
  report_dirty: { lead_id: string };
  lead_facts: LeadFactsRow;
  intake_counts: { quarter: number; category: string; source: string; kind: string; n: number };
  email_templates: EmailTemplateRow;
  lead_calls: LeadCallsRow;
  category_calling: { category: string; settings: string; updated_at: number };
  suppressions: { kind: string; value: string; reason: string; actor: string; created_at: number };
  settings: { name: string; value: string; updated_at: number };
  sequences: SequenceRow;
  sequence_versions: { sequence: string; version: number; definition: string; created_at: number };
  sequence_enrolments: SequenceEnrolmentRow;
  sequence_sends: SequenceSendRow;
  lead_score_history: ScoreHistoryRow;
  /**
   * A lead whose decaying score crosses into another band at `due_at` (`id` is the lead's);
   * `cause` "rules" when its category's rules or bands changed and it is to be rescored by them.
   */
  lead_band_due: { id: string; category: string; due_at: number; cause: string | null };
  band_sweeps: { category: string; after_id: string; started_at: number };
  experiments: ExperimentRow;
  experiment_leads: { experiment_id: string; lead_id: string; arm: number; at: number };
  retest_schedules: RetestScheduleRow;
}

export interface SequenceRow {
  key: string;
  name: string;
  version: number;
  definition: string;
  created_at: number;
  updated_at: number;
}

export interface SequenceEnrolmentRow {
  id: string;
  sequence: string;
  version: number;
  lead_id: string;
  status: string;
  step: number;
  due_at: number | null;
  open_key: string | null;
  enrolled_at: number;
  enrolled_by: string;
  ended_at: number | null;
  exit_reason: string | null;
  updated_at: number;
}

export interface SequenceSendRow {
  id: string;
  message_id: string;
  enrolment_id: string;
  sequence: string;
  version: number;
  step: number;
  lead_id: string;
  kind: string;
  template: string | null;
  recipient: string;
  payload: string;
  status: string;
  attempts: number;
  lease_until: number;
  created_at: number;
  sent_at: number | null;
  error: string | null;
}

export interface ExperimentRow {
  id: string;
  category: string;
  status: string;
  kind: string;
  parent: string | null;
  metric: string;
  alpha: number;
  /** JSON: each arm's name, plan version, tiers and share. */
  arms: string;
  /** JSON: the share limits of automatic mode and when it last moved the shares; null: fixed shares. */
  auto: string | null;
  started_at: number;
  ends_at: number | null;
  max_leads: number | null;
  leads: number;
  promoted_arm: number | null;
  retest: string | null;
  ended_at: number | null;
  created_by: string;
  created_at: number;
  /** 1: a re-test that makes its held-back plan live again when that plan turns out better (0033). */
  switch_back: Generated<number>;
}

export interface RetestScheduleRow {
  category: string;
  every_days: number;
  share: number;
  days: number;
  against: number;
  switch_back: number;
  next_at: number;
  created_by: string;
  updated_at: number;
}

export interface LeadCallsRow {
  lead_id: string;
  attempts: number;
  day: string | null;
  attempts_that_day: number;
  next_at: number | null;
  ended: string | null;
  last_outcome: string | null;
  last_call_at: number | null;
  updated_at: number;
}

export interface EmailTemplateRow {
  key: string;
  name: string;
  subject: string;
  html: string;
  text: string | null;
  created_at: number;
  updated_at: number;
}

export interface CategoryRow {
  key: string;
  name: string;
  fields: string;
  dedupe: string;
  unknown_fields: string;
  scoring: Generated<string>;
  created_at: number;
  updated_at: number;
  /** JSON: the default auto-pause rule of the category's sources without one (0033). */
  auto_pause: Generated<string | null>;
}

export interface SourceRow {
  key: string;
  name: string;
  category: string;
  intake_key: string;
  cost_per_lead_cents: number;
  attributes: string;
  enabled: number;
  created_at: number;
  updated_at: number;
  rate_limit_per_minute: number | null;
  auto_pause: string | null;
  paused: string | null;
  auto_pause_since: number;
  pause_alert_due: number | null;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  recipient: string | null;
  created_at: number;
  /** 1 once an admin disabled the user: its tokens stop working (migration 0013). */
  disabled: Generated<number>;
  password_hash: string | null;
}

export interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  revoked_at: number | null;
}

export interface UserLinkRow {
  token_hash: string;
  user_id: string;
  /** `invite` or `reset`. */
  purpose: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  token_hash: string;
  name: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface LeadRow {
  id: string;
  category: string;
  source: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  country: string;
  lat: number | null;
  lon: number | null;
  fields: string;
  consent: string | null;
  attribution: string;
  ip: string | null;
  score: number;
  priority: string;
  stage: string;
  status: string;
  tags: string;
  cost_cents: number;
  revenue_cents: number;
  created_at: number;
  updated_at: number;
  retry_at: number | null;
  tier: number | null;
  pool_until: number | null;
}

export interface LeadEventRow {
  id: string;
  lead_id: string;
  type: string;
  at: number;
  actor: string | null;
  data: string;
}

export interface DedupeKeyRow {
  category: string;
  kind: string;
  value: string;
  lead_id: string;
  created_at: number;
}

export interface AssignmentRow {
  id: string;
  lead_id: string;
  recipient: string;
  status: string;
  created_at: number;
  updated_at: number;
  category: string | null;
  plan_version: number | null;
  tier: number | null;
  method: string | null;
  mode: string | null;
  price_cents: number | null;
  cost_cents: number | null;
  margin_cents: number | null;
  trace: string | null;
  expires_at: number | null;
  actor: string | null;
  reason: string | null;
  responded_at: number | null;
  windows: string | null;
}

export interface RecipientRow {
  key: string;
  name: string;
  kind: string;
  status: string;
  config: string;
  created_at: number;
  updated_at: number;
}

export interface PlanRow {
  category: string;
  version: number;
  tiers: string;
  created_at: number;
  created_by: string | null;
}

export interface RoutingHeadRow {
  category: string;
  plan_version: number;
  config_version: number;
  sequence: number;
  /** Moves each time a transaction locks the head to change the category's routing state. */
  version: Generated<number>;
}

export interface RotationRow {
  category: string;
  recipient: string;
  last_served: number;
  current_weight: number;
}

export interface CounterRow {
  recipient: string;
  window: string;
  assignments: number;
  spent_cents: number;
}

export interface CategoryWorkRow {
  category: string;
  /** JSON stage list; null: the default pipeline. */
  stages: string | null;
  reroute_returns: number;
  /** JSON behavioral scoring rules; null: none. */
  behavior: string | null;
  updated_at: number;
}

/** A change of a lead's score: the new score and band, and why (`event`, `decay`, `rules` or `sequence`). */
export interface ScoreHistoryRow {
  id: string;
  lead_id: string;
  at: number;
  score: number;
  band: string;
  cause: string;
  event_id: string | null;
  event_type: string | null;
  /** A nurture sequence's step set the score: the sequence's key and the step's id. */
  sequence: string | null;
  step: string | null;
}

export interface LeadWorkRow {
  lead_id: string;
  /** The score intake gave the lead from its fields; behavior adds to it. Null: `leads.score`. */
  field_score: number | null;
  first_contact_at: number | null;
  /** `won` or `lost` while the lead sits in a stage with that outcome. */
  outcome: string | null;
  updated_at: number;
}

export interface LeadTaskRow {
  id: string;
  lead_id: string;
  recipient: string | null;
  title: string;
  due_at: number;
  created_at: number;
  created_by: string;
  completed_at: number | null;
  completed_by: string | null;
  /** When its due notice fired (migration 0009). */
  fired_at?: number | null;
}

export interface LeadReturnRow {
  assignment: string;
  lead_id: string;
  recipient: string;
  reason: string;
  at: number;
  actor: string;
}

export interface ReturnPolicyRow {
  recipient: string;
  window_days: number;
  monthly_cap: number | null;
  updated_at: number;
  /** JSON array of the reasons allowed; null: any reason. */
  reasons: string | null;
}

// The delivery, webhook and auction tables (migrations 0005, 0006, 0008).
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

/** A change of configuration (migration 0013); append-only, the database refuses updates and deletes. */
export interface AuditRow {
  id: string;
  at: number;
  /** A user id, or `bootstrap` for the admin token from the environment. */
  actor: string;
  entity: string;
  entity_key: string;
  action: string;
  /** JSON of the entity before and after the change; null where it did not exist. */
  before: string | null;
  after: string | null;
}

// CSV imports over HTTP (migration 0019).
export interface ImportRow {
  id: string;
  kind: string;
  source: string | null;
  file_name: string;
  actor: string;
  idempotency_key: string | null;
  status: string;
  /** JSON: per column of the header, the field it fills or null. */
  columns: string;
  csv: string;
  rows_total: number;
  rows_done: number;
  accepted: number;
  refused: number;
  error: string | null;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

// Outcomes from buyers and partners (migration 0025).
export interface LeadOutcomeRow {
  lead_id: string;
  recipient: string;
  outcome: string;
  amount_cents: number | null;
  reason: string | null;
  at: number;
  actor: string;
}

/** One lead's facts as reports read them (migration 0026), kept by triggers in the lead's transaction. */
export interface LeadFactsRow {
  lead_id: string;
  created_at: number;
  category: string;
  source: string;
  state: string | null;
  status: string;
  campaign: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  cost_cents: number;
  recipient: string | null;
  assigned_at: number | null;
  accepted_at: number | null;
  contact_at: number | null;
  qualified: number;
  outcome: string | null;
  lost_reason: string | null;
  revenue_cents: number;
  sales_cents: number;
  credited_cents: number;
  return_reason: string | null;
  sold: number;
  bad_reason: string | null;
}
