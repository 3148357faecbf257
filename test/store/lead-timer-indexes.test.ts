import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Engine, Store } from "../../src/store/store.js";
import { ENGINES, openTestStore } from "../support/engines.js";

/** The retry timer's and the pool timer's indexes of leads, and the status each waits on. */
const TIMERS = [
  { index: "leads_unassigned_retry", column: "retry_at", status: "unassigned" },
  { index: "leads_pool_due", column: "pool_until", status: "pooled" },
] as const;

/** An index's definition as the database keeps it. */
async function definitionOf(store: Store, index: string): Promise<string> {
  const { rows } =
    store.engine === "sqlite"
      ? await sql<{ sql: string }>`select sql from sqlite_master where name = ${index}`.execute(store.db)
      : await sql<{ sql: string }>`select indexdef as sql from pg_indexes
          where schemaname = current_schema() and indexname = ${index}`.execute(store.db);
  return rows[0]!.sql.replace(/\s+/g, " ");
}

/** The plan of a timer's due query as `dueRows` builds it (`column <= ? and status = ?`). */
async function planOf(store: Store, column: string, status: string): Promise<string> {
  const due = sql`select id from leads where ${sql.ref(column)} <= ${Date.now()} and status = ${status}
    order by ${sql.ref(column)}`;
  return store.transact(async (tx) => {
    if (store.engine === "sqlite") {
      const { rows } = await sql<{ detail: string }>`explain query plan ${due}`.execute(tx);
      return rows.map((r) => r.detail).join("\n");
    }
    // The tables are empty: a scan of the table would cost less than any index.
    await sql`set local enable_seqscan = off`.execute(tx);
    const { rows } = await sql<{ "QUERY PLAN": string }>`explain ${due}`.execute(tx);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

describe.each(ENGINES)("the lead timers' indexes on %s", (engine: Engine) => {
  it("hold only the leads their timer waits for, so an offered or assigned lead costs them nothing", async () => {
    const { store, cleanup } = await openTestStore(engine);
    try {
      for (const t of TIMERS) expect(await definitionOf(store, t.index)).toMatch(`status = '${t.status}'`);
    } finally {
      await cleanup();
    }
  });

  it("still serve their timers' due queries", async () => {
    const { store, cleanup } = await openTestStore(engine);
    try {
      for (const t of TIMERS) expect(await planOf(store, t.column, t.status)).toContain(t.index);
    } finally {
      await cleanup();
    }
  });
});
