import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeDueLeads } from "../../src/services/unassigned.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("vacations (away periods) on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const recipient = async (key: string) =>
    (await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin })).data;

  it("passes over a recipient on vacation, with the reason in the decision trace", async () => {
    const { category, source } = await givenIntake(t);
    const onVacation = `vacation-${category.key}`;
    const atWork = `at-work-${category.key}`;
    const from = new Date(Date.now() - HOUR).toISOString();
    const to = new Date(Date.now() + 24 * HOUR).toISOString();
    await givenRecipient(t, { key: onVacation, categories: [category.key], awayPeriods: [{ from, to }] });
    await givenRecipient(t, { key: atWork, categories: [category.key] });
    expect((await recipient(onVacation)).awayPeriods).toEqual([{ from, to }]);

    for (let i = 0; i < 2; i++) {
      const answer = await postLead(t, source.intakeKey, aLead());
      const lead = (await t.call({ method: "GET", url: `/api/v1/leads/${answer.data.id}`, headers: admin }))
        .data;
      expect(lead.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([atWork]);
      expect(lead.assignments[0].trace.tiers[0].candidates).toContainEqual(
        expect.objectContaining({ key: onVacation, eligible: false, rule: "away_period" }),
      );
    }
  });

  it("routes a lead that waited to the recipient once its vacation is taken away", async () => {
    const { category, source } = await givenIntake(t);
    const key = `back-${category.key}`;
    const awayPeriods = [
      { from: new Date(Date.now() - HOUR).toISOString(), to: new Date(Date.now() + HOUR).toISOString() },
    ];
    await givenRecipient(t, { key, categories: [category.key], awayPeriods });
    const answer = await postLead(t, source.intakeKey, aLead());
    expect(answer.data.status).toBe("unassigned");
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${key}`,
      headers: admin,
      payload: { awayPeriods: [] },
    });
    expect(patched.statusCode).toBe(200);
    expect(await routeDueLeads(t.store, Date.now() + 1)).toBeGreaterThanOrEqual(1);
    const lead = (await t.call({ method: "GET", url: `/api/v1/leads/${answer.data.id}`, headers: admin }))
      .data;
    expect(lead.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([key]);
  });

  it("refuses a vacation that ends before it starts, and changes nothing", async () => {
    const { category } = await givenIntake(t);
    const key = `backwards-${category.key}`;
    const kept = { from: "2027-07-01T05:00:00.000Z", to: "2027-07-05T05:00:00.000Z" };
    await givenRecipient(t, { key, categories: [category.key], awayPeriods: [kept] });
    const res = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${key}`,
      headers: admin,
      payload: { awayPeriods: [{ from: "2027-08-05T00:00:00Z", to: "2027-08-01T00:00:00Z" }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.error.details).toContainEqual(expect.objectContaining({ field: "awayPeriods.0" }));
    expect((await recipient(key)).awayPeriods).toEqual([kept]);
  });
});
