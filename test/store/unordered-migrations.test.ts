import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { ENGINES, openTestStore } from "../support/engines.js";

describe.each(ENGINES)("migrations on %s", (engine) => {
  it("run one released after a later number that the database has run already", async () => {
    const { store, cleanup } = await openTestStore(engine);
    try {
      // As a database at 0016 was before 0015 was released.
      await sql`delete from kysely_migration where name = '0015-source-rate-limit'`.execute(store.db);
      await sql`alter table sources drop column rate_limit_per_minute`.execute(store.db);
      await store.migrate();
      const ran = await sql<{
        name: string;
      }>`select name from kysely_migration where name = '0015-source-rate-limit'`.execute(store.db);
      expect(ran.rows).toHaveLength(1);
      expect(await store.db.selectFrom("sources").select("rate_limit_per_minute").execute()).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
