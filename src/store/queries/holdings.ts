import { builderOf, type Runner } from "../store.js";
import { toAssignment, type Assignment } from "./assignments.js";
import { chunks } from "../prepared.js";

/** A recipient's assignments of these leads in one of `statuses`, by lead. */
export async function assignmentsOfRecipient(
  on: Runner,
  recipient: string,
  leadIds: readonly string[],
  statuses: readonly string[],
): Promise<Map<string, Assignment[]>> {
  const db = builderOf(on);
  const out = new Map<string, Assignment[]>(leadIds.map((id) => [id, []]));
  for (const chunk of chunks(leadIds)) {
    const rows = await db
      .selectFrom("assignments")
      .selectAll()
      .where("recipient", "=", recipient)
      .where("lead_id", "in", [...chunk])
      .where("status", "in", [...statuses])
      .orderBy("id")
      .execute();
    for (const row of rows) out.get(row.lead_id)?.push(toAssignment(row));
  }
  return out;
}
