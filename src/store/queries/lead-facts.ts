import { sql } from "kysely";
import { QUARTER_MS } from "../../domain/report-math.js";
import { builderOf, type Runner } from "../store.js";

/** Counts one lead refused at intake in its quarter hour, source and category. */
export async function countRefusal(on: Runner, category: string, source: string, at: number): Promise<void> {
  await builderOf(on)
    .insertInto("intake_counts")
    .values({ quarter: Math.floor(at / QUARTER_MS), category, source, kind: "invalid", n: 1 })
    .onConflict((oc) =>
      oc.columns(["quarter", "category", "source", "kind"]).doUpdateSet({ n: sql`intake_counts.n + 1` }),
    )
    .execute();
}
