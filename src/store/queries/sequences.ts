import type { Updateable } from "kysely";
import type { Sequence, SequenceDefinition } from "../../domain/sequences/sequence.js";
import type { SequenceEnrolmentRow, SequenceRow, SequenceSendRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";
import { lockCursor, moveCursor, startCursor } from "./webhooks.js";

const CURSOR = "sequences";

function fromRow(row: SequenceRow): Sequence {
  const def = JSON.parse(row.definition) as SequenceDefinition;
  return {
    key: row.key,
    name: row.name,
    version: Number(row.version),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    ...def,
  };
}

export const definitionOf = (s: Sequence): SequenceDefinition => ({
  enroll: s.enroll,
  exit: s.exit,
  window: s.window,
  dailyLimit: s.dailyLimit,
  steps: s.steps,
});

export async function getSequence(on: Runner, key: string): Promise<Sequence | undefined> {
  const row = await builderOf(on)
    .selectFrom("sequences")
    .selectAll()
    .where("key", "=", key)
    .executeTakeFirst();
  return row && fromRow(row);
}

export async function listSequences(on: Runner): Promise<Sequence[]> {
  const rows = await builderOf(on)
    .selectFrom("sequences")
    .selectAll()
    .orderBy("name")
    .orderBy("key")
    .execute();
  return rows.map(fromRow);
}

/** How many leads each sequence has enrolled in all, and how many of them are still in it. */
export async function countEnrolments(
  on: Runner,
): Promise<Map<string, { enrolled: number; active: number }>> {
  const rows = await builderOf(on)
    .selectFrom("sequence_enrolments")
    .select((eb) => ["sequence", "status", eb.fn.countAll<string | number>().as("n")])
    .groupBy(["sequence", "status"])
    .execute();
  const counts = new Map<string, { enrolled: number; active: number }>();
  for (const r of rows) {
    const c = counts.get(r.sequence) ?? { enrolled: 0, active: 0 };
    c.enrolled += Number(r.n);
    if (r.status === "active") c.active += Number(r.n);
    counts.set(r.sequence, c);
  }
  return counts;
}

/** The definition an enrolment runs: the version it enrolled under. */
export async function getSequenceVersion(
  on: Runner,
  key: string,
  version: number,
): Promise<SequenceDefinition | undefined> {
  const row = await builderOf(on)
    .selectFrom("sequence_versions")
    .select("definition")
    .where("sequence", "=", key)
    .where("version", "=", version)
    .executeTakeFirst();
  return row && (JSON.parse(row.definition) as SequenceDefinition);
}

/** Every version of a sequence, newest first, with when it was made. */
export async function listSequenceVersions(
  on: Runner,
  key: string,
): Promise<{ version: number; definition: SequenceDefinition; createdAt: number }[]> {
  const rows = await builderOf(on)
    .selectFrom("sequence_versions")
    .select(["version", "definition", "created_at"])
    .where("sequence", "=", key)
    .orderBy("version", "desc")
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    definition: JSON.parse(r.definition) as SequenceDefinition,
    createdAt: Number(r.created_at),
  }));
}

/** Stores a sequence and its first version; false when its key is taken. */
export async function insertSequence(tx: Tx, s: Sequence): Promise<boolean> {
  const definition = JSON.stringify(definitionOf(s));
  const result = await tx
    .insertInto("sequences")
    .values({
      key: s.key,
      name: s.name,
      version: s.version,
      definition,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await insertVersion(tx, s, definition);
  return true;
}

/** Stores a new version of a sequence, which new enrolments run. */
export async function updateSequence(tx: Tx, s: Sequence): Promise<void> {
  const definition = JSON.stringify(definitionOf(s));
  await tx
    .updateTable("sequences")
    .set({ name: s.name, version: s.version, definition, updated_at: s.updatedAt })
    .where("key", "=", s.key)
    .execute();
  await insertVersion(tx, s, definition);
}

async function insertVersion(tx: Tx, s: Sequence, definition: string): Promise<void> {
  await tx
    .insertInto("sequence_versions")
    .values({ sequence: s.key, version: s.version, definition, created_at: s.updatedAt })
    .execute();
}

/** Locks a sequence's row until the transaction ends (PostgreSQL), so its versions change one at a time. */
export async function lockSequence(tx: Tx, key: string): Promise<Sequence | undefined> {
  const row = await tx.ops
    .lockRows(tx.selectFrom("sequences").selectAll().where("key", "=", key))
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Enrols a lead; false when it is already active in the sequence. */
export async function insertEnrolment(tx: Tx, row: SequenceEnrolmentRow): Promise<boolean> {
  const result = await tx
    .insertInto("sequence_enrolments")
    .values(row)
    .onConflict((oc) => oc.column("open_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function getEnrolment(on: Runner, id: string): Promise<SequenceEnrolmentRow | undefined> {
  return builderOf(on).selectFrom("sequence_enrolments").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function getEnrolments(on: Runner, ids: readonly string[]): Promise<SequenceEnrolmentRow[]> {
  if (ids.length === 0) return [];
  return builderOf(on)
    .selectFrom("sequence_enrolments")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

/** Ends these enrolments, those still active, in one statement, and answers the ids it ended. */
export async function endEnrolmentRows(
  tx: Tx,
  ids: readonly string[],
  set: Pick<Updateable<SequenceEnrolmentRow>, "status" | "ended_at" | "exit_reason"> & { updated_at: number },
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .updateTable("sequence_enrolments")
    .set({ ...set, open_key: null, due_at: null })
    .where("id", "in", [...ids])
    .where("status", "=", "active")
    .returning("id")
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Moves an enrolment on, if it is still active: false when it ended meanwhile. */
export async function updateEnrolment(
  tx: Tx,
  id: string,
  set: Pick<
    Updateable<SequenceEnrolmentRow>,
    "step" | "due_at" | "status" | "open_key" | "ended_at" | "exit_reason"
  > & {
    updated_at: number;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable("sequence_enrolments")
    .set(set)
    .where("id", "=", id)
    .where("status", "=", "active")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface EnrolmentFilter {
  sequence?: string | undefined;
  leadId?: string | undefined;
  status?: string | undefined;
  /** Enrolments after this id (a page's last). */
  after?: string | undefined;
}

export async function listEnrolments(
  on: Runner,
  f: EnrolmentFilter,
  limit: number,
): Promise<SequenceEnrolmentRow[]> {
  let q = builderOf(on).selectFrom("sequence_enrolments").selectAll();
  if (f.sequence !== undefined) q = q.where("sequence", "=", f.sequence);
  if (f.leadId !== undefined) q = q.where("lead_id", "=", f.leadId);
  if (f.status !== undefined) q = q.where("status", "=", f.status);
  if (f.after !== undefined) q = q.where("id", ">", f.after);
  return q.orderBy("id").limit(limit).execute();
}

/** The newest enrolment of a lead in a sequence, active or ended. */
export async function latestEnrolment(
  on: Runner,
  sequence: string,
  leadId: string,
): Promise<SequenceEnrolmentRow | undefined> {
  return builderOf(on)
    .selectFrom("sequence_enrolments")
    .selectAll()
    .where("sequence", "=", sequence)
    .where("lead_id", "=", leadId)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The active enrolments of these leads. */
export async function activeEnrolmentsOf(
  on: Runner,
  leadIds: readonly string[],
): Promise<SequenceEnrolmentRow[]> {
  if (leadIds.length === 0) return [];
  return builderOf(on)
    .selectFrom("sequence_enrolments")
    .selectAll()
    .where("lead_id", "in", [...leadIds])
    .where("status", "=", "active")
    .execute();
}

/**
 * Records what several steps send, in one statement, and answers the ids recorded: a send whose
 * enrolment's step already has one is left out.
 */
export async function insertSends(tx: Tx, rows: readonly SequenceSendRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx
    .insertInto("sequence_sends")
    .values([...rows])
    .onConflict((oc) => oc.columns(["enrolment_id", "step"]).doNothing())
    .returning("id")
    .execute();
  return new Set(inserted.map((r) => r.id));
}

/** Marks these sends, those still `onlyIf`, in one statement, and answers the ids it marked. */
export async function updateSends(
  tx: Tx,
  ids: readonly string[],
  set: Pick<Updateable<SequenceSendRow>, "status" | "sent_at" | "error">,
  onlyIf: { status: string },
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .updateTable("sequence_sends")
    .set(set)
    .where("id", "in", [...ids])
    .where("status", "=", onlyIf.status)
    .returning("id")
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function getSends(on: Runner, ids: readonly string[]): Promise<SequenceSendRow[]> {
  if (ids.length === 0) return [];
  return builderOf(on)
    .selectFrom("sequence_sends")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

export async function updateSend(
  tx: Tx,
  id: string,
  set: Pick<Updateable<SequenceSendRow>, "status" | "attempts" | "lease_until" | "sent_at" | "error">,
  onlyIf: { status: string },
): Promise<boolean> {
  const result = await tx
    .updateTable("sequence_sends")
    .set(set)
    .where("id", "=", id)
    .where("status", "=", onlyIf.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Takes these sends for another try: one more attempt, leased until `until`. */
export async function leaseSends(tx: Tx, ids: readonly string[], until: number): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable("sequence_sends")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), lease_until: until }))
    .where("id", "in", [...ids])
    .where("status", "=", "intent")
    .execute();
}

/**
 * Moves the lease of the sends still held as `held` says (still an intent, with the lease and
 * attempts it gave them) to `until`, and answers their ids: a send another process took since
 * (its lease ran out, and taking it moved both) is not among them.
 */
export async function renewSendLeases(
  tx: Tx,
  held: readonly Pick<SequenceSendRow, "id" | "lease_until" | "attempts">[],
  until: number,
): Promise<Set<string>> {
  const byLease = new Map<string, string[]>();
  for (const s of held) {
    const key = `${Number(s.lease_until)} ${Number(s.attempts)}`;
    byLease.set(key, [...(byLease.get(key) ?? []), s.id]);
  }
  const renewed = new Set<string>();
  for (const [key, ids] of byLease) {
    const [lease, attempts] = key.split(" ").map(Number) as [number, number];
    const rows = await tx
      .updateTable("sequence_sends")
      .set({ lease_until: until })
      .where("id", "in", ids)
      .where("status", "=", "intent")
      .where("lease_until", "=", lease)
      .where("attempts", "=", attempts)
      .returning("id")
      .execute();
    for (const r of rows) renewed.add(r.id);
  }
  return renewed;
}

export async function sendsOfEnrolment(on: Runner, enrolmentId: string): Promise<SequenceSendRow[]> {
  return builderOf(on)
    .selectFrom("sequence_sends")
    .selectAll()
    .where("enrolment_id", "=", enrolmentId)
    .execute();
}

/** Emails and texts recorded since `since`, of one sequence or all (what limits count). */
export async function countSendsSince(on: Runner, since: number, sequence?: string): Promise<number> {
  let q = builderOf(on)
    .selectFrom("sequence_sends")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("created_at", ">=", since)
    .where("kind", "in", ["email", "sms"]);
  if (sequence !== undefined) q = q.where("sequence", "=", sequence);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Every send of a sequence, for its metrics. */
export async function sendsOfSequence(on: Runner, sequence: string): Promise<SequenceSendRow[]> {
  return builderOf(on)
    .selectFrom("sequence_sends")
    .selectAll()
    .where("sequence", "=", sequence)
    .orderBy("id")
    .execute();
}

/** Events of these types on these leads, at or after `since`. */
export async function eventsOfLeads(
  on: Runner,
  leadIds: readonly string[],
  types: readonly string[],
  since = 0,
): Promise<{ lead_id: string; type: string; at: number; data: string }[]> {
  if (leadIds.length === 0 || types.length === 0) return [];
  const rows: { lead_id: string; type: string; at: number; data: string }[] = [];
  const unique = [...new Set(leadIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = await builderOf(on)
      .selectFrom("lead_events")
      .select(["lead_id", "type", "at", "data"])
      .where("lead_id", "in", unique.slice(i, i + 500))
      .where("type", "in", [...types])
      .where("at", ">=", since)
      .execute();
    for (const r of chunk) rows.push({ ...r, at: Number(r.at) });
  }
  return rows;
}

export async function setLeadTags(
  tx: Tx,
  leadId: string,
  tags: readonly string[],
  now: number,
): Promise<void> {
  await tx
    .updateTable("leads")
    .set({ tags: JSON.stringify(tags), updated_at: now })
    .where("id", "=", leadId)
    .execute();
}

/** Where sequences have read the event log up to, locked so one process at a time reads on. */
/** Null also while another process reads the event log on for sequences: it enrols those leads. */
export const lockSequenceCursor = (tx: Tx): Promise<string | null> =>
  lockCursor(tx, CURSOR, { skipLocked: true });
export const moveSequenceCursor = (tx: Tx, eventId: string): Promise<void> => moveCursor(tx, eventId, CURSOR);
/** Starts reading the event log at its newest event, if sequences have not started reading it. */
export const startSequenceCursor = (tx: Tx): Promise<void> => startCursor(tx, CURSOR);
