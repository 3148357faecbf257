import type { FieldMapping } from "./delivery/payload.js";
import type { ResponseRules, ValueAt } from "./delivery/response.js";
import type { RecipientConfig } from "./routing/types.js";

/** How a recipient receives what it is assigned. */
export interface DeliverySettings extends ResponseRules {
  channel: "http" | "email" | "none";
  url?: string;
  format?: "json" | "xml" | "form";
  to?: string;
  method?: "POST" | "GET" | "PUT";
  /** What the receiver gets; absent: every field of the lead under its own name. */
  fields?: FieldMapping[];
  headers?: Record<string, string>;
  auth?: { type: "basic"; username: string; password: string } | { type: "bearer"; token: string };
  timeoutSeconds?: number;
  /** Tries before a delivery is dead; default 8. */
  maxAttempts?: number;
  cc?: string;
  from?: string;
  /** Email templates with `{{field}}` placeholders. */
  subject?: string;
  text?: string;
  html?: string;
  /** Ping-post: where a tier that pings asks this buyer for a bid (HTTP channels only). */
  ping?: PingSettings;
}

/** A bid request: the partial lead goes to `url` (with the channel's auth); the bid is read from the answer. */
export interface PingSettings {
  url: string;
  format?: "json" | "xml" | "form";
  headers?: Record<string, string>;
  /** Where the bid is in the answer, like `read.price`; default `{jsonPath: "$.price"}`. */
  price?: ValueAt;
}

/** A recipient as stored: its routing configuration plus what routing does not read. */
export interface Recipient extends RecipientConfig {
  delivery?: DeliverySettings;
  updatedAt: number;
}
