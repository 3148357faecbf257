import type { FieldMapping } from "../../domain/delivery/payload.js";
import type { ResponseRules, ValueAt } from "../../domain/delivery/response.js";
import type { RecipientConfig } from "../../domain/routing/types.js";
import type { RecipientRow } from "../schema.js";
import type { Store, Tx } from "../store.js";

type Db = Store["db"] | Tx;

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

export async function insertRecipient(tx: Tx, r: Recipient): Promise<void> {
  await tx.insertInto("recipients").values(toRow(r)).execute();
  await replaceCategories(tx, r);
}

export async function updateRecipient(tx: Tx, r: Recipient): Promise<void> {
  const { key: _key, created_at: _created, ...changes } = toRow(r);
  await tx.updateTable("recipients").set(changes).where("key", "=", r.key).execute();
  await replaceCategories(tx, r);
}

async function replaceCategories(tx: Tx, r: Recipient): Promise<void> {
  await tx.deleteFrom("recipient_categories").where("recipient", "=", r.key).execute();
  if (r.categories.length > 0)
    await tx
      .insertInto("recipient_categories")
      .values(r.categories.map((category) => ({ category, recipient: r.key })))
      .execute();
}

export async function getRecipient(db: Db, key: string): Promise<Recipient | undefined> {
  const row = await db.selectFrom("recipients").selectAll().where("key", "=", key).executeTakeFirst();
  return row && toRecipient(row);
}

export async function listRecipients(db: Db, category?: string): Promise<Recipient[]> {
  let q = db.selectFrom("recipients").selectAll("recipients");
  if (category)
    q = q
      .innerJoin("recipient_categories", "recipient_categories.recipient", "recipients.key")
      .where("recipient_categories.category", "=", category);
  const rows = await q.orderBy("recipients.key").execute();
  return rows.map(toRecipient);
}

function toRow(r: Recipient): RecipientRow {
  const { key, name, kind, status, createdAt, updatedAt, ...rest } = r;
  return {
    key,
    name,
    kind,
    status,
    config: JSON.stringify(rest),
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

function toRecipient(row: RecipientRow): Recipient {
  const rest = JSON.parse(row.config) as Omit<
    Recipient,
    "key" | "name" | "kind" | "status" | "createdAt" | "updatedAt"
  >;
  return {
    ...rest,
    key: row.key,
    name: row.name,
    kind: row.kind as Recipient["kind"],
    status: row.status as Recipient["status"],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
