import type { AutoPauseRule, SourcePause } from "../../domain/auto-pause.js";
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
      auto_pause: s.autoPause && JSON.stringify(s.autoPause),
      paused: s.paused && JSON.stringify(s.paused),
      auto_pause_since: s.autoPauseSince,
      pause_alert_due: null,
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
    autoPause: row.auto_pause === null ? null : (JSON.parse(row.auto_pause) as AutoPauseRule | "none"),
    paused: row.paused === null ? null : (JSON.parse(row.paused) as SourcePause),
    autoPauseSince: Number(row.auto_pause_since),
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
      auto_pause: s.autoPause && JSON.stringify(s.autoPause),
      paused: s.paused && JSON.stringify(s.paused),
      auto_pause_since: s.autoPauseSince,
      updated_at: now,
    })
    .where("key", "=", s.key)
    .execute();
}

/** The enabled sources that run with an auto-pause rule: their own, or their category's default. */
export async function sourcesWithRules(on: Runner): Promise<Source[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("sources")
    .innerJoin("categories", "categories.key", "sources.category")
    .selectAll("sources")
    .where("sources.enabled", "=", 1)
    .where((eb) =>
      eb.or([
        eb.and([eb("sources.auto_pause", "is not", null), eb("sources.auto_pause", "!=", NO_RULE)]),
        eb.and([eb("sources.auto_pause", "is", null), eb("categories.auto_pause", "is not", null)]),
      ]),
    )
    .orderBy("sources.key")
    .execute();
  return rows.map(toSource);
}

/** How a source's opting out of its category's default rule is stored. */
const NO_RULE = JSON.stringify("none");

/**
 * Disables a source that is still enabled, with why; `alertDue` is when its email to the admins
 * is due (null for none). False when it was disabled already (by a change that came first).
 */
export async function pauseSource(
  tx: Tx,
  key: string,
  pause: SourcePause,
  alertDue: number | null,
): Promise<boolean> {
  const result = await tx
    .updateTable("sources")
    .set({ enabled: 0, paused: JSON.stringify(pause), pause_alert_due: alertDue, updated_at: pause.at })
    .where("key", "=", key)
    .where("enabled", "=", 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The paused sources whose email to the admins is due at `now`, each with when it fell due. */
export async function sourcesWithAlertDue(
  on: Runner,
  now: number,
): Promise<{ source: Source; due: number }[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("sources")
    .selectAll()
    .where("pause_alert_due", "<=", now)
    .orderBy("pause_alert_due")
    .execute();
  return rows.map((row) => ({ source: toSource(row), due: Number(row.pause_alert_due) }));
}

/**
 * Takes a source's due alert to send it (moving it to `retryAt` in case the send fails and is
 * not recorded), or false when another process took it first.
 */
export async function takeSourceAlert(tx: Tx, key: string, due: number, retryAt: number): Promise<boolean> {
  const result = await tx
    .updateTable("sources")
    .set({ pause_alert_due: retryAt })
    .where("key", "=", key)
    .where("pause_alert_due", "=", due)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The source's alert was sent (or will never be): nothing more is due. */
export async function endSourceAlert(tx: Tx, key: string): Promise<void> {
  await tx.updateTable("sources").set({ pause_alert_due: null }).where("key", "=", key).execute();
}
