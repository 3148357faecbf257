import type { Kysely } from "kysely";
import { rollUpQuarters } from "./0038-report-hours.js";

/**
 * Half-hour rollups (dim `half`) beside the hour ones: a report by period in a time zone of
 * half-hour offsets (Asia/Kolkata, +5:30) reads a half hour's row in place of its two quarters'.
 * Built here from the quarter rows; a quarter rebuilt later rebuilds its half hour too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rollUpQuarters(db, "half", 1_800_000);
}
