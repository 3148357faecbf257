import { describe, expect, it } from "vitest";
import { suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";
import { as } from "../support/work.js";

describe.each(ENGINES)("a buyer's own deliveries on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("lists the leads sent to the buyer with how each delivery went, never another buyer's nor the requests", async () => {
    const { category, source } = await givenIntake(t);
    const delivery = {
      channel: "http",
      url: "http://127.0.0.1:9/in",
      headers: { authorization: "Bearer s3cret" },
    };
    const keys = [`buyer-a-${category.key}`, `buyer-b-${category.key}`];
    for (const key of keys)
      await givenRecipient(t, { key, kind: "buyer", categories: [category.key], price: 30, delivery });
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
    const sent = new Map<string, string>();
    for (let i = 0; i < 4; i++) {
      const res = await postLead(t, source.intakeKey, aLead());
      sent.set(res.data.id, res.data.assignments[0].recipient);
    }
    const buyer = await givenUser(t, "partner", keys[0]);

    const res = await as(t, buyer.headers)("GET", "/api/v1/my/deliveries");
    expect(res.statusCode, res.body).toBe(200);
    const mine = [...sent].filter(([, r]) => r === keys[0]).map(([id]) => id);
    expect(res.data.items.map((d: { leadId: string }) => d.leadId).sort()).toEqual(mine.sort());
    for (const d of res.data.items) expect(d).toMatchObject({ channel: "http", status: expect.any(String) });
    expect(res.body).not.toContain("s3cret");
    expect(res.body).not.toContain("lastRequest");
  });
});
