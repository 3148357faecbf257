import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

const retire = (t: TestApp, key: string, headers = admin) =>
  t.call({ method: "POST", url: `/api/v1/recipients/${key}/retire`, headers });

const leadOf = async (t: TestApp, id: string) =>
  (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;

describe.each(ENGINES)("retiring a recipient on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("withdraws its open offer and passes the lead on, and routes it nothing more", async () => {
    const { category, source } = await givenIntake(t);
    const [a, b] = [`ra-${category.key}`, `rb-${category.key}`];
    for (const key of [a, b]) await givenRecipient(t, { key, categories: [category.key] });
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 600 }]);
    const first = await postLead(t, source.intakeKey, aLead());
    const offeredTo = first.data.assignments[0].recipient as string;
    const other = offeredTo === a ? b : a;

    const retired = await retire(t, offeredTo);
    expect(retired.statusCode).toBe(200);
    expect(retired.data).toMatchObject({ key: offeredTo, status: "retired" });
    const stored = await leadOf(t, first.data.id);
    expect(
      stored.assignments.map((x: { status: string; recipient: string }) => [x.recipient, x.status]),
    ).toEqual([
      [offeredTo, "withdrawn"],
      [other, "offered"],
    ]);
    for (let i = 0; i < 3; i++) {
      const next = await postLead(t, source.intakeKey, aLead());
      expect(next.data.assignments.map((x: { recipient: string }) => x.recipient)).toEqual([other]);
    }
  });

  it("takes it out of every pool it was posted to, and its user sees and claims nothing", async () => {
    const { category, source } = await givenIntake(t);
    const [a, b] = [`pa-${category.key}`, `pb-${category.key}`];
    for (const key of [a, b]) await givenRecipient(t, { key, categories: [category.key] });
    const user = await givenUser(t, "agent", a);
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }]);
    const pooled = await postLead(t, source.intakeKey, aLead());
    const pool = () => t.call({ method: "GET", url: "/api/v1/pool", headers: user.headers });
    expect((await pool()).data.items).toHaveLength(1);
    expect((await retire(t, a)).statusCode).toBe(200);
    expect((await pool()).data.items).toEqual([]);
    const claim = await t.call({
      method: "POST",
      url: `/api/v1/pool/${pooled.data.id}/claim`,
      headers: user.headers,
    });
    expect(claim.statusCode).toBeGreaterThanOrEqual(400);
    expect(claim.statusCode).toBeLessThan(500);
    expect((await leadOf(t, pooled.data.id)).status).toBe("pooled");
  });

  it("keeps its history and stays readable, refuses changes, and leaves an audit entry", async () => {
    const { category, source } = await givenIntake(t);
    const key = `keep-${category.key}`;
    await givenRecipient(t, { key, categories: [category.key] });
    const held = await postLead(t, source.intakeKey, aLead());
    expect(held.data.assignments[0].recipient).toBe(key);
    const user = await givenUser(t, "agent", key);
    const manager = await givenUser(t, "manager");

    expect((await retire(t, key, user.headers)).statusCode).toBe(403);
    expect((await retire(t, key, manager.headers)).statusCode).toBe(200);
    const read = await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin });
    expect(read.data).toMatchObject({ key, status: "retired", categories: [category.key] });
    expect((await leadOf(t, held.data.id)).assignments[0]).toMatchObject({
      recipient: key,
      status: "accepted",
    });
    const mine = await t.call({ method: "GET", url: "/api/v1/my/leads", headers: user.headers });
    expect(mine.data.items.map((l: { id: string }) => l.id)).toEqual([held.data.id]);

    const patch = (headers: { authorization: string }) =>
      t.call({
        method: "PATCH",
        url: `/api/v1/recipients/${key}`,
        headers,
        payload: { status: "available" },
      });
    expect((await patch(admin)).statusCode).toBe(409);
    expect((await patch(user.headers)).statusCode).toBe(409);
    expect((await retire(t, key)).statusCode).toBe(409);
    expect((await retire(t, "no-such-recipient")).statusCode).toBe(404);

    const audit = await t.call({
      method: "GET",
      url: "/api/v1/audit",
      headers: admin,
      query: { entity: "recipient", key },
    });
    expect(audit.data.items[0]).toMatchObject({
      actor: manager.id,
      action: "retire",
      before: { status: "available" },
      after: { status: "retired" },
    });
  });

  it("no longer holds an exclusive territory, neither its leads nor against a new recipient", async () => {
    const { category, source } = await givenIntake(t);
    const body = (key: string) => ({
      key,
      categories: [category.key],
      exclusive: true,
      territory: { states: ["IA"] },
    });
    const [old, plain] = [`old-${category.key}`, `plain-${category.key}`];
    await givenRecipient(t, body(old));
    await givenRecipient(t, { key: plain, categories: [category.key] });
    const inIowa = aLead({ zip: "50309" });
    expect((await postLead(t, source.intakeKey, inIowa)).data.assignments[0].recipient).toBe(old);
    const clash = await t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: { name: "N", kind: "agent", ...body(`new-${category.key}`) },
    });
    expect(clash.statusCode).toBe(409);

    expect((await retire(t, old)).statusCode).toBe(200);
    const after = await postLead(t, source.intakeKey, aLead({ zip: "50309" }));
    expect(after.data.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([plain]);
    await givenRecipient(t, body(`new-${category.key}`));
  });
});
