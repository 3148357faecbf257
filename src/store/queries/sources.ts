import type { Source, SourceAttributes } from "../../domain/source.js";
import type { SourceRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function insertSource(tx: Tx, s: Source): Promise<void> {
  await tx
    .insertInto("sources")
    .values({
      key: s.key,
      name: s.name,
      category: s.category,
      intake_key: s.intakeKey,
      cost_per_lead_cents: s.costPerLeadCents,
      attributes: JSON.stringify(s.attributes),
      enabled: s.enabled ? 1 : 0,
      rate_limit_per_minute: s.rateLimitPerMinute,
      created_at: s.createdAt,
      updated_at: s.createdAt,
    })
    .execute();
}

export async function getSource(on: Runner, key: string): Promise<Source | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("sources").selectAll().where("key", "=", key).executeTakeFirst();
  return row && toSource(row);
}

export async function getSourceByIntakeKey(on: Runner, intakeKey: string): Promise<Source | undefined> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("sources")
    .selectAll()
    .where("intake_key", "=", intakeKey)
    .executeTakeFirst();
  return row && toSource(row);
}

export async function listSources(on: Runner): Promise<Source[]> {
  const db = builderOf(on);
  const rows = await db.selectFrom("sources").selectAll().orderBy("key").execute();
  return rows.map(toSource);
}

function toSource(row: SourceRow): Source {
  return {
    key: row.key,
    name: row.name,
    category: row.category,
    intakeKey: row.intake_key,
    costPerLeadCents: row.cost_per_lead_cents,
    attributes: JSON.parse(row.attributes) as SourceAttributes,
    enabled: row.enabled === 1,
    rateLimitPerMinute: row.rate_limit_per_minute,
    createdAt: row.created_at,
  };
}

export async function updateSource(tx: Tx, s: Source, now: number): Promise<void> {
  await tx
    .updateTable("sources")
    .set({
      name: s.name,
      cost_per_lead_cents: s.costPerLeadCents,
      attributes: JSON.stringify(s.attributes),
      enabled: s.enabled ? 1 : 0,
      rate_limit_per_minute: s.rateLimitPerMinute,
      updated_at: now,
    })
    .where("key", "=", s.key)
    .execute();
}
