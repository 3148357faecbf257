import type { Schedule } from "./schedule";
import type { Territory } from "./territory";
import type { AwayPeriod } from "./vacations";

export type Kind = "agent" | "partner" | "buyer";
export type Status = "available" | "away" | "retired";
export type Op = "eq" | "neq" | "in" | "gte" | "lte" | "exists";
export type FilterValue = string | number | boolean | (string | number)[];

export interface Filter {
  field: string;
  op: Op;
  value?: FilterValue;
}

export interface Caps {
  hour?: number;
  day?: number;
  week?: number;
  month?: number;
}

export type Price = number | { default: number; rules: { when: Filter[]; price: number }[] };

/** Delivery settings as the API shows them; credentials come back as `{type, redacted}`. */
export interface Delivery {
  channel: "http" | "email" | "none";
  url?: string;
  method?: "POST" | "GET" | "PUT";
  format?: "json" | "xml" | "form";
  to?: string;
  subject?: string;
  auth?:
    | { type: "basic"; username: string; password: string }
    | { type: "bearer"; token: string }
    | { type: "basic" | "bearer"; redacted: true };
  [other: string]: unknown;
}

/** A recipient as `GET /api/v1/recipients/{key}` answers it (money in currency units). */
export interface Recipient {
  key: string;
  name: string;
  kind: Kind;
  status: Status;
  categories: string[];
  territory: Territory | null;
  filters: Filter[];
  caps: Caps | null;
  budget: number | null;
  schedule: Schedule | null;
  awayPeriods: AwayPeriod[];
  weight: number;
  priority: number;
  price: Price | null;
  exclusive: boolean;
  slaSeconds: number | null;
  capacity: number | null;
  tags: string[];
  delivery: Delivery;
  /** Staff only, on a single recipient: its deliveries held back (null: they go out). */
  deliveryPause?: DeliveryPause | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryPause {
  since: string;
  /** The name of who paused them; null: the admin token. */
  by: string | null;
  waiting: number;
}

export const CAP_WINDOWS = ["hour", "day", "week", "month"] as const;

/** "5/day · 20/week", or "No caps". */
export function capsSummary(caps: Caps | null | undefined): string {
  const parts = CAP_WINDOWS.flatMap((w) =>
    caps?.[w] !== undefined ? [`${caps[w]!.toLocaleString("en-US")}/${w}`] : [],
  );
  return parts.length > 0 ? parts.join(" · ") : "No caps";
}

/** The price a lead is sold at, before rules. */
export const basePrice = (price: Price | null | undefined) =>
  price === null || price === undefined ? null : typeof price === "number" ? price : price.default;
