import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireDueOffers } from "../../src/services/offers.js";
import { recordBehavior } from "../../src/services/behavior.js";
import { expireDuePools } from "../../src/services/pool.js";
import { startScheduler } from "../../src/services/scheduler.js";
import { recomputeDueBands } from "../../src/services/score-bands.js";
import { routeDueLeads } from "../../src/services/unassigned.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";
import { ADMIN, LOW_BANDS_SCORING } from "../support/work.js";

describe.each(ENGINES)("push offers and the pull pool on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** Agents with a user each; returns their bearer headers by key. */
  const givenAgents = async (category: string, keys: string[], extra: Record<string, unknown> = {}) => {
    const headers: Record<string, { authorization: string }> = {};
    for (const key of keys) {
      await givenRecipient(t, { key, categories: [category], ...extra });
      const user = await t.call({
        method: "POST",
        url: "/api/v1/users",
        headers: admin,
        payload: { email: `${key}@example.com`, name: key, role: "agent", recipient: key },
      });
      headers[key] = { authorization: `Bearer ${user.data.token}` };
    }
    return headers;
  };
  const lead = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;
  const types = (l: { events: { type: string }[] }) => l.events.map((e) => e.type);

  it("offers a lead to one agent, who accepts it within the SLA", async () => {
    const { category, source } = await givenIntake(t);
    const [a, b] = [`a-${category.key}`, `b-${category.key}`];
    const agents = await givenAgents(category.key, [a, b]);
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 60, attempts: 2 },
    ]);
    const answer = await postLead(t, source.intakeKey, aLead());
    expect(answer.data.status).toBe("offered");
    const offer = answer.data.assignments[0];
    expect(offer).toMatchObject({ status: "offered", mode: "push" });
    expect(Date.parse(offer.expiresAt) - Date.parse(offer.createdAt)).toBe(60_000);
    const other = offer.recipient === a ? b : a;
    const stranger = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/accept`,
      headers: agents[other],
    });
    expect(stranger.statusCode).toBe(404);
    const accepted = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/accept`,
      headers: agents[offer.recipient],
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.data.status).toBe("accepted");
    const again = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/accept`,
      headers: agents[offer.recipient],
    });
    expect(again.statusCode).toBe(409);
    const stored = await lead(answer.data.id);
    expect(stored).toMatchObject({ status: "assigned", stage: "assigned" });
    expect(types(stored)).toEqual(["received", "offered", "accepted"]);
  });

  it("offers the lead to the next agent when one rejects, then to the next tier after the attempts", async () => {
    const { category, source } = await givenIntake(t);
    const keys = [`r1-${category.key}`, `r2-${category.key}`];
    const agents = await givenAgents(category.key, keys);
    await givenRecipient(t, { key: `buyer-${category.key}`, kind: "buyer", categories: [category.key] });
    await givenPlan(t, category.key, [
      { select: { kind: "agent" }, method: "round_robin", mode: "push", slaSeconds: 60, attempts: 2 },
      { select: { kind: "buyer" }, method: "round_robin", mode: "direct" },
    ]);
    const answer = await postLead(t, source.intakeKey, aLead());
    const first = answer.data.assignments[0];
    const rejected = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${first.id}/reject`,
      headers: agents[first.recipient],
      payload: { reason: "not my area" },
    });
    expect(rejected.data).toMatchObject({ status: "rejected" });
    const afterOne = await lead(answer.data.id);
    const second = afterOne.assignments.find((x: { status: string }) => x.status === "offered");
    expect(second.recipient).not.toBe(first.recipient);
    const secondReject = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${second.id}/reject`,
      headers: agents[second.recipient],
    });
    expect(secondReject.statusCode, secondReject.body).toBe(200);
    const done = await lead(answer.data.id);
    expect(done.status).toBe("assigned");
    expect(
      done.assignments.map((x: { recipient: string; status: string }) => [x.recipient, x.status]),
    ).toEqual([
      [first.recipient, "rejected"],
      [second.recipient, "rejected"],
      [`buyer-${category.key}`, "accepted"],
    ]);
    expect(types(done)).toEqual(["received", "offered", "rejected", "offered", "rejected", "assigned"]);
  });

  it("expires an unanswered offer once its SLA is over, offers it onward, and gives the cap back", async () => {
    const { category, source } = await givenIntake(t);
    const keys = [`e1-${category.key}`, `e2-${category.key}`];
    const agents = await givenAgents(category.key, keys, { caps: { day: 1 } });
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 30, attempts: 3 },
    ]);
    const answer = await postLead(t, source.intakeKey, aLead());
    const first = answer.data.assignments[0];
    expect(await expireDueOffers(t.store, Date.now() + 29_000)).toBe(0);
    expect(await expireDueOffers(t.store, Date.now() + 31_000)).toBe(1);
    expect(await expireDueOffers(t.store, Date.now() + 31_000)).toBe(0);
    const late = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${first.id}/accept`,
      headers: agents[first.recipient],
    });
    expect(late.statusCode).toBe(409);
    const stored = await lead(answer.data.id);
    expect(stored.assignments.map((x: { status: string }) => x.status)).toEqual(["expired", "offered"]);
    // The expired offer gave its day cap back: the first agent can be offered a new lead today.
    const next = await postLead(t, source.intakeKey, aLead());
    expect(next.data.assignments[0].recipient).toBe(first.recipient);
  });

  it("expires offers on time with the scheduler running", async () => {
    const { category, source } = await givenIntake(t);
    await givenAgents(category.key, [`c1-${category.key}`, `c2-${category.key}`]);
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 1, attempts: 2 },
    ]);
    const answer = await postLead(t, source.intakeKey, aLead());
    // The scheduler's clock starts when the first offer is made and ticks every 100 ms.
    const clock = aClock(Date.parse(answer.data.assignments[0].expiresAt) - 1000);
    const scheduler = startScheduler(
      t.store,
      (e) => {
        throw e;
      },
      { clock, intervalMs: 100 },
    );
    try {
      await clock.advance(2600);
      const stored = await lead(answer.data.id);
      expect(stored.assignments.map((x: { status: string }) => x.status)).toEqual(["expired", "expired"]);
      const expiredAt = stored.events
        .filter((e: { type: string }) => e.type === "expired")
        .map((e: { at: string }) => Date.parse(e.at));
      const dueAt = stored.assignments.map((x: { expiresAt: string }) => Date.parse(x.expiresAt));
      // Each offer expires at the first tick at or after its SLA ran out.
      expiredAt.forEach((at: number, i: number) => {
        expect(at).toBeGreaterThanOrEqual(dueAt[i]);
        expect(at - dueAt[i]).toBeLessThan(100);
      });
      expect(stored.status).toBe("unassigned");
    } finally {
      await scheduler.stop();
    }
  });

  it("withdraws an agent's open offer the moment it goes away and offers the lead to another", async () => {
    const { category, source } = await givenIntake(t);
    const agents = await givenAgents(category.key, [`w1-${category.key}`, `w2-${category.key}`]);
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 600 }]);
    const answer = await postLead(t, source.intakeKey, aLead());
    const first = answer.data.assignments[0];
    const away = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${first.recipient}`,
      headers: agents[first.recipient],
      payload: { status: "away" },
    });
    expect(away.statusCode).toBe(200);
    const stored = await lead(answer.data.id);
    expect(stored.assignments.map((x: { status: string }) => x.status)).toEqual(["withdrawn", "offered"]);
    expect(stored.assignments[1].recipient).not.toBe(first.recipient);
  });

  it("keeps why an agent went away while it is away, shows it to staff, and forgets it when it is back", async () => {
    const { category } = await givenIntake(t);
    const key = `r1-${category.key}`;
    const agents = await givenAgents(category.key, [key]);
    const patch = (payload: Record<string, unknown>) =>
      t.call({ method: "PATCH", url: `/api/v1/recipients/${key}`, headers: agents[key], payload });
    const view = async () =>
      (await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin })).data;

    expect((await patch({ status: "away", awayReason: "lunch" })).statusCode).toBe(200);
    expect(await view()).toMatchObject({ status: "away", awayReason: "lunch" });
    const refused = await patch({ status: "away", awayReason: "nap" });
    expect(refused.statusCode).toBe(422);
    expect(await view()).toMatchObject({ status: "away", awayReason: "lunch" });
    expect((await patch({ status: "available" })).statusCode).toBe(200);
    expect(await view()).toMatchObject({ status: "available", awayReason: null });
  });

  it("posts a lead to the pool where only eligible agents see it, and the first claim wins", async () => {
    const { category, source } = await givenIntake(t);
    const agents = await givenAgents(category.key, [`p1-${category.key}`, `p2-${category.key}`], {
      territory: { states: ["IA"] },
    });
    const outsider = await givenAgents(category.key, [`p3-${category.key}`], {
      territory: { states: ["TX"] },
    });
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }]);
    const cold = await postLead(t, source.intakeKey, aLead({ creditScore: 500 }));
    const older = await postLead(t, source.intakeKey, aLead());
    expect(cold.data.status).toBe("pooled");
    const [p1, p2] = Object.values(agents);
    const seen = await t.call({ method: "GET", url: "/api/v1/pool", headers: p1 });
    expect(seen.data.items.map((i: { id: string }) => i.id)).toEqual([cold.data.id, older.data.id]);
    expect(seen.data.items[0].email).toBeUndefined();
    const texan = await t.call({ method: "GET", url: "/api/v1/pool", headers: Object.values(outsider)[0] });
    expect(texan.data.items).toEqual([]);
    const staff = await t.call({ method: "GET", url: "/api/v1/pool", headers: admin });
    expect(staff.statusCode).toBe(403);
    const claim = await t.call({ method: "POST", url: `/api/v1/pool/${cold.data.id}/claim`, headers: p2 });
    expect(claim.data).toMatchObject({ status: "claimed", recipient: `p2-${category.key}` });
    const late = await t.call({ method: "POST", url: `/api/v1/pool/${cold.data.id}/claim`, headers: p1 });
    expect(late.statusCode).toBe(409);
    const after = await t.call({ method: "GET", url: "/api/v1/pool", headers: p1 });
    expect(after.data.items.map((i: { id: string }) => i.id)).toEqual([older.data.id]);
    expect((await lead(cold.data.id)).stage).toBe("assigned");
  });

  it("offers the pool by the band each lead's score has now, ranked among its own category's bands", async () => {
    // Category A bands low scores gold (20+) and hot (10+); category B keeps hot 80+, warm 40+.
    const a = await givenIntake(t);
    const b = await givenIntake(t);
    const put = (category: string, what: string, payload: Record<string, unknown>) =>
      t.call({ method: "PUT", url: `/api/v1/categories/${category}/${what}`, headers: admin, payload });
    await put(a.category.key, "scoring", LOW_BANDS_SCORING);
    await put(a.category.key, "behavior", { rules: [{ event: "form_fill", points: 20, halfLifeDays: 1 }] });
    await put(b.category.key, "scoring", {
      rules: [
        { when: [{ field: "creditScore", op: "gte", value: 700 }], points: 35 },
        { when: [{ field: "creditScore", op: "gte", value: 600 }], points: 50 },
      ],
      bands: [],
    });
    const key = `banded-${a.category.key}`;
    await givenRecipient(t, { key, categories: [a.category.key, b.category.key] });
    const user = await t.call({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: { email: `${key}@example.com`, name: key, role: "agent", recipient: key },
    });
    const agent = { authorization: `Bearer ${user.data.token}` };
    for (const c of [a, b])
      await givenPlan(t, c.category.key, [
        { select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 },
      ]);
    const pooled = async (intakeKey: string, creditScore: number) => {
      const res = await postLead(t, intakeKey, aLead({ creditScore }));
      expect(res.data.status).toBe("pooled");
      return res.data.id as string;
    };
    const aGold = await pooled(a.source.intakeKey, 720); // 25, gold: A's first band
    const bWarm = await pooled(b.source.intakeKey, 650); // 50, warm: B's second band
    const aHot = await pooled(a.source.intakeKey, 650); // 15, hot: A's second band
    const bHot = await pooled(b.source.intakeKey, 720); // 85, hot: B's first band
    const pool = async () =>
      (await t.call({ method: "GET", url: "/api/v1/pool", headers: agent })).data.items.map(
        (i: { id: string; priority: string }) => [i.id, i.priority],
      );
    expect(await pool()).toEqual([
      [bHot, "hot"],
      [aGold, "gold"],
      [bWarm, "warm"],
      [aHot, "hot"],
    ]);

    // A form fill warms A's hot lead into gold; a week on, the band timer cools it back.
    const t0 = Date.now();
    await recordBehavior(t.store, aHot, { type: "form_fill" }, ADMIN, t0);
    expect(await pool()).toEqual([
      [bHot, "hot"],
      [aHot, "gold"],
      [aGold, "gold"],
      [bWarm, "warm"],
    ]);
    await recomputeDueBands(t.store, t0 + 7 * 86_400_000);
    expect(await pool()).toEqual([
      [bHot, "hot"],
      [aGold, "gold"],
      [bWarm, "warm"],
      [aHot, "hot"],
    ]);
  });

  it("takes a pooled lead out of every pool when a manager assigns it by hand", async () => {
    const { category, source } = await givenIntake(t);
    const agents = await givenAgents(category.key, [`h1-${category.key}`, `h2-${category.key}`]);
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }]);
    const pooled = await postLead(t, source.intakeKey, aLead());
    expect(pooled.data.status).toBe("pooled");
    const [h1, h2] = Object.values(agents);
    const assigned = await t.call({
      method: "POST",
      url: `/api/v1/leads/${pooled.data.id}/assign`,
      headers: admin,
      payload: { recipient: `h1-${category.key}`, reason: "asked for by name" },
    });
    expect(assigned.statusCode).toBe(200);

    for (const headers of [h1, h2])
      expect((await t.call({ method: "GET", url: "/api/v1/pool", headers })).data.items).toEqual([]);
    const claim = await t.call({ method: "POST", url: `/api/v1/pool/${pooled.data.id}/claim`, headers: h2 });
    expect(claim.statusCode).toBe(409);
    const postings = await t.store.db
      .selectFrom("pool_recipients")
      .select("recipient")
      .where("lead_id", "=", pooled.data.id)
      .execute();
    expect(postings).toEqual([]);
  });

  it("lets exactly one of 50 simultaneous claims win", async () => {
    const { category, source } = await givenIntake(t);
    const keys = Array.from({ length: 50 }, (_, i) => `race${i}-${category.key}`);
    const agents = await givenAgents(category.key, keys);
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "pull" }]);
    const pooled = await postLead(t, source.intakeKey, aLead());
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const answers = await Promise.all(
      keys.map((k) =>
        fetch(`${address}/api/v1/pool/${pooled.data.id}/claim`, { method: "POST", headers: agents[k] }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(answers.filter((s) => s === 200)).toHaveLength(1);
    expect(answers.filter((s) => s === 409)).toHaveLength(49);
    const rows = await t.store.db
      .selectFrom("assignments")
      .selectAll()
      .where("lead_id", "=", pooled.data.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("moves a pooled lead nobody claimed to the next tier when its pool time is over", async () => {
    const { category, source } = await givenIntake(t);
    await givenAgents(category.key, [`pa-${category.key}`]);
    await givenRecipient(t, { key: `fallback-${category.key}`, kind: "buyer", categories: [category.key] });
    await givenPlan(t, category.key, [
      { select: { kind: "agent" }, method: "round_robin", mode: "pull", poolSeconds: 60 },
      { select: { kind: "buyer" }, method: "round_robin", mode: "direct" },
    ]);
    const pooled = await postLead(t, source.intakeKey, aLead());
    expect(await expireDuePools(t.store, Date.now() + 59_000)).toBe(0);
    expect(await expireDuePools(t.store, Date.now() + 61_000)).toBe(1);
    const stored = await lead(pooled.data.id);
    expect(stored.status).toBe("assigned");
    expect(stored.assignments.map((x: { recipient: string }) => x.recipient)).toEqual([
      `fallback-${category.key}`,
    ]);
    expect(types(stored)).toEqual(["received", "pooled", "pool_expired", "assigned"]);
  });

  /** Two partners with a user each, a plan that offers to them in turn and then pools for them, and a lead. */
  const givenPushThenPull = async (prefix: string) => {
    const { category, source } = await givenIntake(t);
    const keys = [`${prefix}1-${category.key}`, `${prefix}2-${category.key}`];
    const partners: Record<string, { authorization: string }> = {};
    for (const key of keys) {
      await givenRecipient(t, { key, kind: "partner", categories: [category.key] });
      partners[key] = (await givenUser(t, "partner", key)).headers;
    }
    await givenPlan(t, category.key, [
      { select: { kind: "partner" }, method: "round_robin", mode: "push", slaSeconds: 60 },
      { select: { kind: "partner" }, method: "round_robin", mode: "pull", poolSeconds: 3600 },
    ]);
    const answer = await postLead(t, source.intakeKey, aLead());
    return { keys, partners, answer };
  };

  it("pools a lead for the partners whose offers of it ran out, when the plan pulls after it pushes", async () => {
    const { keys, partners, answer } = await givenPushThenPull("x");
    expect(answer.data.status).toBe("offered");
    const start = Date.now();
    // Other tests' offers in this app may expire too: only this lead's are checked.
    await expireDueOffers(t.store, start + 61_000);
    await expireDueOffers(t.store, start + 122_000);

    const stored = await lead(answer.data.id);
    expect(stored.status).toBe("pooled");
    expect(stored.assignments.map((x: { status: string }) => x.status)).toEqual(["expired", "expired"]);
    expect(types(stored)).toEqual(["received", "offered", "expired", "offered", "expired", "pooled"]);
    for (const key of keys) {
      const pool = await t.call({ method: "GET", url: "/api/v1/pool", headers: partners[key] });
      expect(pool.data.items.map((i: { id: string }) => i.id)).toEqual([answer.data.id]);
    }
    const claim = await t.call({
      method: "POST",
      url: `/api/v1/pool/${answer.data.id}/claim`,
      headers: partners[keys[1]!],
    });
    expect(claim.statusCode).toBe(200);
    expect((await lead(answer.data.id)).status).toBe("assigned");
  });

  it("never pools a lead for a partner who rejected its offer", async () => {
    const { keys, partners, answer } = await givenPushThenPull("y");
    const first = answer.data.assignments[0];
    const rejected = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${first.id}/reject`,
      headers: partners[first.recipient],
      payload: { reason: "not ours" },
    });
    expect(rejected.statusCode).toBe(200);
    await expireDueOffers(t.store, Date.now() + 61_000);
    const stored = await lead(answer.data.id);
    expect(stored.status).toBe("pooled");
    const other = keys.find((k) => k !== first.recipient)!;
    const pools = async (key: string) =>
      (await t.call({ method: "GET", url: "/api/v1/pool", headers: partners[key] })).data.items.map(
        (i: { id: string }) => i.id,
      );
    expect(await pools(other)).toEqual([answer.data.id]);
    expect(await pools(first.recipient)).toEqual([]);
  });

  it("does not offer a waiting lead again to the agent who rejected it", async () => {
    const { category, source } = await givenIntake(t);
    const agents = await givenAgents(category.key, [`no-${category.key}`]);
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 60, attempts: 1 },
    ]);
    const answer = await postLead(t, source.intakeKey, aLead());
    const offer = answer.data.assignments[0];
    await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/reject`,
      headers: agents[`no-${category.key}`],
      payload: { reason: "no" },
    });
    expect((await lead(answer.data.id)).status).toBe("unassigned");
    await givenRecipient(t, { key: `yes-${category.key}`, categories: [category.key] });
    await routeDueLeads(t.store, Date.now() + 1);
    const stored = await lead(answer.data.id);
    expect(
      stored.assignments.map((x: { recipient: string; status: string }) => [x.recipient, x.status]),
    ).toEqual([
      [`no-${category.key}`, "rejected"],
      [`yes-${category.key}`, "offered"],
    ]);
  });
});
