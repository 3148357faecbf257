import type { Store, Tx } from "../store.js";

export interface AssignmentSummary {
  id: string;
  recipient: string;
  status: string;
  createdAt: string;
}

export async function listAssignments(db: Store["db"] | Tx, leadId: string): Promise<AssignmentSummary[]> {
  const rows = await db
    .selectFrom("assignments")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
