import { sql } from "kysely";
import { QUARTER_MS } from "../../domain/report-math.js";
import { builderOf, type Runner } from "../store.js";

/** Intake's duplicates and refusals of the quarter hours starting in [from, to), per key. */
export async function intakeCounts(
  on: Runner,
  from: number,
  to: number,
  key: "quarter" | "source" | "category" | null,
): Promise<{ key: string | null; duplicate: number; invalid: number }[]> {
  const db = builderOf(on);
  const k = key === null ? sql`null` : sql.ref(key);
  const { rows } = await sql<Record<string, unknown>>`
    select ${k} as k,
      sum(case when kind = 'duplicate' then n else 0 end) as duplicate,
      sum(case when kind = 'invalid' then n else 0 end) as invalid
    from intake_counts
    where quarter >= ${Math.ceil(from / QUARTER_MS)} and quarter < ${Math.ceil(to / QUARTER_MS)}
    ${key ? sql`group by 1` : sql``}`.execute(db);
  return rows
    .filter((r) => r["duplicate"] !== null && r["duplicate"] !== undefined)
    .map((r) => ({
      key: r["k"] === null || r["k"] === undefined ? null : String(r["k"]),
      duplicate: Number(r["duplicate"]),
      invalid: Number(r["invalid"]),
    }));
}
