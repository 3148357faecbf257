import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { startScheduler } from "../../src/services/scheduler.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { as } from "../support/work.js";

describe.each(ENGINES)("the report rollups kept by the scheduler on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const leadsNotRolledUp = async () => {
    const { rows } = await sql<{ n: unknown }>`select count(*) as n from lead_facts where rolled = 0`.execute(
      t.store.db,
    );
    return Number(rows[0]!.n);
  };

  it("brings them up to date every minute, so that no report has to roll up what came in before", async () => {
    const { source } = await givenIntake(t);
    const clock = aClock(Date.now());
    const errors: unknown[] = [];
    const scheduler = startScheduler(t.store, (e) => errors.push(e), { clock, intervalMs: 10_000 });
    try {
      // The first tick, ten seconds on, brings the empty rollups up to date.
      await clock.advance(10_000);
      for (let i = 0; i < 3; i++) expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
      expect(await leadsNotRolledUp()).toBe(3);

      await clock.advance(50_000);
      expect(await leadsNotRolledUp()).toBe(3);
      await clock.advance(10_000);
      expect(await leadsNotRolledUp()).toBe(0);

      const summary = await as(t)("GET", "/api/v1/reports/summary");
      expect(summary.statusCode).toBe(200);
      expect(summary.data.total.leads).toBe(3);
      expect(errors).toEqual([]);
    } finally {
      await scheduler.stop();
    }
  });
});
