import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql, type Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { Intake, receiveLead } from "../../src/services/intake.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";

describe("SQLite dedupe keys of a database from before the key log", () => {
  it("are still held after the upgrade", async () => {
    const dir = mkdtempSync(join(tmpdir(), "carousel-test-"));
    const store = new SqliteStore(join(dir, "carousel.db"));
    try {
      const migrator = new Migrator({ db: store.db as Kysely<unknown>, provider: migrationProvider });
      expect((await migrator.migrateTo("0011-intake-indexes")).error).toBeUndefined();
      // Only the rows the upgrade reads are written as the tables then were; the category and
      // source come after it, from today's code, which writes columns and tables added since.
      const now = Date.now();
      await sql`pragma foreign_keys = off`.execute(store.db);
      await sql`insert into leads (id, category, source, email, phone, country, fields, attribution, score, priority,
          stage, status, tags, cost_cents, revenue_cents, created_at, updated_at)
        values ('lead_before', 'old', 'old-web', 'kept@old.example', '+15155550199', 'US', '{}', '{}', 0, 'cold',
          'new', 'unassigned', '[]', 0, 0, ${now}, ${now})`.execute(store.db);
      await sql`insert into dedupe_keys (category, kind, value, lead_id, created_at) values
          ('old', 'email', 'kept@old.example', 'lead_before', ${now}),
          ('old', 'phone', '+15155550199', 'lead_before', ${now})`.execute(store.db);
      await sql`pragma foreign_keys = on`.execute(store.db);

      await store.migrate();
      await createCategory(store, {
        key: "old",
        name: "Old",
        dedupe: { keys: ["email", "phone"], windowDays: 30 },
      });
      const { intakeKey } = await createSource(store, { key: "old-web", name: "Web", category: "old" });

      const intake = new Intake(store);
      const post = (body: Record<string, unknown>) => receiveLead(intake, { intakeKey, body, ip: null });
      expect(await post({ email: "kept@old.example" })).toMatchObject({ duplicateOf: "lead_before" });
      expect(await post({ phone: "515 555 0199" })).toMatchObject({ duplicateOf: "lead_before" });
      expect((await post({ email: "new@old.example" })).kind).toBe("created");
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
