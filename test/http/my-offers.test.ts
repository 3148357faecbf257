import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("the caller's live offers on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const givenOfferDesk = async () => {
    const { category, source } = await givenIntake(t);
    const key = `agent-${category.key}`;
    await givenRecipient(t, { key, categories: [category.key] });
    const agent = await givenUser(t, "agent", key);
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 60 }]);
    return { source, agent };
  };
  const offersOf = (headers: { authorization: string }) =>
    t.call({ method: "GET", url: "/api/v1/my/offers", headers });

  it("lists an offer with a teaser of its lead and never its contact", async () => {
    const { source, agent } = await givenOfferDesk();
    const posted = await postLead(
      t,
      source.intakeKey,
      aLead({ firstName: "Dana", city: "Ames", state: "IA" }),
    );
    const answer = await offersOf(agent.headers);
    expect(answer.statusCode).toBe(200);
    expect(answer.data.items).toHaveLength(1);
    const [offer] = answer.data.items;
    expect(offer).toMatchObject({
      id: posted.data.assignments[0].id,
      leadId: posted.data.id,
      lead: { firstName: "Dana", city: "Ames", state: "IA" },
    });
    expect(Date.parse(offer.expiresAt) - Date.parse(offer.createdAt)).toBe(60_000);
    expect(JSON.stringify(offer)).not.toContain("@");
    expect(offer.lead).not.toHaveProperty("phone");
    expect(offer.lead).not.toHaveProperty("lastName");
  });

  it("drops an offer once it is accepted", async () => {
    const { source, agent } = await givenOfferDesk();
    const posted = await postLead(t, source.intakeKey, aLead());
    const id = posted.data.assignments[0].id;
    await t.call({ method: "POST", url: `/api/v1/assignments/${id}/accept`, headers: agent.headers });
    expect((await offersOf(agent.headers)).data.items).toEqual([]);
  });

  it("shows another agent none of them, and refuses staff and strangers", async () => {
    const { source } = await givenOfferDesk();
    await postLead(t, source.intakeKey, aLead());
    const { category } = await givenIntake(t);
    await givenRecipient(t, { key: `other-${category.key}`, categories: [category.key] });
    const other = await givenUser(t, "agent", `other-${category.key}`);
    expect((await offersOf(other.headers)).data.items).toEqual([]);
    expect((await offersOf(admin)).statusCode).toBe(403);
    expect((await t.call({ method: "GET", url: "/api/v1/my/offers" })).statusCode).toBe(401);
  });
});
