import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import { actorOf, systemEvent } from "../domain/events.js";
import { newId } from "../domain/ids.js";
import {
  definitionProblems,
  templatesOf,
  type Sequence,
  type SequenceDefinition,
  stepIds,
  type Step,
} from "../domain/sequences/sequence.js";
import { sequenceMetrics, type MessageEvent, type SendFacts } from "../domain/sequences/metrics.js";
import type { ExitReason } from "../domain/sequences/steps.js";
import type { Principal } from "../domain/user.js";
import { getLead, getLeads, insertEvent, insertEvents } from "../store/queries/leads.js";
import {
  countEnrolments,
  endEnrolmentRows,
  eventsOfLeads,
  getSequence,
  getSequenceVersion,
  sendsOfSequence,
  insertEnrolment,
  insertSequence,
  listEnrolments,
  listSequences,
  listSequenceVersions,
  lockSequence,
  startSequenceCursor,
  updateSequence,
  type EnrolmentFilter,
} from "../store/queries/sequences.js";
import { getTemplate } from "../store/queries/templates.js";
import type { SequenceEnrolmentRow } from "../store/schema.js";
import type { Runner, Store, Tx } from "../store/store.js";
import { BOOTSTRAP_ACTOR } from "../domain/audit.js";
import { listAuditEntries } from "../store/queries/audit.js";
import { getUser } from "../store/queries/users.js";
import { audit } from "./audit.js";
import { leadSeenBy } from "./lead-access.js";
import { ENGAGEMENT_EVENTS, messageOf } from "./sequence-steps.js";
import { stageConfigOf } from "./work.js";

export interface SequenceInput extends SequenceDefinition {
  key: string;
  name: string;
}

export type SequencePatch = Partial<Omit<SequenceInput, "key">>;

/** A definition that holds together and sends only templates that exist, or a 422 saying why not. */
async function mustHold(on: Runner, def: SequenceDefinition): Promise<void> {
  const problems: ErrorDetail[] = definitionProblems(def);
  for (const key of templatesOf(def))
    if (!(await getTemplate(on, key)))
      problems.push({ field: "steps", code: "not_found", message: `no email template has the key ${key}` });
  if (problems.length > 0) throw invalid(problems);
}

export async function createSequence(
  store: Store,
  principal: Principal,
  input: SequenceInput,
  now = Date.now(),
): Promise<Sequence> {
  const sequence: Sequence = { ...input, version: 1, createdAt: now, updatedAt: now };
  await store.transact(async (tx) => {
    await mustHold(tx, sequence);
    if (!(await insertSequence(tx, sequence)))
      throw new AppError("conflict", `a sequence with key ${input.key} already exists`);
    // Sequences enrol on the lead events that come after the first of them is made.
    await startSequenceCursor(tx);
    await audit(
      tx,
      principal,
      { entity: "sequence", key: input.key, action: "create", after: sequence },
      now,
    );
  });
  return sequence;
}

/**
 * A new version of a sequence: leads enrolled from now on run it; those already enrolled finish
 * the version they started, so a step never changes under a lead halfway through it.
 */
export async function patchSequence(
  store: Store,
  principal: Principal,
  key: string,
  patch: SequencePatch,
  now = Date.now(),
): Promise<Sequence> {
  return store.transact(async (tx) => {
    const before = await lockSequence(tx, key);
    if (!before) throw notFound(`sequence ${key}`);
    const after: Sequence = { ...before, ...patch, version: before.version + 1, updatedAt: now };
    await mustHold(tx, after);
    await updateSequence(tx, after);
    await audit(tx, principal, { entity: "sequence", key, action: "update", before, after }, now);
    return after;
  });
}

export async function readSequence(on: Runner, key: string): Promise<Sequence> {
  const sequence = await getSequence(on, key);
  if (!sequence) throw notFound(`sequence ${key}`);
  return sequence;
}

/** A sequence's versions, newest first: each with when it was made and who made it (from the audit log). */
export async function readSequenceVersions(on: Runner, key: string) {
  const sequence = await readSequence(on, key);
  const entries = await listAuditEntries(on, { entity: "sequence", key }, MAX_VERSIONS);
  const byVersion = new Map<number, string>();
  for (const e of entries) {
    const version = (e.after as { version?: unknown } | null)?.version;
    if (typeof version === "number") byVersion.set(version, e.actor);
  }
  const names = new Map<string, string>();
  for (const actor of new Set(byVersion.values()))
    names.set(
      actor,
      actor === BOOTSTRAP_ACTOR ? "the admin token" : ((await getUser(on, actor))?.name ?? actor),
    );
  const versions = (await listSequenceVersions(on, key)).slice(0, MAX_VERSIONS).map((v) => {
    const actor = byVersion.get(v.version);
    return { ...v, by: actor === undefined ? null : (names.get(actor) ?? actor) };
  });
  return { sequence, versions };
}

/** The versions a sequence's history shows at most. */
const MAX_VERSIONS = 500;

/** The sequences, each with how many leads it enrolled in all and how many are in it now. */
export async function readSequences(
  on: Runner,
): Promise<(Sequence & { enrolled: number; active: number })[]> {
  const counts = await countEnrolments(on);
  return (await listSequences(on)).map((s) => ({
    ...s,
    ...(counts.get(s.key) ?? { enrolled: 0, active: 0 }),
  }));
}

/**
 * Enrols a lead in a sequence, in the caller's transaction: its first step is due at once.
 * Answers null when the lead is in the sequence already.
 */
export async function enrol(
  tx: Tx,
  sequence: Pick<Sequence, "key" | "version">,
  leadId: string,
  by: string,
  now: number,
): Promise<SequenceEnrolmentRow | null> {
  const row: SequenceEnrolmentRow = {
    id: newId("enrolment", now),
    sequence: sequence.key,
    version: sequence.version,
    lead_id: leadId,
    status: "active",
    step: 0,
    due_at: now,
    open_key: `${sequence.key}:${leadId}`,
    enrolled_at: now,
    enrolled_by: by,
    ended_at: null,
    exit_reason: null,
    updated_at: now,
  };
  if (!(await insertEnrolment(tx, row))) return null;
  await insertEvent(
    tx,
    systemEvent("sequence_enrolled", leadId, now, by, {
      sequence: sequence.key,
      version: sequence.version,
      enrolment: row.id,
      by,
    }),
  );
  return row;
}

/** Ends an active enrolment, completed or exited for `reason`; false when it had ended already. */
export async function endEnrolment(
  tx: Tx,
  e: Pick<SequenceEnrolmentRow, "id" | "sequence" | "lead_id">,
  reason: ExitReason | "completed",
  actor: string,
  now: number,
): Promise<boolean> {
  return (await endEnrolments(tx, [e], reason, actor, now)) > 0;
}

/**
 * Ends the enrolments still active among these, all for one `reason`, in one statement, and
 * writes their events in another; answers how many it ended.
 */
export async function endEnrolments(
  tx: Tx,
  enrolments: readonly Pick<SequenceEnrolmentRow, "id" | "sequence" | "lead_id">[],
  reason: ExitReason | "completed",
  actor: string,
  now: number,
): Promise<number> {
  const ended = await endEnrolmentRows(
    tx,
    enrolments.map((e) => e.id),
    {
      status: reason === "completed" ? "completed" : "exited",
      ended_at: now,
      exit_reason: reason === "completed" ? null : reason,
      updated_at: now,
    },
  );
  const events = enrolments
    .filter((e) => ended.has(e.id))
    .map((e) =>
      reason === "completed"
        ? systemEvent("sequence_completed", e.lead_id, now, actor, { sequence: e.sequence, enrolment: e.id })
        : systemEvent("sequence_exited", e.lead_id, now, actor, {
            sequence: e.sequence,
            enrolment: e.id,
            reason,
          }),
    );
  if (events.length > 0) await insertEvents(tx, events);
  return events.length;
}

/** Enrols a lead by hand, whatever the rules and the re-enrolment policy say. */
export async function enrolByHand(
  store: Store,
  principal: Principal,
  key: string,
  leadId: string,
  now = Date.now(),
): Promise<SequenceEnrolmentRow> {
  return store.transact(async (tx) => {
    const sequence = await readSequence(tx, key);
    if (!(await getLead(tx, leadId))) throw notFound(`lead ${leadId}`);
    const row = await enrol(tx, sequence, leadId, actorOf(principal), now);
    if (!row) throw new AppError("conflict", `lead ${leadId} is in sequence ${key} already`);
    return row;
  });
}

/** Takes a lead out of a sequence by hand: its enrolment exits, and nothing more is sent. */
export async function removeByHand(
  store: Store,
  principal: Principal,
  key: string,
  leadId: string,
  now = Date.now(),
): Promise<SequenceEnrolmentRow> {
  return store.transact(async (tx) => {
    await readSequence(tx, key);
    const [active] = await listEnrolments(tx, { sequence: key, leadId, status: "active" }, 1);
    if (!active || !(await endEnrolment(tx, active, "removed", actorOf(principal), now)))
      throw notFound(`an active enrolment of lead ${leadId} in sequence ${key}`);
    return {
      ...active,
      status: "exited",
      exit_reason: "removed",
      ended_at: now,
      due_at: null,
      open_key: null,
    };
  });
}

export async function readEnrolments(
  on: Runner,
  filter: EnrolmentFilter,
  limit: number,
): Promise<SequenceEnrolmentRow[]> {
  if (filter.sequence !== undefined) await readSequence(on, filter.sequence);
  return listEnrolments(on, filter, limit);
}

/** Enrolments with the steps of the version each runs (what names its next step). */
export async function withSteps(
  on: Runner,
  rows: readonly SequenceEnrolmentRow[],
): Promise<{ enrolment: SequenceEnrolmentRow; steps: Step[] | null }[]> {
  const versions = new Map<string, Step[] | null>();
  const out: { enrolment: SequenceEnrolmentRow; steps: Step[] | null }[] = [];
  for (const e of rows) {
    const key = `${e.sequence}\u0000${e.version}`;
    if (!versions.has(key))
      versions.set(key, (await getSequenceVersion(on, e.sequence, Number(e.version)))?.steps ?? null);
    out.push({ enrolment: e, steps: versions.get(key) ?? null });
  }
  return out;
}

/** The name of each enrolment's lead (first and last, or null when it gave none), by lead id. */
export async function leadNamesOf(
  on: Runner,
  rows: readonly SequenceEnrolmentRow[],
): Promise<Map<string, string | null>> {
  const leads = await getLeads(on, [...new Set(rows.map((e) => e.lead_id))]);
  return new Map(
    [...leads].map(([id, l]) => [
      id,
      [l.contact.firstName, l.contact.lastName].filter(Boolean).join(" ") || null,
    ]),
  );
}

/** A lead's enrolments, for whoever may see the lead. */
export async function enrolmentsOfLead(
  store: Store,
  principal: Principal,
  leadId: string,
): Promise<{ enrolment: SequenceEnrolmentRow; steps: Step[] | null }[]> {
  await leadSeenBy(store, leadId, principal);
  return withSteps(store, await listEnrolments(store, { leadId }, 500));
}

/**
 * A sequence's metrics per step and template (and in all): each message's status, the engagement
 * events naming it, and conversions (its lead won within `conversionDays` of enrolling).
 */
export async function readSequenceMetrics(store: Store, key: string, conversionDays: number) {
  const sequence = await readSequence(store, key);
  const sends = await sendsOfSequence(store, key);
  const enrolments = await listEnrolments(store, { sequence: key }, 1_000_000);
  const leadIds = [...new Set(enrolments.map((e) => e.lead_id))];
  const kindOf = new Map<string, MessageEvent["kind"]>();
  for (const kind of ["opened", "clicked", "replied", "unsubscribed"] as const)
    for (const type of ENGAGEMENT_EVENTS[kind]) kindOf.set(type, kind);
  const raw = await eventsOfLeads(store, leadIds, [...kindOf.keys(), "stage_changed"]);
  const events: MessageEvent[] = [];
  const wonAt = new Map<string, number[]>();
  const leads = await getLeads(store, leadIds);
  const wonStages = new Map<string, Set<string>>();
  for (const category of new Set([...leads.values()].map((l) => l.category)))
    wonStages.set(
      category,
      new Set(
        (await stageConfigOf(store, category)).stages.filter((s) => s.outcome === "won").map((s) => s.key),
      ),
    );
  for (const e of raw) {
    const data = JSON.parse(e.data) as Record<string, unknown>;
    if (e.type === "stage_changed") {
      const won = wonStages.get(leads.get(e.lead_id)?.category ?? "");
      if (won?.has(String(data["to"]))) wonAt.set(e.lead_id, [...(wonAt.get(e.lead_id) ?? []), e.at]);
      continue;
    }
    const message = messageOf(data);
    const kind = kindOf.get(e.type);
    if (message && kind) events.push({ kind, message });
  }
  const windowMs = conversionDays * 86_400_000;
  const converted = new Set(
    enrolments
      .filter((e) =>
        (wonAt.get(e.lead_id) ?? []).some(
          (at) => at >= Number(e.enrolled_at) && at <= Number(e.enrolled_at) + windowMs,
        ),
      )
      .map((e) => e.id),
  );
  const versions = new Map<number, string[]>();
  const stepName = async (version: number, step: number) => {
    if (!versions.has(version))
      versions.set(version, stepIds((await getSequenceVersion(store, key, version))?.steps ?? []));
    return versions.get(version)?.[step] ?? String(step + 1);
  };
  const facts: SendFacts[] = [];
  for (const s of sends)
    facts.push({
      id: s.id,
      step: await stepName(Number(s.version), s.step),
      template: s.template,
      status: s.status,
      enrolmentId: s.enrolment_id,
    });
  const m = sequenceMetrics(facts, events, converted);
  return {
    sequence: sequence.key,
    conversionDays,
    enrolled: enrolments.length,
    converted: converted.size,
    total: m.total,
    steps: [...m.steps].map(([step, counts]) => ({ step, ...counts })),
    templates: [...m.templates].map(([template, counts]) => ({ template, ...counts })),
  };
}
