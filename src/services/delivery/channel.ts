import type { Fields } from "../../domain/delivery/payload.js";
import type { Verdict } from "../../domain/delivery/response.js";
import type { DeliverySettings } from "../../domain/recipient.js";

/** A request as it went out, for the record: credentials are masked. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The HTML part of an email. */
  html?: string;
}

/** What came back: a status and body, or the error that stood in for them. */
export interface ReceivedAnswer {
  status: number | null;
  headers: Record<string, string>;
  body: string;
  error: string | null;
  durationMs: number;
}

/** How a try ended: delivered, rejected by the receiver, to be tried again, or not worth trying again. */
export type Outcome = Verdict | { kind: "give_up"; reason: string };

export interface SendResult {
  request: SentRequest;
  response: ReceivedAnswer;
  outcome: Outcome;
}

/**
 * A way to transmit a lead. `render` turns the lead's fields into what the channel sends (plain
 * JSON data, stored with the delivery so every retry sends exactly the same thing); `send`
 * transmits it once under the idempotency key and reports how that went. `send` does not throw
 * for anything the receiver or the network does: those are outcomes.
 */
export interface DeliveryChannel {
  render(fields: Fields, settings: DeliverySettings): unknown;
  send(payload: unknown, settings: DeliverySettings, idempotencyKey: string): Promise<SendResult>;
}

export type ChannelName = Exclude<DeliverySettings["channel"], "none">;

/** The longest a body is kept on the record. */
export const EXCERPT_CHARS = 2000;

export const excerpt = (s: string): string =>
  s.length > EXCERPT_CHARS ? `${s.slice(0, EXCERPT_CHARS)}… (${s.length} characters)` : s;

/** The unknown thrown by a network library as one line. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = (cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code;
  if (error.name === "TimeoutError") return error.message;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET") return "connection reset";
  if (cause instanceof Error && cause.message) return `${error.message}: ${cause.message}`;
  return error.message;
}
