import { describe, expect, it } from "vitest";
import { suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("a buyer's own spend on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("counts the buyer's own leads and what they cost it, never another buyer's", async () => {
    const { category, source } = await givenIntake(t);
    const mine = `buyer-a-${category.key}`;
    const theirs = `buyer-b-${category.key}`;
    await givenRecipient(t, { key: mine, kind: "buyer", categories: [category.key], price: 25 });
    await givenRecipient(t, { key: theirs, kind: "buyer", categories: [category.key], price: 77.7 });
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
    for (let i = 0; i < 4; i++) await postLead(t, source.intakeKey, aLead());
    const user = await givenUser(t, "partner", mine);

    const res = await t.call({ method: "GET", url: "/api/v1/my/spend?groupBy=week", headers: user.headers });
    expect(res.statusCode).toBe(200);
    expect(res.data.totals).toEqual({ leads: 2, returned: 0, charged: 50 });
    expect(res.data.periods.reduce((n: number, p: { leads: number }) => n + p.leads, 0)).toBe(2);
    expect(JSON.stringify(res.data)).not.toContain("77.7");
  });

  it("refuses a range that is not one", async () => {
    const { category } = await givenIntake(t);
    const key = `buyer-c-${category.key}`;
    await givenRecipient(t, { key, kind: "buyer", categories: [category.key] });
    const user = await givenUser(t, "partner", key);
    for (const q of ["from=soon", "from=2026-02-01&to=2026-01-01", "from=2020-01-01&to=2026-01-01"]) {
      const res = await t.call({ method: "GET", url: `/api/v1/my/spend?${q}`, headers: user.headers });
      expect(res.statusCode, q).toBe(422);
    }
  });
});
