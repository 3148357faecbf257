import { sql } from "kysely";
import { builderOf, type Runner } from "../store.js";

const HOUR = 3_600_000;

export interface ArrivalCount {
  /** The lead's state, `""` without one. */
  state: string;
  /** Start of the UTC hour the leads were received in, epoch milliseconds. */
  hour: number;
  leads: number;
  costCents: number;
}

/**
 * How many leads of a category were received in `[from, to)`, by state and hour, and what they
 * cost together: one statement over the leads' received time, grouped in the database.
 */
export async function arrivalCounts(
  on: Runner,
  category: string,
  from: number,
  to: number,
): Promise<ArrivalCount[]> {
  const db = builderOf(on);
  const bucket = sql<number>`(created_at - created_at % ${sql.lit(HOUR)})`;
  const rows = await db
    .selectFrom("leads")
    .select([
      sql<string | null>`state`.as("state"),
      bucket.as("hour"),
      sql<number>`count(*)`.as("leads"),
      sql<number>`sum(cost_cents)`.as("cost"),
    ])
    .where("category", "=", category)
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .groupBy([sql`state`, bucket])
    .execute();
  return rows.map((r) => ({
    state: r.state ?? "",
    hour: Number(r.hour),
    leads: Number(r.leads),
    costCents: Number(r.cost),
  }));
}
