import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { IntakeThread } from "../../src/services/intake-thread.js";
import { countLeads } from "../../src/store/queries/leads.js";
import type { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { openTestStore } from "../support/engines.js";
import { aLead, givenCategory, givenIntake, postLead } from "../support/fixtures.js";

describe("intake on its own thread, beside the server's thread, on one SQLite file", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("sqlite", { intakeThread: true });
  });
  afterAll(async () => t.close());

  it("stores every lead while the server's thread writes to the same file, neither failing", async () => {
    const { category, source } = await givenIntake(t);
    const before = await countLeads(t.store.db);
    const [leads, writes] = await Promise.all([
      Promise.all(Array.from({ length: 150 }, () => postLead(t, source.intakeKey, aLead()))),
      Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 2 === 0
            ? givenCategory(t).then(() => 201)
            : t
                .call({
                  method: "PUT",
                  url: `/api/v1/categories/${category.key}/scoring`,
                  headers: admin,
                  payload: { rules: [], bands: [] },
                })
                .then((res) => res.statusCode),
        ),
      ),
    ]);
    expect(leads.map((r) => r.statusCode)).toEqual(leads.map(() => 201));
    expect(writes.filter((s) => s !== 201 && s !== 200)).toEqual([]);
    expect(await countLeads(t.store.db)).toBe(before + 150);
  });

  it("takes a lead the server's thread reads at once, and a source's change at once", async () => {
    const { source } = await givenIntake(t);
    const created = await postLead(t, source.intakeKey, aLead());
    const read = await t.call({ method: "GET", url: `/api/v1/leads/${created.data.id}`, headers: admin });
    expect(read.statusCode).toBe(200);
    const off = await t.call({
      method: "PATCH",
      url: `/api/v1/sources/${source.key}`,
      headers: admin,
      payload: { enabled: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(403);
  });
});

describe("closing the intake thread", () => {
  it("answers every lead it was given before closing, and refuses those that come after", async () => {
    const { store, cleanup } = await openTestStore("sqlite");
    try {
      await createCategory(store, {
        key: "home",
        name: "Home",
        fields: [],
        dedupe: { keys: ["email"], windowDays: 30 },
      });
      const source = await createSource(store, { key: "web", name: "Web", category: "home", costPerLead: 0 });
      const intake = new IntakeThread(store as SqliteStore);
      const leads = Array.from({ length: 40 }, (_, i) =>
        intake.receive({ intakeKey: source.intakeKey, body: { email: `closing${i}@example.com` }, ip: null }),
      );
      await intake.close();
      const answers = await Promise.all(leads);
      expect(answers.map((a) => a.kind)).toEqual(answers.map(() => "created"));
      expect(await countLeads(store.db)).toBe(40);
      await expect(
        intake.receive({ intakeKey: source.intakeKey, body: { email: "late@example.com" }, ip: null }),
      ).rejects.toMatchObject({ code: "unavailable" });
    } finally {
      await cleanup();
    }
  });
});
