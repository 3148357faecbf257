import { describe, expect, it } from "vitest";
import { admin, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";
import { as } from "../support/work.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("a partner's own performance on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("counts the leads offered to it, taken, contacted, won and returned, with its rates and speed to lead", async () => {
    const { category, source } = await givenIntake(t);
    const key = `partner-${category.key}`;
    await givenRecipient(t, { key, kind: "partner", categories: [category.key] });
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 600 }]);
    const partner = await givenUser(t, "partner", key);
    const call = as(t, partner.headers);
    const offer = async () =>
      (await postLead(t, source.intakeKey, aLead())).data as { id: string; assignments: { id: string }[] };

    const won = await offer();
    await call("POST", `/api/v1/assignments/${won.assignments[0]!.id}/accept`);
    expect((await call("POST", `/api/v1/leads/${won.id}/stage`, { stage: "contacted" })).statusCode).toBe(
      200,
    );
    expect(
      (await call("POST", `/api/v1/leads/${won.id}/stage`, { stage: "won", revenue: 900 })).statusCode,
    ).toBe(200);
    const returned = await offer();
    await call("POST", `/api/v1/assignments/${returned.assignments[0]!.id}/accept`);
    expect(
      (await call("POST", `/api/v1/leads/${returned.id}/return`, { reason: "Wrong number" })).statusCode,
    ).toBe(200);
    const passed = await offer();
    await call("POST", `/api/v1/assignments/${passed.assignments[0]!.id}/reject`, { reason: "busy" });

    const res = await call("GET", "/api/v1/my/performance");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.current).toMatchObject({
      received: 3,
      accepted: 2,
      contacted: 1,
      won: 1,
      returned: 1,
      acceptanceRate: 2 / 3,
      returnRate: 0.5,
    });
    expect(res.data.current.medianSecondsToContact).toBeGreaterThanOrEqual(0);
    expect(res.data.previous).toMatchObject({
      received: 0,
      acceptanceRate: null,
      medianSecondsToContact: null,
    });

    // The same leads seen from the period after: they are the previous period's now.
    const later = new Date(Date.now() + HOUR).toISOString();
    const after = new Date(Date.now() + 3 * HOUR).toISOString();
    const next = await call("GET", `/api/v1/my/performance?from=${later}&to=${after}`);
    expect(next.data.current.received).toBe(0);
    expect(next.data.previous).toMatchObject({ received: 3, accepted: 2, won: 1 });

    // Another partner's figures are its own.
    const other = await givenUser(t, "partner", `other-${category.key}`);
    expect((await as(t, other.headers)("GET", "/api/v1/my/performance")).data.current.received).toBe(0);
  });

  it("refuses a period that is not one, and staff who have no figures of their own", async () => {
    const { category } = await givenIntake(t);
    const partner = await givenUser(t, "partner", `p-${category.key}`);
    for (const q of [
      "from=soon",
      "from=2026-02-01&to=2026-01-01",
      "from=2020-01-01&to=2026-01-01",
      "days=3",
    ]) {
      const res = await as(t, partner.headers)("GET", `/api/v1/my/performance?${q}`);
      expect(res.statusCode, q).toBe(422);
    }
    expect((await t.call({ method: "GET", url: "/api/v1/my/performance", headers: admin })).statusCode).toBe(
      403,
    );
  });
});
