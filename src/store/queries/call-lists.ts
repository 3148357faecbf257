import {
  DEFAULT_CALL_SETTINGS,
  NEW_CADENCE,
  type Cadence,
  type CallSettings,
} from "../../domain/calls/cadence.js";
import type { LeadCallsRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

const cadenceOf = (row: LeadCallsRow): Cadence => ({
  attempts: row.attempts,
  day: row.day,
  attemptsThatDay: row.attempts_that_day,
  nextAt: row.next_at === null ? null : Number(row.next_at),
  ended: row.ended as Cadence["ended"],
  lastOutcome: row.last_outcome,
  lastCallAt: row.last_call_at === null ? null : Number(row.last_call_at),
});

/** Each lead's cadence; a lead never called has the new cadence. */
export async function cadencesOf(on: Runner, leadIds: readonly string[]): Promise<Map<string, Cadence>> {
  const found = new Map<string, Cadence>();
  if (leadIds.length === 0) return found;
  const rows = await builderOf(on)
    .selectFrom("lead_calls")
    .selectAll()
    .where("lead_id", "in", [...leadIds])
    .execute();
  for (const row of rows) found.set(row.lead_id, cadenceOf(row));
  return found;
}

export async function cadenceOfLead(on: Runner, leadId: string): Promise<Cadence> {
  return (await cadencesOf(on, [leadId])).get(leadId) ?? NEW_CADENCE;
}

export async function putCadence(tx: Tx, leadId: string, c: Cadence, now: number): Promise<void> {
  const set = {
    attempts: c.attempts,
    day: c.day,
    attempts_that_day: c.attemptsThatDay,
    next_at: c.nextAt,
    ended: c.ended,
    last_outcome: c.lastOutcome,
    last_call_at: c.lastCallAt,
    updated_at: now,
  };
  await tx
    .insertInto("lead_calls")
    .values({ lead_id: leadId, ...set })
    .onConflict((oc) => oc.column("lead_id").doUpdateSet(set))
    .execute();
}

/** Each category's call settings; a category never set has the defaults. */
export async function callSettingsOf(
  on: Runner,
  categories: readonly string[],
): Promise<Map<string, CallSettings>> {
  const found = new Map<string, CallSettings>();
  if (categories.length === 0) return found;
  const rows = await builderOf(on)
    .selectFrom("category_calling")
    .selectAll()
    .where("category", "in", [...categories])
    .execute();
  for (const row of rows) found.set(row.category, JSON.parse(row.settings) as CallSettings);
  for (const category of categories) if (!found.has(category)) found.set(category, DEFAULT_CALL_SETTINGS);
  return found;
}

export async function putCallSettings(
  tx: Tx,
  category: string,
  settings: CallSettings,
  now: number,
): Promise<void> {
  const set = { settings: JSON.stringify(settings), updated_at: now };
  await tx
    .insertInto("category_calling")
    .values({ category, ...set })
    .onConflict((oc) => oc.column("category").doUpdateSet(set))
    .execute();
}
