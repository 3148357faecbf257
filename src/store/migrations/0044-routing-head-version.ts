import { sql, type Kysely } from "kysely";

/**
 * A category's routing head counts the transactions that locked it to change the category's
 * routing state (`lockRoutingHead`): a process that kept the state its last batch left can tell,
 * when its next batch locks the head, whether anyone else locked it in between (see `RoutingCarry`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("routing_heads")
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}
