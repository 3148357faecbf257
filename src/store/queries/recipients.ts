import type { DeliverySettings, PingSettings, Recipient } from "../../domain/recipient.js";
import type { RecipientRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export type { DeliverySettings, PingSettings, Recipient };

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

export async function getRecipient(on: Runner, key: string): Promise<Recipient | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("recipients").selectAll().where("key", "=", key).executeTakeFirst();
  return row && toRecipient(row);
}

/** The names of the recipients `keys` name, by key; a key of no recipient is left out. */
export async function recipientNames(on: Runner, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await builderOf(on)
    .selectFrom("recipients")
    .select(["key", "name"])
    .where("key", "in", [...keys])
    .execute();
  return new Map(rows.map((r) => [r.key, r.name]));
}

export async function listRecipients(on: Runner, category?: string): Promise<Recipient[]> {
  const db = builderOf(on);
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
