import { sql } from "kysely";
import type { Db } from "../store.js";

/** Answers once the database answers a trivial statement. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
