import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armFor } from "../../src/domain/experiments/split.js";
import { BOOTSTRAP } from "../../src/services/audit.js";
import { runDueExperiments } from "../../src/services/experiments.js";
import { setRetestSchedule, startDueRetests } from "../../src/services/retest-schedules.js";
import { startScheduler } from "../../src/services/scheduler.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { givenTwoRecipients, planTo } from "../support/experiments.js";
import { aLead, postLead } from "../support/fixtures.js";
import { givenPlan } from "../support/routing.js";
import { givenUser } from "../support/users.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(ENGINES)("re-tests on a schedule on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A category whose live plan (sending to `a`) replaced an earlier one (sending to `b`). */
  async function givenReplacedPlan() {
    const w = await givenTwoRecipients(t);
    const earlier = (await givenPlan(t, w.category, planTo(w.b).tiers)).version;
    const live = (await givenPlan(t, w.category, planTo(w.a).tiers)).version;
    return { ...w, earlier, live };
  }

  const scheduleOf = async (category: string) =>
    (await t.call({ method: "GET", url: `/api/v1/categories/${category}/retest-schedule`, headers: admin }))
      .data;

  it("sets a schedule through the API, shows it with the next re-test's date, and clears it", async () => {
    const w = await givenReplacedPlan();
    const manager = await givenUser(t, "manager");
    const url = `/api/v1/categories/${w.category}/retest-schedule`;
    const set = await t.call({
      method: "PUT",
      url,
      headers: manager.headers,
      payload: {
        everyDays: 30,
        share: 0.1,
        days: 7,
        against: w.earlier,
        firstAt: "2099-01-01T00:00:00.000Z",
      },
    });
    expect(set.statusCode).toBe(200);
    expect(set.data).toMatchObject({
      everyDays: 30,
      share: 0.1,
      days: 7,
      against: w.earlier,
      switchBack: false,
    });
    const shown = await scheduleOf(w.category);
    expect(shown.schedule.nextAt).toBe("2099-01-01T00:00:00.000Z");
    expect(shown.history).toEqual([]);
    // A change that leaves `against` out keeps the plan held back on.
    const changed = await t.call({
      method: "PUT",
      url,
      headers: admin,
      payload: { everyDays: 14, share: 0.2, days: 5, switchBack: true },
    });
    expect(changed.data).toMatchObject({ everyDays: 14, against: w.earlier, switchBack: true });
    expect(changed.data.nextAt).toBe("2099-01-01T00:00:00.000Z");
    expect((await t.call({ method: "DELETE", url, headers: admin })).statusCode).toBe(204);
    expect((await scheduleOf(w.category)).schedule).toBeNull();
    expect((await t.call({ method: "DELETE", url, headers: admin })).statusCode).toBe(404);
  });

  it("refuses a schedule it cannot keep with a 422 naming the field, and changes nothing", async () => {
    const w = await givenReplacedPlan();
    const url = `/api/v1/categories/${w.category}/retest-schedule`;
    const put = (payload: Record<string, unknown>) => t.call({ method: "PUT", url, headers: admin, payload });
    const fieldOf = async (payload: Record<string, unknown>) => {
      const res = await put(payload);
      expect(res.statusCode).toBe(422);
      return res.data.error.details.map((d: { field: string }) => d.field);
    };
    expect(await fieldOf({ everyDays: 30, share: 0.1, days: 7 })).toEqual(["against"]);
    expect(await fieldOf({ everyDays: 30, share: 0.1, days: 7, against: 99 })).toEqual(["against"]);
    expect(await fieldOf({ everyDays: 30, share: 0.6, days: 7, against: w.earlier })).toEqual(["share"]);
    expect(await fieldOf({ everyDays: 0, share: 0.1, days: 7, against: w.earlier })).toEqual(["everyDays"]);
    expect(
      await fieldOf({
        everyDays: 30,
        share: 0.1,
        days: 7,
        against: w.earlier,
        firstAt: "2001-01-01T00:00:00Z",
      }),
    ).toEqual(["firstAt"]);
    expect((await scheduleOf(w.category)).schedule).toBeNull();
    const unknown = await t.call({
      method: "PUT",
      url: "/api/v1/categories/no-such-category/retest-schedule",
      headers: admin,
      payload: { everyDays: 30, share: 0.1, days: 7, against: 1 },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("starts two consecutive re-tests at their times, each once, with two schedulers running", async () => {
    const w = await givenReplacedPlan();
    const clock = aClock(Date.UTC(2031, 0, 6, 0));
    const t0 = clock.now();
    await setRetestSchedule(
      t.store,
      w.category,
      { everyDays: 3, share: 0.1, days: 2, against: w.earlier, firstAt: t0 + DAY },
      BOOTSTRAP,
      t0,
    );
    const errors: unknown[] = [];
    const schedulers = [1, 2].map(() =>
      startScheduler(t.store, (e) => errors.push(e), { clock, intervalMs: HOUR }),
    );
    try {
      await clock.advance(DAY - HOUR);
      expect((await scheduleOf(w.category)).history).toEqual([]);
      await clock.advance(HOUR);
      const first = await scheduleOf(w.category);
      expect(first.history).toHaveLength(1);
      expect(first.history[0]).toMatchObject({
        kind: "retest",
        status: "running",
        startedAt: new Date(t0 + DAY).toISOString(),
        endsAt: new Date(t0 + 3 * DAY).toISOString(),
        arms: [
          { name: "promoted", planVersion: w.live, share: 0.9 },
          { name: "holdout", planVersion: w.earlier, share: 0.1 },
        ],
      });
      // The next is due three days after this one ends.
      expect(first.schedule.nextAt).toBe(new Date(t0 + 6 * DAY).toISOString());
      await clock.advance(2 * DAY);
      const ended = await scheduleOf(w.category);
      expect(ended.history).toHaveLength(1);
      expect(ended.history[0]).toMatchObject({ status: "ended", retestOutcome: "no_difference" });
      await clock.advance(3 * DAY - HOUR);
      expect((await scheduleOf(w.category)).history).toHaveLength(1);
      await clock.advance(HOUR);
      const second = await scheduleOf(w.category);
      expect(second.history).toHaveLength(2);
      expect(second.history[0]).toMatchObject({
        status: "running",
        startedAt: new Date(t0 + 6 * DAY).toISOString(),
      });
      expect(second.schedule.nextAt).toBe(new Date(t0 + 11 * DAY).toISOString());
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    expect(errors).toEqual([]);
  });

  it("starts a due re-test once when two processes' ticks reach it at the same instant", async () => {
    const w = await givenReplacedPlan();
    const t0 = Date.UTC(2032, 0, 6, 0);
    await setRetestSchedule(
      t.store,
      w.category,
      { everyDays: 30, share: 0.1, days: 7, against: w.earlier, firstAt: t0 + HOUR },
      BOOTSTRAP,
      t0,
    );
    const started = await Promise.all([1, 2, 3].map(() => startDueRetests(t.store, t0 + HOUR)));
    expect(started.flat().filter((e) => e.category === w.category)).toHaveLength(1);
    expect((await scheduleOf(w.category)).history).toHaveLength(1);
  });

  /** A re-test started a minute ago in which every lead of the held-back plan but its first was won, and only the first of the live plan's. */
  async function givenRetestTheHeldPlanWins(switchBack: boolean) {
    const w = await givenReplacedPlan();
    const startedAt = Date.now() - 60_000;
    await setRetestSchedule(
      t.store,
      w.category,
      { everyDays: 30, share: 0.5, days: 7, against: w.earlier, firstAt: startedAt, switchBack },
      BOOTSTRAP,
      startedAt - 1,
    );
    const [retest] = (await startDueRetests(t.store, startedAt)).filter((e) => e.category === w.category);
    const seen = [0, 0];
    for (let i = 0; i < 60; i++) {
      const lead = await postLead(t, w.intakeKey, aLead());
      expect(lead.statusCode).toBe(201);
      const arm = armFor(lead.data.id, [0.5, 0.5]);
      const nth = seen[arm]!++;
      if (arm === 1 ? nth !== 0 : nth === 0)
        await t.call({
          method: "POST",
          url: `/api/v1/leads/${lead.data.id}/stage`,
          headers: admin,
          payload: { stage: "won", revenue: 50 },
        });
    }
    await runDueExperiments(t.store, startedAt + 7 * DAY);
    return { ...w, retest: retest! };
  }

  const livePlan = async (category: string) =>
    (await t.call({ method: "GET", url: `/api/v1/categories/${category}/plan`, headers: admin })).data;

  it("says a re-test found the earlier plan better, and leaves the live plan alone unless asked to switch", async () => {
    const w = await givenRetestTheHeldPlanWins(false);
    const report = (
      await t.call({ method: "GET", url: `/api/v1/experiments/${w.retest.id}`, headers: admin })
    ).data;
    expect(report).toMatchObject({ status: "ended", retestOutcome: "no_longer_wins", switchBack: false });
    expect(report.verdict.winner).toBe(1);
    const plan = await livePlan(w.category);
    expect(plan.version).toBe(w.live);
  });

  it("makes the earlier plan live again when a re-test finds it better and the schedule switches back", async () => {
    const w = await givenRetestTheHeldPlanWins(true);
    const plan = await livePlan(w.category);
    expect(plan.version).toBeGreaterThan(w.live);
    expect(plan.tiers).toEqual(planTo(w.b).tiers.map((tier) => expect.objectContaining(tier)));
    // From then on the schedule holds back on the plan that lost.
    expect((await scheduleOf(w.category)).schedule.against).toBe(w.live);
  });
});
