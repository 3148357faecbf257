import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Leads listed by status, newest first. Most leads are assigned, and a list of those finds a
  // page among the newest leads by id alone; the index holds the others only, so a lead that is
  // routed straight to its recipient at intake writes nothing to it.
  await sql`create index leads_status_id on leads (status, id) where status <> 'assigned'`.execute(db);
}
