import { sql } from "kysely";
import type { Store } from "../src/store/store.js";

/** The triggers that keep the reports' facts and rollups (migrations 0026 and 0027), by name and table. */
export async function reportTriggers(store: Store): Promise<{ name: string; tbl: string }[]> {
  const like = (column: string) =>
    sql`(${sql.ref(column)} like 'lead\\_facts%' escape '\\' or ${sql.ref(column)} like 'report\\_%' escape '\\')`;
  return store.engine === "sqlite"
    ? (
        await sql<{ name: string; tbl: string }>`select name, tbl_name as tbl from sqlite_master
          where type = 'trigger' and ${like("name")}`.execute(store.db)
      ).rows
    : (
        await sql<{
          name: string;
          tbl: string;
        }>`select distinct trigger_name as name, event_object_table as tbl
          from information_schema.triggers where trigger_schema = current_schema() and ${like("trigger_name")}`.execute(
          store.db,
        )
      ).rows;
}

/** Drops the reports' triggers, and with `indexes` the indexes they added to assignments: intake as before them. */
export async function dropReportTriggers(store: Store, indexes: boolean): Promise<void> {
  for (const t of await reportTriggers(store))
    await sql
      .raw(store.engine === "sqlite" ? `drop trigger ${t.name}` : `drop trigger ${t.name} on ${t.tbl}`)
      .execute(store.db);
  if (indexes)
    for (const index of ["assignments_created_at", "assignments_unrolled", "assignments_response_whole"])
      await sql.raw(`drop index ${index}`).execute(store.db);
}
