import { builderOf, type Runner } from "../store.js";

export interface RecipientAssignmentRow {
  lead_id: string;
  status: string;
  created_at: number;
  first_contact_at: number | null;
  outcome: string | null;
}

/** Every assignment made to a recipient in [from, to) (offers it passed or let run out too), with its lead's work. */
export async function assignmentsToRecipient(
  on: Runner,
  recipient: string,
  from: number,
  to: number,
): Promise<RecipientAssignmentRow[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("assignments")
    .leftJoin("lead_work", "lead_work.lead_id", "assignments.lead_id")
    .select([
      "assignments.lead_id",
      "assignments.status",
      "assignments.created_at",
      "lead_work.first_contact_at",
      "lead_work.outcome",
    ])
    .where("assignments.recipient", "=", recipient)
    .where("assignments.created_at", ">=", from)
    .where("assignments.created_at", "<", to)
    .execute();
  return rows.map((r) => ({
    ...r,
    created_at: Number(r.created_at),
    first_contact_at: r.first_contact_at === null ? null : Number(r.first_contact_at),
  }));
}
