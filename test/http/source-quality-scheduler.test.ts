import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Intake, receiveLead } from "../../src/services/intake.js";
import { startScheduler } from "../../src/services/scheduler.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";

const MINUTE = 60_000;

describe.each(ENGINES)("the sources' quality kept by the scheduler on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it("is measured at the scheduler's start and every five minutes after, and intake never measures it", async () => {
    const { source } = await givenIntake(t);
    const cache = t.store.routingConfigs!.sourceQuality;
    const start = Date.now();
    const clock = aClock(start);
    const errors: unknown[] = [];
    const scheduler = startScheduler(t.store, (e) => errors.push(e), { clock, intervalMs: MINUTE });
    try {
      await scheduler.warmed;
      expect(cache.measuredAt).toBe(start);
      expect(cache.peek(source.key)).toMatchObject({ leads: 0 });

      for (let i = 0; i < 3; i++) expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
      // Ten minutes on, figures this old would have a lead measure them again without the scheduler.
      await receiveLead(new Intake(t.store), {
        intakeKey: source.intakeKey,
        body: aLead(),
        ip: null,
        now: start + 10 * MINUTE,
      });
      expect(cache.measuredAt).toBe(start);
      expect(cache.peek(source.key)).toMatchObject({ leads: 0 });

      await clock.advance(4 * MINUTE);
      expect(cache.measuredAt).toBe(start);
      await clock.advance(MINUTE);
      expect(cache.measuredAt).toBe(start + 5 * MINUTE);
      expect(cache.peek(source.key)).toMatchObject({ leads: 3 });
      expect(errors).toEqual([]);
    } finally {
      await scheduler.stop();
    }
    // With the scheduler stopped, intake measures stale figures again itself.
    await receiveLead(new Intake(t.store), {
      intakeKey: source.intakeKey,
      body: aLead(),
      ip: null,
      now: start + 20 * MINUTE,
    });
    await expect.poll(() => cache.measuredAt).toBe(start + 20 * MINUTE);
  });
});
