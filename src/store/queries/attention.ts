import { sql } from "kysely";
import { builderOf, type Runner, type Db } from "../store.js";

/** Which leads a look for leads needing attention covers: a category, and a page before an id. */
export interface AttentionScope {
  category?: string | undefined;
  /** Only leads with an id below this one. */
  before?: string | undefined;
}

/** Unassigned leads that wait for no retry, newest first, at most `limit`. */
export async function strandedLeads(
  on: Runner,
  scope: AttentionScope,
  limit: number,
): Promise<{ id: string; updated_at: number }[]> {
  const db = builderOf(on);
  let q = db
    .selectFrom("leads")
    .select(["id", "updated_at"])
    .where("status", "=", "unassigned")
    // The literal lets SQLite use the partial index of leads by status.
    .where(sql<boolean>`status <> 'assigned'`)
    .where("retry_at", "is", null);
  if (scope.category) q = q.where("category", "=", scope.category);
  if (scope.before) q = q.where("id", "<", scope.before);
  return q.orderBy("id", "desc").limit(limit).execute();
}

/** Lead deliveries that gave up, of assignments a recipient took (accepted or claimed). */
const deadDeliveries = (db: Db) =>
  db
    .selectFrom("deliveries")
    .innerJoin("assignments", "assignments.id", "deliveries.assignment_id")
    .where("deliveries.status", "=", "dead")
    .where("deliveries.kind", "=", "lead")
    .where("assignments.status", "in", ["accepted", "claimed"]);

/** The leads with a dead delivery of an assignment a recipient took, newest first, at most `limit`. */
export async function leadsWithDeadDeliveries(
  on: Runner,
  scope: AttentionScope,
  limit: number,
): Promise<string[]> {
  const db = builderOf(on);
  let q = deadDeliveries(db).select("deliveries.lead_id").distinct();
  if (scope.category) q = q.where("assignments.category", "=", scope.category);
  if (scope.before) q = q.where("deliveries.lead_id", "<", scope.before);
  return (await q.orderBy("deliveries.lead_id", "desc").limit(limit).execute()).map((r) => r.lead_id);
}

export interface DeadDelivery {
  id: string;
  lead_id: string;
  recipient: string;
  attempts: number;
  last_error: string | null;
  updated_at: number;
}

/** Those leads' dead deliveries, in id order. */
export async function deadDeliveriesOf(on: Runner, leadIds: readonly string[]): Promise<DeadDelivery[]> {
  const db = builderOf(on);
  if (leadIds.length === 0) return [];
  return deadDeliveries(db)
    .select([
      "deliveries.id",
      "deliveries.lead_id",
      "deliveries.recipient",
      "deliveries.attempts",
      "deliveries.last_error",
      "deliveries.updated_at",
    ])
    .where("deliveries.lead_id", "in", leadIds)
    .orderBy("deliveries.id")
    .execute();
}
