import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armFor } from "../../src/domain/experiments/split.js";
import { runDueExperiments } from "../../src/services/experiments.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenTwoRecipients, planTo } from "../support/experiments.js";
import { aLead, postLead } from "../support/fixtures.js";
import { givenPlan } from "../support/routing.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("experiments on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A category with two buyers, one for each arm's plan, and the category's plan sending to the first. */
  async function givenTwoPlans() {
    const w = await givenTwoRecipients(t);
    const live = await givenPlan(t, w.category, planTo(w.a).tiers);
    return { ...w, liveVersion: live.version };
  }

  const start = (payload: Record<string, unknown>, headers = admin) =>
    t.call({ method: "POST", url: "/api/v1/experiments", headers, payload });
  const report = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/experiments/${id}`, headers: admin })).data;
  const postLeads = async (intakeKey: string, n: number) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const res = await postLead(t, intakeKey, aLead());
      expect(res.statusCode).toBe(201);
      out.push(res.data as { id: string; assignments: { recipient: string }[] });
    }
    return out;
  };

  it("splits the category's new leads between the arms by a hash of each lead's id, and the trace names the arm", async () => {
    const w = await givenTwoPlans();
    const manager = await givenUser(t, "manager");
    const created = await start(
      {
        category: w.category,
        arms: [
          { plan: planTo(w.a), share: 50 },
          { name: "draft", plan: planTo(w.b), share: 50 },
        ],
      },
      manager.headers,
    );
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ category: w.category, status: "running", kind: "test", leads: 0 });
    // The control is the live plan; the draft is stored as a version that is not live.
    expect(created.data.arms.map((a: { share: number }) => a.share)).toEqual([0.5, 0.5]);
    expect(created.data.arms[0].planVersion).toBe(w.liveVersion);
    expect(created.data.arms[1]).toMatchObject({ name: "draft", planVersion: w.liveVersion + 1 });
    const live = await t.call({
      method: "GET",
      url: `/api/v1/categories/${w.category}/plan`,
      headers: admin,
    });
    expect(live.data.version).toBe(w.liveVersion);

    const leads = await postLeads(w.intakeKey, 30);
    for (const lead of leads) {
      const arm = armFor(lead.id, [0.5, 0.5]);
      expect(lead.assignments[0]!.recipient).toBe(arm === 0 ? w.a : w.b);
    }
    const arms = leads.map((l) => armFor(l.id, [0.5, 0.5]));
    expect(arms).toContain(0);
    expect(arms).toContain(1);
    const detail = await t.call({ method: "GET", url: `/api/v1/leads/${leads[0]!.id}`, headers: admin });
    expect(detail.data.assignments[0].trace.experiment).toEqual({ id: created.data.id, arm: arms[0] });
    expect(detail.data.assignments[0].planVersion).toBe(arms[0] === 0 ? w.liveVersion : w.liveVersion + 1);

    const r = await report(created.data.id);
    expect(r.leads).toBe(30);
    expect(r.results.map((f: { leads: number }) => f.leads)).toEqual([
      arms.filter((a) => a === 0).length,
      arms.filter((a) => a === 1).length,
    ]);
  });

  it("reports each arm's rates, money and speed to lead, and a verdict with its interval", async () => {
    const w = await givenTwoPlans();
    const created = await start({
      category: w.category,
      arms: [
        { plan: planTo(w.a), share: 0.5 },
        { plan: planTo(w.b), share: 0.5 },
      ],
    });
    const leads = await postLeads(w.intakeKey, 24);
    // Every lead of arm 1 is won for $100; none of arm 0 is.
    for (const lead of leads)
      if (armFor(lead.id, [0.5, 0.5]) === 1) {
        const won = await t.call({
          method: "POST",
          url: `/api/v1/leads/${lead.id}/stage`,
          headers: admin,
          payload: { stage: "won", revenue: 100 },
        });
        expect(won.statusCode).toBe(200);
      }
    const r = await report(created.data.id);
    const [control, draft] = r.results;
    expect(control.leads + draft.leads).toBe(24);
    expect(control).toMatchObject({
      won: 0,
      winRate: 0,
      revenuePerLead: 0,
      marginPerLead: -12.5,
      returnRate: 0,
    });
    expect(draft).toMatchObject({ won: draft.leads, winRate: 1, revenuePerLead: 100, marginPerLead: 87.5 });
    expect(r.verdict).toMatchObject({ metric: "win", method: "msprt", alpha: 0.05 });
    // A rate of 0 against 1 has no variance to test with: the test waits for more leads.
    expect(r.verdict.winner).toBeNull();
    expect(r.verdict.comparisons[0]).toMatchObject({ arm: 1, against: 0, pValue: 1, significant: false });
  });

  it("refuses a bad experiment with a clear 4xx and starts nothing", async () => {
    const w = await givenTwoPlans();
    const good = [
      { plan: planTo(w.a), share: 0.5 },
      { plan: planTo(w.b), share: 0.5 },
    ];
    const cases: [Record<string, unknown>, number, string][] = [
      [{ category: w.category, arms: [good[0], { ...good[1], share: 0.2 }] }, 422, "arms"],
      [
        {
          category: w.category,
          arms: [
            good[0],
            { plan: { tiers: [{ select: {}, method: "broadcast", mode: "push" }] }, share: 0.5 },
          ],
        },
        422,
        "arms.1.plan.tiers.0.mode",
      ],
      [
        { category: w.category, arms: [good[0], { plan: planTo("nobody-here"), share: 0.5 }] },
        422,
        "arms.1.plan.tiers.0.select.keys.0",
      ],
      [{ category: w.category, arms: good, endsAt: "2001-01-01T00:00:00Z" }, 422, "endsAt"],
      [{ category: w.category, arms: good, auto: { minShare: 0.6, maxShare: 0.9 } }, 422, "auto.minShare"],
      [{ category: w.category, arms: [good[0]] }, 422, ""],
      [{ category: w.category, arms: [good[0], { share: 0.5 }] }, 422, "arms.1.plan"],
      [
        { category: w.category, arms: [good[0], { ...good[1], planVersion: w.liveVersion }] },
        422,
        "arms.1.plan",
      ],
      [
        { category: w.category, arms: [good[0], { planVersion: w.liveVersion + 7, share: 0.5 }] },
        422,
        "arms.1.planVersion",
      ],
      [{ category: "no-such-category", arms: good }, 404, ""],
    ];
    for (const [payload, status, field] of cases) {
      const res = await start(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      if (field) expect(res.data.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const list = await t.call({
      method: "GET",
      url: `/api/v1/experiments?category=${w.category}`,
      headers: admin,
    });
    expect(list.data.items).toEqual([]);
    const versions = await t.call({
      method: "GET",
      url: `/api/v1/categories/${w.category}/plan/versions`,
      headers: admin,
    });
    expect(versions.data.items[0].version).toBe(w.liveVersion);

    const first = await start({ category: w.category, arms: good });
    expect(first.statusCode).toBe(201);
    const second = await start({ category: w.category, arms: good });
    expect(second.statusCode).toBe(409);
    // The refusal names the experiment already running, so a client can open it.
    expect(second.data).toMatchObject({ error: { code: "conflict" }, experiment: first.data.id });
  });

  it("lets an arm name a stored version of the plan, the live one or an older one, and stores no new version", async () => {
    const w = await givenTwoPlans();
    const put = await t.call({
      method: "PUT",
      url: `/api/v1/categories/${w.category}/plan`,
      headers: admin,
      payload: planTo(w.b),
    });
    const live = put.data.version as number;
    const created = await start({
      category: w.category,
      arms: [
        { planVersion: live, share: 0.5 },
        { name: "before", planVersion: w.liveVersion, share: 0.5 },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(created.data.arms).toMatchObject([
      { planVersion: live, tiers: planTo(w.b).tiers },
      { name: "before", planVersion: w.liveVersion, tiers: planTo(w.a).tiers },
    ]);
    const versions = await t.call({
      method: "GET",
      url: `/api/v1/categories/${w.category}/plan/versions`,
      headers: admin,
    });
    expect(versions.data.items[0].version).toBe(live);
  });

  it("stops taking leads after its number of leads, and the scheduler ends it", async () => {
    const w = await givenTwoPlans();
    const created = await start({
      category: w.category,
      leads: 5,
      arms: [
        { plan: planTo(w.a), share: 0.5 },
        { plan: planTo(w.b), share: 0.5 },
      ],
    });
    const leads = await postLeads(w.intakeKey, 9);
    expect((await report(created.data.id)).leads).toBe(5);
    // The leads after the fifth go by the category's plan.
    expect(leads.slice(5).every((l) => l.assignments[0]!.recipient === w.a)).toBe(true);
    expect(await runDueExperiments(t.store)).toBe(1);
    const ended = await report(created.data.id);
    expect(ended).toMatchObject({ status: "ended", leads: 5 });
    expect(ended.endedAt).not.toBeNull();
  });

  it("stops on request: the category's leads go back to its plan", async () => {
    const w = await givenTwoPlans();
    const created = await start({
      category: w.category,
      arms: [
        { plan: planTo(w.a), share: 0.01 },
        { plan: planTo(w.b), share: 0.99 },
      ],
    });
    const stop = await t.call({
      method: "POST",
      url: `/api/v1/experiments/${created.data.id}/stop`,
      headers: admin,
    });
    expect(stop.statusCode).toBe(200);
    expect(stop.data.status).toBe("stopped");
    const leads = await postLeads(w.intakeKey, 5);
    expect(leads.every((l) => l.assignments[0]!.recipient === w.a)).toBe(true);
    const again = await t.call({
      method: "POST",
      url: `/api/v1/experiments/${created.data.id}/stop`,
      headers: admin,
    });
    expect(again.statusCode).toBe(409);
    const audit = await t.call({
      method: "GET",
      url: `/api/v1/audit?entity=experiment&key=${created.data.id}`,
      headers: admin,
    });
    expect(audit.data.items.map((e: { action: string }) => e.action)).toEqual(["stop", "create"]);
  });

  it("promotes an arm's plan to a new version of the category's plan, and re-tests it against a holdout", async () => {
    const w = await givenTwoPlans();
    const created = await start({
      category: w.category,
      arms: [
        { plan: planTo(w.a), share: 0.5 },
        { plan: planTo(w.b), share: 0.5 },
      ],
    });
    // Nobody has won yet: the arm must be named.
    const unnamed = await t.call({
      method: "POST",
      url: `/api/v1/experiments/${created.data.id}/promote`,
      headers: admin,
      payload: {},
    });
    expect(unnamed.statusCode).toBe(409);
    const promoted = await t.call({
      method: "POST",
      url: `/api/v1/experiments/${created.data.id}/promote`,
      headers: admin,
      payload: { arm: 1, holdout: { share: 0.1, days: 14 } },
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.data.experiment).toMatchObject({
      status: "promoted",
      promotedArm: 1,
      retest: promoted.data.retest.id,
    });
    const live = await t.call({
      method: "GET",
      url: `/api/v1/categories/${w.category}/plan`,
      headers: admin,
    });
    expect(live.data).toMatchObject({ version: promoted.data.planVersion, tiers: planTo(w.b).tiers });
    expect(promoted.data.planVersion).toBe(w.liveVersion + 2);
    expect(promoted.data.retest).toMatchObject({
      kind: "retest",
      parent: created.data.id,
      status: "running",
      arms: [
        { name: "promoted", planVersion: promoted.data.planVersion, share: 0.9 },
        { name: "holdout", planVersion: w.liveVersion, share: 0.1 },
      ],
    });
    expect(Date.parse(promoted.data.retest.endsAt) - Date.parse(promoted.data.retest.startedAt)).toBe(
      14 * 86_400_000,
    );
    const leads = await postLeads(w.intakeKey, 12);
    for (const lead of leads)
      expect(lead.assignments[0]!.recipient).toBe(armFor(lead.id, [0.9, 0.1]) === 0 ? w.b : w.a);
    expect((await report(promoted.data.retest.id)).retestOutcome).toBe("no_difference");
    const audit = await t.call({
      method: "GET",
      url: `/api/v1/audit?entity=experiment&key=${created.data.id}`,
      headers: admin,
    });
    expect(audit.data.items[0]).toMatchObject({ action: "promote" });
    const again = await t.call({
      method: "POST",
      url: `/api/v1/experiments/${created.data.id}/promote`,
      headers: admin,
      payload: { arm: 0 },
    });
    expect(again.statusCode).toBe(409);
  });

  it("lists experiments newest first, by category, for staff only", async () => {
    const w = await givenTwoPlans();
    const arms = [
      { plan: planTo(w.a), share: 0.5 },
      { plan: planTo(w.b), share: 0.5 },
    ];
    const first = await start({ category: w.category, arms });
    await t.call({ method: "POST", url: `/api/v1/experiments/${first.data.id}/stop`, headers: admin });
    const second = await start({ category: w.category, arms });
    const list = await t.call({
      method: "GET",
      url: `/api/v1/experiments?category=${w.category}`,
      headers: admin,
    });
    expect(list.data.items.map((e: { id: string }) => e.id)).toEqual([second.data.id, first.data.id]);
    const agent = await givenUser(t, "agent", w.a);
    expect(
      (await t.call({ method: "GET", url: "/api/v1/experiments", headers: agent.headers })).statusCode,
    ).toBe(403);
    expect(
      (await t.call({ method: "GET", url: `/api/v1/experiments/${first.data.id}`, headers: agent.headers }))
        .statusCode,
    ).toBe(403);
  });
});
