import { sql } from "kysely";
import { builderOf, type Runner } from "../store.js";

/** Answers once the database answers a trivial statement. */
export async function ping(on: Runner): Promise<void> {
  const db = builderOf(on);
  await sql`select 1`.execute(db);
}
