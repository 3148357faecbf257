/** A delivery as `GET /api/v1/deliveries` and a lead's deliveries show it (docs/DELIVERY.md). */
export interface Delivery {
  id: string;
  kind: "lead" | "offer" | "task";
  leadId: string;
  recipient: string;
  channel: string;
  status: DeliveryStatus;
  attemptCount: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  reason: string | null;
  lastRequest: SentRequest | null;
  lastResponse: Answer | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  attempts?: Attempt[];
}

export type DeliveryStatus =
  "pending" | "sending" | "delivered" | "failed" | "dead" | "rejected" | "cancelled";

export interface SentRequest {
  method?: string;
  url?: string;
  to?: string;
  body?: string;
}

export interface Answer {
  status: number | null;
  body?: string | null;
  error?: string | null;
  durationMs?: number | null;
}

export interface Attempt {
  attempt: number;
  at: string;
  durationMs: number | null;
  outcome: string;
  request: SentRequest | null;
  response: Answer;
  error: string | null;
}

/** The statuses a manager filters by; "" is the default view, every delivery that needs action. */
export const STATUS_FILTERS: { value: "" | DeliveryStatus; label: string }[] = [
  { value: "", label: "Needs action (failed, dead, rejected)" },
  { value: "dead", label: "Dead" },
  { value: "failed", label: "Failed, retrying" },
  { value: "rejected", label: "Rejected" },
  { value: "pending", label: "Pending" },
  { value: "sending", label: "Sending" },
  { value: "delivered", label: "Delivered" },
  { value: "cancelled", label: "Cancelled" },
];

export const isStatus = (value: string | null): value is DeliveryStatus =>
  STATUS_FILTERS.some((s) => s.value !== "" && s.value === value);

/** Given up on: a person has to replay these (the API refuses a replay of any other status). */
export const canReplay = (d: Pick<Delivery, "status">) => d.status === "dead" || d.status === "rejected";

/** Still on its way: the worker will send it (again) by itself. */
export const inFlight = (d: Pick<Delivery, "status">) =>
  d.status === "pending" || d.status === "sending" || d.status === "failed";

/** Red for what needs action, amber for what is on its way, green for delivered. */
export function statusTone(status: DeliveryStatus): "red" | "amber" | "green" | "muted" {
  if (status === "dead" || status === "rejected") return "red";
  if (status === "failed" || status === "pending" || status === "sending") return "amber";
  if (status === "delivered") return "green";
  return "muted";
}

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** What was sent, in one line: "POST https://buyer.example/leads". */
export function requestSummary(request: SentRequest | null): string {
  if (!request) return "Not sent yet";
  if (request.to) return `Email to ${request.to}`;
  return [request.method, request.url].filter(Boolean).join(" ") || "Sent";
}

/** What came back, in one line: "HTTP 500 · {"error":"down"} · 42 ms", "Connection refused". */
export function responseSummary(answer: Answer | null, max = 80): string {
  if (!answer) return "No answer yet";
  const parts: string[] = [];
  if (answer.status !== null && answer.status !== undefined) parts.push(`HTTP ${answer.status}`);
  if (answer.error) parts.push(clip(answer.error, max));
  else if (answer.body) parts.push(clip(answer.body, max));
  if (answer.durationMs !== null && answer.durationMs !== undefined) parts.push(`${answer.durationMs} ms`);
  return parts.join(" · ") || "No answer";
}

/** "2 of 8 tries". */
export const triesText = (d: Pick<Delivery, "attemptCount" | "maxAttempts">) =>
  `${d.attemptCount} of ${d.maxAttempts} ${d.maxAttempts === 1 ? "try" : "tries"}`;

const URGENCY: Record<DeliveryStatus, number> = {
  dead: 0,
  rejected: 1,
  failed: 2,
  pending: 3,
  sending: 3,
  delivered: 4,
  cancelled: 5,
};

/** Dead and rejected first, then those retrying, then the rest; newest first within each. */
export const byUrgency = <T extends Pick<Delivery, "status" | "updatedAt">>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => URGENCY[a.status] - URGENCY[b.status] || b.updatedAt.localeCompare(a.updatedAt));
