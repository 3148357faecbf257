import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";

describe.each(ENGINES)("tokens and source changes on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it("issues a second token that works until it is revoked", async () => {
    const user = await t.call({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: { email: `mgr-${Date.now()}@example.com`, name: "Manager", role: "manager" },
    });
    const issued = await t.call({
      method: "POST",
      url: "/api/v1/tokens",
      headers: bearer(user.data.token),
      payload: { name: "crm sync" },
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.data).toMatchObject({
      name: "crm sync",
      userId: user.data.id,
      token: expect.stringMatching(/^crsl_/),
    });
    const works = await t.call({ method: "GET", url: "/api/v1/sources", headers: bearer(issued.data.token) });
    expect(works.statusCode).toBe(200);
    const revoked = await t.call({
      method: "DELETE",
      url: `/api/v1/tokens/${issued.data.id}`,
      headers: bearer(user.data.token),
    });
    expect(revoked.statusCode).toBe(204);
    const refused = await t.call({
      method: "GET",
      url: "/api/v1/sources",
      headers: bearer(issued.data.token),
    });
    expect(refused.statusCode).toBe(401);
    const first = await t.call({ method: "GET", url: "/api/v1/sources", headers: bearer(user.data.token) });
    expect(first.statusCode).toBe(200);
  });

  it("does not let a user revoke someone else's token", async () => {
    const make = (name: string) =>
      t.call({
        method: "POST",
        url: "/api/v1/users",
        headers: admin,
        payload: { email: `${name}-${Date.now()}@example.com`, name, role: "manager" },
      });
    const [a, b] = [await make("a"), await make("b")];
    const tokenOfB = await t.call({
      method: "POST",
      url: "/api/v1/tokens",
      headers: bearer(b.data.token),
      payload: { name: "b2" },
    });
    const attempt = await t.call({
      method: "DELETE",
      url: `/api/v1/tokens/${tokenOfB.data.id}`,
      headers: bearer(a.data.token),
    });
    expect(attempt.statusCode).toBe(404);
    expect(
      (await t.call({ method: "GET", url: "/api/v1/sources", headers: bearer(tokenOfB.data.token) }))
        .statusCode,
    ).toBe(200);
  });

  it("stops taking leads from a source once it is disabled, and takes them again when enabled", async () => {
    const { source } = await givenIntake(t);
    const off = await t.call({
      method: "PATCH",
      url: `/api/v1/sources/${source.key}`,
      headers: admin,
      payload: { enabled: false, costPerLead: 20 },
    });
    expect(off.data).toMatchObject({ enabled: false, costPerLead: 20 });
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(403);
    await t.call({
      method: "PATCH",
      url: `/api/v1/sources/${source.key}`,
      headers: admin,
      payload: { enabled: true },
    });
    const taken = await postLead(t, source.intakeKey, aLead());
    expect(taken.statusCode).toBe(201);
    const lead = await t.call({ method: "GET", url: `/api/v1/leads/${taken.data.id}`, headers: admin });
    expect(lead.data.cost).toBe(20);
  });
});
