import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";
import { as } from "../support/work.js";

/** Two buyers of one category taking leads in turn at their prices, each with a user. */
async function givenTwoBuyers(t: TestApp, policy: Record<string, unknown>) {
  const { category, source } = await givenIntake(t);
  const keys = [`buyer-a-${category.key}`, `buyer-b-${category.key}`];
  await givenRecipient(t, { key: keys[0], kind: "buyer", categories: [category.key], price: 25 });
  await givenRecipient(t, { key: keys[1], kind: "buyer", categories: [category.key], price: 77.7 });
  await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
  for (const key of keys) await as(t)("PUT", `/api/v1/recipients/${key}/return-policy`, policy);
  const leads: { id: string; recipient: string; name: string }[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await postLead(t, source.intakeKey, aLead({ firstName: `Lead${i}` }));
    leads.push({ id: res.data.id, recipient: res.data.assignments[0].recipient, name: `Lead${i} Byron` });
  }
  const users = [await givenUser(t, "partner", keys[0]), await givenUser(t, "partner", keys[1])];
  const leadsOf = (i: 0 | 1) => leads.filter((l) => l.recipient === keys[i]).map((l) => l.id);
  const nameOf = (id: string | undefined) => leads.find((l) => l.id === id)?.name;
  return { keys, users, leadsOf, nameOf, as: (i: 0 | 1) => as(t, users[i]!.headers) };
}

describe.each(ENGINES)("a buyer's returns on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("shows a buyer its policy, what is left of this month's cap and its own returns, never another's", async () => {
    const desk = await givenTwoBuyers(t, {
      windowDays: 10,
      monthlyCap: 3,
      reasons: ["Wrong number", "Duplicate"],
    });
    const [mine] = desk.leadsOf(0);
    const [theirs] = desk.leadsOf(1);
    expect(
      (await desk.as(0)("POST", `/api/v1/leads/${mine}/return`, { reason: "Wrong number" })).statusCode,
    ).toBe(200);
    expect(
      (await desk.as(1)("POST", `/api/v1/leads/${theirs}/return`, { reason: "Duplicate" })).statusCode,
    ).toBe(200);

    const res = await desk.as(0)("GET", "/api/v1/my/returns");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      recipient: desk.keys[0],
      canReturn: true,
      policy: { windowDays: 10, monthlyCap: 3, reasons: ["Wrong number", "Duplicate"] },
      month: { used: 1, left: 2 },
    });
    expect(res.data.items).toEqual([
      {
        leadId: mine,
        assignment: expect.any(String),
        name: desk.nameOf(mine),
        at: expect.any(String),
        reason: "Wrong number",
        status: "credited",
        credited: 25,
      },
    ]);
    expect(res.body).not.toContain(theirs!);
    expect(res.body).not.toContain("77.7");
  });

  it("refuses a reason the policy does not allow with 422, and keeps the lead with its buyer", async () => {
    const desk = await givenTwoBuyers(t, { windowDays: 10, reasons: ["Wrong number"] });
    const [mine] = desk.leadsOf(0);
    const refused = await desk.as(0)("POST", `/api/v1/leads/${mine}/return`, { reason: "Changed my mind" });
    expect(refused.statusCode).toBe(422);
    expect(refused.data.error.details[0]).toMatchObject({ field: "reason" });
    expect((await desk.as(0)("GET", "/api/v1/my/returns")).data).toMatchObject({
      items: [],
      month: { used: 0 },
    });
    expect((await desk.as(0)("GET", `/api/v1/leads/${mine}`)).statusCode).toBe(200);
  });

  it("refuses a policy whose reasons are blank or repeated", async () => {
    const desk = await givenTwoBuyers(t, { windowDays: 10 });
    for (const reasons of [["  "], ["Duplicate", "Duplicate"], []]) {
      const res = await as(t)("PUT", `/api/v1/recipients/${desk.keys[0]}/return-policy`, {
        windowDays: 3,
        reasons,
      });
      expect(res.statusCode, JSON.stringify(reasons)).toBe(422);
    }
    expect((await desk.as(0)("GET", "/api/v1/my/returns")).data.policy).toEqual({
      windowDays: 10,
      monthlyCap: null,
      reasons: null,
    });
  });

  it("lists each bought lead with what it cost the buyer, and hides another buyer's lead (404)", async () => {
    const desk = await givenTwoBuyers(t, { windowDays: 10 });
    const listed = await desk.as(0)("GET", "/api/v1/my/leads");
    expect(listed.data.items.map((l: { id: string }) => l.id).sort()).toEqual(desk.leadsOf(0).sort());
    for (const lead of listed.data.items) {
      expect(lead.assignments).toHaveLength(1);
      expect(lead.assignments[0]).toMatchObject({ recipient: desk.keys[0], price: 25 });
      expect(lead.assignments[0]).not.toHaveProperty("trace");
      expect(lead.assignments[0]).not.toHaveProperty("margin");
    }
    const [theirs] = desk.leadsOf(1);
    expect((await desk.as(0)("GET", `/api/v1/leads/${theirs}`)).statusCode).toBe(404);
    expect(
      (await desk.as(0)("POST", `/api/v1/leads/${theirs}/return`, { reason: "Mine now" })).statusCode,
    ).toBe(404);
    expect((await desk.as(1)("GET", "/api/v1/my/returns")).data.items).toEqual([]);
  });

  it("tells an agent it does not return leads, and staff that they have no returns of their own", async () => {
    const { category } = await givenIntake(t);
    const key = `agent-${category.key}`;
    await givenRecipient(t, { key, kind: "agent", categories: [category.key] });
    const agent = await givenUser(t, "agent", key);
    expect((await as(t, agent.headers)("GET", "/api/v1/my/returns")).data).toMatchObject({
      canReturn: false,
      items: [],
    });
    expect((await t.call({ method: "GET", url: "/api/v1/my/returns", headers: admin })).statusCode).toBe(403);
  });
});
