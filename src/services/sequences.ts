import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import { actorOf, systemEvent } from "../domain/events.js";
import { newId } from "../domain/ids.js";
import {
  definitionProblems,
  templatesOf,
  type Sequence,
  type SequenceDefinition,
  type Step,
} from "../domain/sequences/sequence.js";
import type { ExitReason } from "../domain/sequences/steps.js";
import type { Principal } from "../domain/user.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import {
  getSequence,
  getSequenceVersion,
  insertEnrolment,
  insertSequence,
  listEnrolments,
  listSequences,
  lockSequence,
  startSequenceCursor,
  updateEnrolment,
  updateSequence,
  type EnrolmentFilter,
} from "../store/queries/sequences.js";
import { getTemplate } from "../store/queries/templates.js";
import type { SequenceEnrolmentRow } from "../store/schema.js";
import type { Runner, Store, Tx } from "../store/store.js";
import { audit } from "./audit.js";
import { leadSeenBy } from "./lead-access.js";

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

export const readSequences = (on: Runner): Promise<Sequence[]> => listSequences(on);

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
  const ended = await updateEnrolment(tx, e.id, {
    status: reason === "completed" ? "completed" : "exited",
    open_key: null,
    due_at: null,
    ended_at: now,
    exit_reason: reason === "completed" ? null : reason,
    updated_at: now,
  });
  if (!ended) return false;
  await insertEvent(
    tx,
    reason === "completed"
      ? systemEvent("sequence_completed", e.lead_id, now, actor, { sequence: e.sequence, enrolment: e.id })
      : systemEvent("sequence_exited", e.lead_id, now, actor, {
          sequence: e.sequence,
          enrolment: e.id,
          reason,
        }),
  );
  return true;
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

/** A lead's enrolments, for whoever may see the lead. */
export async function enrolmentsOfLead(
  store: Store,
  principal: Principal,
  leadId: string,
): Promise<{ enrolment: SequenceEnrolmentRow; steps: Step[] | null }[]> {
  await leadSeenBy(store, leadId, principal);
  return withSteps(store, await listEnrolments(store, { leadId }, 500));
}
