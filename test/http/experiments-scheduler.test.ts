import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armFor } from "../../src/domain/experiments/split.js";
import { createExperiment } from "../../src/services/experiments.js";
import { BOOTSTRAP } from "../../src/services/audit.js";
import { startScheduler } from "../../src/services/scheduler.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { givenTwoRecipients, planTo } from "../support/experiments.js";
import { aLead, postLead } from "../support/fixtures.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("experiments on the scheduler's clock on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it("moves the shares toward the arm that wins more each day, within the limits, and ends on time", async () => {
    const { category, intakeKey, a, b } = await givenTwoRecipients(t);
    const clock = aClock(Date.now());
    const experiment = await createExperiment(
      t.store,
      {
        category,
        arms: [
          { plan: planTo(a), share: 0.5 },
          { plan: planTo(b), share: 0.5 },
        ],
        endsAt: clock.now() + 50 * HOUR,
        auto: { minShare: 0.1, maxShare: 0.9, everyHours: 24 },
      },
      BOOTSTRAP,
      clock.now(),
    );
    for (let i = 0; i < 40; i++) {
      const lead = await postLead(t, intakeKey, aLead());
      if (armFor(lead.data.id, [0.5, 0.5]) === 1)
        await t.call({
          method: "POST",
          url: `/api/v1/leads/${lead.data.id}/stage`,
          headers: admin,
          payload: { stage: "won", revenue: 50 },
        });
    }
    const errors: unknown[] = [];
    const scheduler = startScheduler(t.store, (e) => errors.push(e), { clock, intervalMs: HOUR });
    try {
      const shares = async () =>
        (await t.call({ method: "GET", url: `/api/v1/experiments/${experiment.id}`, headers: admin })).data;
      // The first tick is due at once: the shares move by what the first leads show.
      await clock.advance(HOUR);
      const first = await shares();
      expect(first.arms.map((x: { share: number }) => x.share)).toEqual([
        expect.closeTo(0.1, 6),
        expect.closeTo(0.9, 6),
      ]);
      expect(first.auto.lastAt).not.toBeNull();
      await clock.advance(20 * HOUR);
      expect((await shares()).auto.lastAt).toBe(first.auto.lastAt);
      await clock.advance(5 * HOUR);
      expect(Date.parse((await shares()).auto.lastAt)).toBeGreaterThan(Date.parse(first.auto.lastAt));
      await clock.advance(25 * HOUR);
      expect((await shares()).status).toBe("ended");
      const audit = await t.call({
        method: "GET",
        url: `/api/v1/audit?entity=experiment&key=${experiment.id}`,
        headers: admin,
      });
      expect(audit.data.items.map((e: { action: string }) => e.action)).toEqual([
        "end",
        "shares",
        "shares",
        "shares",
        "create",
      ]);
      expect(audit.data.items[0].actor).toBe("scheduler");
    } finally {
      await scheduler.stop();
    }
    expect(errors).toEqual([]);
  });
});
