import { builderOf, type Runner } from "../store.js";

export interface RecipientReturnRow {
  assignment: string;
  lead_id: string;
  first_name: string | null;
  last_name: string | null;
  reason: string;
  at: number;
  /** What the returned assignment cost the recipient, given back by the return. */
  price_cents: number | null;
}

/** A recipient's returns, newest first, with the lead's name and the price each gave back. */
export async function returnsOfRecipient(
  on: Runner,
  recipient: string,
  limit: number,
): Promise<RecipientReturnRow[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("lead_returns")
    .innerJoin("assignments", "assignments.id", "lead_returns.assignment")
    .innerJoin("leads", "leads.id", "lead_returns.lead_id")
    .select([
      "lead_returns.assignment",
      "lead_returns.lead_id",
      "leads.first_name",
      "leads.last_name",
      "lead_returns.reason",
      "lead_returns.at",
      "assignments.price_cents",
    ])
    .where("lead_returns.recipient", "=", recipient)
    .orderBy("lead_returns.at", "desc")
    .orderBy("lead_returns.assignment", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, at: Number(r.at) }));
}
