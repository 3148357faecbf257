import { chunks, rowsStatement } from "../prepared.js";
import { insertAssignmentRows } from "../routing-rows.js";
import type { AssignmentRow } from "../schema.js";
import type { Assignment } from "../../domain/assignment.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export type { Assignment };

export async function insertAssignment(tx: Tx, a: Assignment): Promise<void> {
  await insertAssignments(tx, [a]);
}

/** Several assignments in one statement. */
export async function insertAssignments(tx: Tx, assignments: readonly Assignment[]): Promise<void> {
  for (const chunk of chunks(assignments))
    await insertAssignmentRows.run(tx, { rows: chunk.map(assignmentRow) });
}

/** An assignment as its row. */
export function assignmentRow(a: Assignment): AssignmentRow {
  return {
    id: a.id,
    lead_id: a.leadId,
    recipient: a.recipient,
    status: a.status,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    category: a.category,
    plan_version: a.planVersion,
    tier: a.tier,
    method: a.method,
    mode: a.mode,
    price_cents: a.priceCents,
    cost_cents: a.costCents,
    margin_cents: a.marginCents,
    trace: a.trace,
    expires_at: a.expiresAt,
    actor: a.actor,
    reason: a.reason ?? null,
    responded_at: a.respondedAt ?? null,
    windows: a.windows ?? null,
  };
}

export async function listAssignments(on: Runner, leadId: string): Promise<Assignment[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("assignments")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("id")
    .execute();
  return rows.map(toAssignment);
}

export async function setAssignmentStatus(tx: Tx, id: string, status: string, now: number): Promise<void> {
  await tx.updateTable("assignments").set({ status, updated_at: now }).where("id", "=", id).execute();
}

export async function getAssignment(on: Runner, id: string): Promise<Assignment | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("assignments").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toAssignment(row);
}

/**
 * Moves an assignment from one status to another only if it is still in the first one (and,
 * for offers, not past its expiry): of two racing transactions exactly one succeeds.
 */
export async function transition(
  tx: Tx,
  id: string,
  from: string,
  to: string,
  now: number,
  extra: { reason?: string | null; notExpiredAt?: number } = {},
): Promise<boolean> {
  let q = tx
    .updateTable("assignments")
    .set({
      status: to,
      updated_at: now,
      responded_at: now,
      ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    })
    .where("id", "=", id)
    .where("status", "=", from);
  if (extra.notExpiredAt !== undefined) q = q.where("expires_at", ">", extra.notExpiredAt);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listAssignmentsOf(
  on: Runner,
  recipient: string,
  status: string,
): Promise<Assignment[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("assignments")
    .selectAll()
    .where("recipient", "=", recipient)
    .where("status", "=", status)
    .orderBy("id")
    .execute();
  return rows.map(toAssignment);
}

/** An assignment as a lead's history needs it: who had the lead, how, and how it ended. */
export type PastAssignment = Pick<Assignment, "id" | "leadId" | "recipient" | "status" | "tier" | "mode">;

const assignmentsOfLeadsStatement = rowsStatement((db, rows: { leadId: string }[]) =>
  db
    .selectFrom("assignments")
    .select(["id", "lead_id", "recipient", "status", "tier", "mode"])
    .where(
      "lead_id",
      "in",
      rows.map((r) => r.leadId),
    )
    .orderBy("id"),
);

/** Every assignment of each of these leads, oldest first, without what the history does not need. */
export async function listAssignmentsOfLeads(
  on: Runner,
  leadIds: readonly string[],
): Promise<Map<string, PastAssignment[]>> {
  const db = builderOf(on);
  const out = new Map<string, PastAssignment[]>(leadIds.map((id) => [id, []]));
  for (const chunk of chunks(leadIds)) {
    const rows = chunk.map((leadId) => ({ leadId }));
    for (const r of await assignmentsOfLeadsStatement.rows(db, { rows }))
      out.get(r.lead_id)?.push({
        id: r.id,
        leadId: r.lead_id,
        recipient: r.recipient,
        status: r.status,
        tier: r.tier,
        mode: r.mode,
      });
  }
  return out;
}

const expireOffersStatement = rowsStatement((db, rows: { id: string }[], p: { now: number }) =>
  db
    .updateTable("assignments")
    .set({ status: "expired", updated_at: p.now, responded_at: p.now })
    .where(
      "id",
      "in",
      rows.map((r) => r.id),
    )
    .where("status", "=", "offered")
    .returning(UNTRACED),
);

/** Every column but the decision's trace, which can be long. */
const UNTRACED = [
  "id",
  "lead_id",
  "recipient",
  "status",
  "created_at",
  "updated_at",
  "category",
  "plan_version",
  "tier",
  "method",
  "mode",
  "price_cents",
  "cost_cents",
  "margin_cents",
  "expires_at",
  "actor",
  "reason",
  "responded_at",
  "windows",
] as const;

/**
 * Moves these offers from `offered` to `expired` in one statement, each only if it is still
 * offered (as `transition` does), and returns the offers it moved, without their traces.
 */
export async function expireOffers(
  tx: Tx,
  ids: readonly string[],
  now: number,
): Promise<Omit<Assignment, "trace">[]> {
  const expired: Omit<Assignment, "trace">[] = [];
  for (const chunk of chunks(ids)) {
    const rows = chunk.map((id) => ({ id }));
    for (const row of await expireOffersStatement.rows(tx, { rows, now }))
      expired.push(toAssignment({ ...row, trace: null }));
  }
  return expired;
}

export function toAssignment(r: AssignmentRow): Assignment {
  return {
    id: r.id,
    leadId: r.lead_id,
    recipient: r.recipient,
    status: r.status,
    category: r.category,
    planVersion: r.plan_version,
    tier: r.tier,
    method: r.method,
    mode: r.mode,
    priceCents: r.price_cents,
    costCents: r.cost_cents,
    marginCents: r.margin_cents,
    trace: r.trace,
    expiresAt: r.expires_at,
    actor: r.actor,
    createdAt: r.created_at,
    reason: r.reason,
    respondedAt: r.responded_at,
    windows: r.windows,
  };
}

/** Who each lead's assignments in these statuses went to (the recipients that refused it). */
export async function recipientsByStatus(
  on: Runner,
  leadIds: readonly string[],
  statuses: readonly string[],
): Promise<{ lead_id: string; recipient: string }[]> {
  const db = builderOf(on);
  if (leadIds.length === 0 || statuses.length === 0) return [];
  return db
    .selectFrom("assignments")
    .select(["lead_id", "recipient"])
    .where("lead_id", "in", leadIds)
    .where("status", "in", statuses)
    .execute();
}
