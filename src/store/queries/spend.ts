import { builderOf, type Runner } from "../store.js";

/** Assignments a recipient took (or was sent) and did not refuse, with their price, in a time range. */
export const TAKEN_STATUSES = ["accepted", "claimed", "delivered", "returned"] as const;

export async function takenAssignments(
  on: Runner,
  recipient: string,
  from: number,
  to: number,
): Promise<{ created_at: number; status: string; price_cents: number | null }[]> {
  const db = builderOf(on);
  return db
    .selectFrom("assignments")
    .select(["created_at", "status", "price_cents"])
    .where("recipient", "=", recipient)
    .where("status", "in", [...TAKEN_STATUSES])
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .orderBy("created_at")
    .execute();
}
