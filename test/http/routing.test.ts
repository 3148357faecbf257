import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeDueLeads } from "../../src/services/unassigned.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { countBy, givenPlan, givenRecipient, winners } from "../support/routing.js";

describe.each(ENGINES)("routing at intake on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const post = async (intakeKey: string, n: number, overrides: Record<string, unknown> = {}) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await postLead(t, intakeKey, aLead(overrides)));
    return out;
  };

  it("hands leads out in turn with a direct plan and answers with the assignment made", async () => {
    const { category, source } = await givenIntake(t);
    for (const key of ["rr-a", "rr-b", "rr-c"].map((k) => `${k}-${category.key}`))
      await givenRecipient(t, { key, categories: [category.key] });
    const answers = await post(source.intakeKey, 9);
    expect(answers.every((a) => a.statusCode === 201 && a.data.status === "assigned")).toBe(true);
    expect(Object.values(countBy(winners(answers)))).toEqual([3, 3, 3]);
    expect(answers[0]!.data.assignments[0]).toMatchObject({
      status: "accepted",
      method: "round_robin",
      mode: "direct",
      planVersion: 2,
    });
  });

  it("records on the lead why each candidate was or was not chosen", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, {
      key: `iowa-${category.key}`,
      categories: [category.key],
      territory: { states: ["IA"] },
    });
    await givenRecipient(t, {
      key: `texas-${category.key}`,
      categories: [category.key],
      territory: { states: ["TX"] },
    });
    await givenRecipient(t, { key: `away-${category.key}`, categories: [category.key], status: "away" });
    const [answer] = await post(source.intakeKey, 1, { zip: "50309" });
    const lead = (await t.call({ method: "GET", url: `/api/v1/leads/${answer!.data.id}`, headers: admin }))
      .data;
    expect(lead.assignments).toHaveLength(1);
    const assignment = lead.assignments[0];
    expect(assignment.recipient).toBe(`iowa-${category.key}`);
    const candidates = assignment.trace.tiers[0].candidates;
    expect(candidates).toContainEqual(
      expect.objectContaining({ key: `iowa-${category.key}`, eligible: true, position: 1 }),
    );
    expect(candidates).toContainEqual(
      expect.objectContaining({ key: `away-${category.key}`, eligible: false, rule: "away" }),
    );
    const texas = candidates.find((c: { key: string }) => c.key === `texas-${category.key}`);
    // Texas is either pruned by the territory index or listed as out of territory: never eligible.
    if (texas) expect(texas).toMatchObject({ eligible: false, rule: "territory" });
    else expect(assignment.trace.prunedByIndex).toBeGreaterThanOrEqual(1);
  });

  it("routes by zip prefix and by radius around a zip", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, {
      key: `prefix-${category.key}`,
      categories: [category.key],
      territory: { zipPrefixes: ["021"] },
    });
    await givenRecipient(t, {
      key: `radius-${category.key}`,
      categories: [category.key],
      territory: { radius: { zip: "50309", miles: 50 } },
    });
    const [boston, ames, denver] = [
      ...(await post(source.intakeKey, 1, { zip: "02134" })),
      ...(await post(source.intakeKey, 1, { zip: "50010" })),
      ...(await post(source.intakeKey, 1, { zip: "80202" })),
    ];
    expect(winners([boston!, ames!, denver!])).toEqual([
      `prefix-${category.key}`,
      `radius-${category.key}`,
      null,
    ]);
    expect(denver!.data.status).toBe("unassigned");
  });

  it("gives an exclusive territory contract every lead of its territory before any tier runs", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, {
      key: `dealer-${category.key}`,
      kind: "partner",
      categories: [category.key],
      territory: { states: ["IA"] },
      exclusive: true,
    });
    await givenRecipient(t, { key: `agent-${category.key}`, categories: [category.key] });
    const iowa = await post(source.intakeKey, 3, { zip: "50309" });
    const texas = await post(source.intakeKey, 2, { zip: "75201" });
    expect(winners(iowa)).toEqual(Array(3).fill(`dealer-${category.key}`));
    expect(winners(texas)).toEqual(Array(2).fill(`agent-${category.key}`));
    expect(iowa[0]!.data.assignments[0].method).toBe("exclusive");
  });

  it("refuses a second exclusive contract that overlaps the first, naming both", async () => {
    const { category } = await givenIntake(t);
    await givenRecipient(t, {
      key: `ia-one-${category.key}`,
      kind: "partner",
      categories: [category.key],
      territory: { states: ["IA"] },
      exclusive: true,
    });
    const res = await t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: {
        key: `ia-two-${category.key}`,
        name: "Two",
        kind: "partner",
        categories: [category.key],
        territory: { zips: ["50309"] },
        exclusive: true,
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.data.error.message).toContain(`ia-one-${category.key}`);
    expect(res.data.error.message).toContain(`ia-two-${category.key}`);
    const list = await t.call({
      method: "GET",
      url: `/api/v1/recipients?category=${category.key}`,
      headers: admin,
    });
    expect(list.data.items).toHaveLength(1);
  });

  it("never exceeds a day cap; the overflow goes to the next in turn, then waits unassigned", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `capped-${category.key}`, categories: [category.key], caps: { day: 2 } });
    await givenRecipient(t, { key: `other-${category.key}`, categories: [category.key], caps: { day: 3 } });
    const answers = await post(source.intakeKey, 7);
    expect(countBy(winners(answers))).toEqual({
      [`capped-${category.key}`]: 2,
      [`other-${category.key}`]: 3,
      null: 2,
    });
  });

  it("routes a waiting lead as soon as a recipient becomes available", async () => {
    const { category, source } = await givenIntake(t);
    const key = `sleepy-${category.key}`;
    await givenRecipient(t, { key, categories: [category.key], status: "away" });
    const [waiting] = await post(source.intakeKey, 1);
    expect(waiting!.data.status).toBe("unassigned");
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${key}`,
      headers: admin,
      payload: { status: "available" },
    });
    expect(patched.statusCode).toBe(200);
    expect(await routeDueLeads(t.store, Date.now() + 1)).toBeGreaterThanOrEqual(1);
    const lead = (await t.call({ method: "GET", url: `/api/v1/leads/${waiting!.data.id}`, headers: admin }))
      .data;
    expect(lead.status).toBe("assigned");
    expect(lead.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([key]);
  });

  it("sends each lead down the waterfall: the first tier with someone eligible decides", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, {
      key: `gold-${category.key}`,
      categories: [category.key],
      tags: ["gold"],
      caps: { day: 1 },
    });
    await givenRecipient(t, { key: `rest-${category.key}`, categories: [category.key] });
    const plan = await givenPlan(t, category.key, [
      { select: { tags: ["gold"] }, method: "round_robin", mode: "direct" },
      { select: {}, method: "round_robin", mode: "direct" },
    ]);
    const answers = await post(source.intakeKey, 3);
    expect(winners(answers)).toEqual([
      `gold-${category.key}`,
      `rest-${category.key}`,
      `rest-${category.key}`,
    ]);
    expect(answers.map((a) => a.data.assignments[0].tier)).toEqual([0, 1, 1]);
    expect(answers[0]!.data.assignments[0].planVersion).toBe(plan.version);
  });

  it("shares leads by weight", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `heavy-${category.key}`, categories: [category.key], weight: 3 });
    await givenRecipient(t, { key: `light-${category.key}`, categories: [category.key], weight: 1 });
    await givenPlan(t, category.key, [{ select: {}, method: "weighted", mode: "direct" }]);
    expect(countBy(winners(await post(source.intakeKey, 8)))).toEqual({
      [`heavy-${category.key}`]: 6,
      [`light-${category.key}`]: 2,
    });
  });

  it("sells to the buyer with the best margin, priced by the lead's fields", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, {
      key: `flat-${category.key}`,
      kind: "buyer",
      categories: [category.key],
      price: 30,
    });
    await givenRecipient(t, {
      key: `picky-${category.key}`,
      kind: "buyer",
      categories: [category.key],
      price: { default: 20, rules: [{ when: [{ field: "creditScore", op: "gte", value: 700 }], price: 45 }] },
    });
    await givenPlan(t, category.key, [{ select: { kind: "buyer" }, method: "best_margin", mode: "direct" }]);
    const [good] = await post(source.intakeKey, 1, { creditScore: 750 });
    const [poor] = await post(source.intakeKey, 1, { creditScore: 600 });
    expect(good!.data.assignments[0]).toMatchObject({
      recipient: `picky-${category.key}`,
      price: 45,
      cost: 12.5,
      margin: 32.5,
    });
    expect(poor!.data.assignments[0]).toMatchObject({ recipient: `flat-${category.key}`, price: 30 });
  });

  it("shares a broadcast lead with up to maxRecipients buyers", async () => {
    const { category, source } = await givenIntake(t);
    for (const k of ["b1", "b2", "b3"])
      await givenRecipient(t, {
        key: `${k}-${category.key}`,
        kind: "buyer",
        categories: [category.key],
        price: 10,
      });
    await givenPlan(t, category.key, [
      { select: { kind: "buyer" }, method: "broadcast", mode: "direct", maxRecipients: 2 },
    ]);
    const [shared] = await post(source.intakeKey, 1);
    expect(shared!.data.assignments).toHaveLength(2);
    expect(new Set(shared!.data.assignments.map((a: { recipient: string }) => a.recipient)).size).toBe(2);
  });

  it("applies field filters and scores leads by the category's rules", async () => {
    const { category, source } = await givenIntake(t, {
      scoring: {
        rules: [{ when: [{ field: "creditScore", op: "gte", value: 700 }], points: 85 }],
        bands: [],
      },
    });
    await givenRecipient(t, {
      key: `hot-only-${category.key}`,
      categories: [category.key],
      filters: [{ field: "priority", op: "eq", value: "hot" }],
    });
    const [hot] = await post(source.intakeKey, 1, { creditScore: 720 });
    const [cold] = await post(source.intakeKey, 1, { creditScore: 500 });
    expect(hot!.data).toMatchObject({ score: 85, priority: "hot", status: "assigned" });
    expect(cold!.data).toMatchObject({ score: 0, priority: "cold", status: "unassigned" });
  });

  it("simulates a draft plan over stored leads without changing anything", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `sa-${category.key}`, categories: [category.key], weight: 1 });
    await givenRecipient(t, { key: `sb-${category.key}`, categories: [category.key], weight: 3 });
    await post(source.intakeKey, 8);
    const before = await t.call({
      method: "GET",
      url: `/api/v1/leads?category=${category.key}`,
      headers: admin,
    });
    const res = await t.call({
      method: "POST",
      url: `/api/v1/categories/${category.key}/plan/simulate`,
      headers: admin,
      payload: { plan: { tiers: [{ select: {}, method: "weighted", mode: "direct" }] } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ total: 8, assigned: 8, unassigned: 0 });
    expect(
      Object.fromEntries(
        res.data.recipients.map((r: { recipient: string; leads: number }) => [r.recipient, r.leads]),
      ),
    ).toEqual({
      [`sa-${category.key}`]: 2,
      [`sb-${category.key}`]: 6,
    });
    const after = await t.call({
      method: "GET",
      url: `/api/v1/leads?category=${category.key}`,
      headers: admin,
    });
    expect(after.body).toBe(before.body);
    const plan = await t.call({
      method: "GET",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: admin,
    });
    expect(plan.data.version).toBe(2);
  });

  it("lets an agent set itself away but not change its own caps or another agent", async () => {
    const { category } = await givenIntake(t);
    const key = `self-${category.key}`;
    await givenRecipient(t, { key, categories: [category.key] });
    await givenRecipient(t, { key: `peer-${category.key}`, categories: [category.key] });
    const user = await t.call({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: { email: `${key}@example.com`, name: "Self", role: "agent", recipient: key },
    });
    const me = { authorization: `Bearer ${user.data.token}` };
    const away = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${key}`,
      headers: me,
      payload: { status: "away" },
    });
    const caps = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${key}`,
      headers: me,
      payload: { caps: { day: 100 } },
    });
    const peer = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/peer-${category.key}`,
      headers: me,
      payload: { status: "away" },
    });
    expect([away.statusCode, caps.statusCode, peer.statusCode]).toEqual([200, 403, 404]);
    expect(away.data.status).toBe("away");
  });

  it("lets a manager reassign a lead by hand, closing the old assignment and saying who and why", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `first-${category.key}`, categories: [category.key] });
    await givenRecipient(t, { key: `second-${category.key}`, categories: [category.key], status: "away" });
    const [answer] = await post(source.intakeKey, 1);
    const res = await t.call({
      method: "POST",
      url: `/api/v1/leads/${answer!.data.id}/assign`,
      headers: admin,
      payload: { recipient: `second-${category.key}`, reason: "speaks Spanish" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      recipient: `second-${category.key}`,
      method: "manual",
      trace: { manual: true, reason: "speaks Spanish" },
    });
    const lead = (await t.call({ method: "GET", url: `/api/v1/leads/${answer!.data.id}`, headers: admin }))
      .data;
    expect(
      lead.assignments.map((a: { recipient: string; status: string }) => [a.recipient, a.status]),
    ).toEqual([
      [`first-${category.key}`, "reassigned"],
      [`second-${category.key}`, "accepted"],
    ]);
    const again = await t.call({
      method: "POST",
      url: `/api/v1/leads/${answer!.data.id}/assign`,
      headers: admin,
      payload: { recipient: `second-${category.key}` },
    });
    expect(again.statusCode).toBe(409);
  });

  it("scores leads from now on by rules set on the category", async () => {
    const { category, source } = await givenIntake(t);
    const res = await t.call({
      method: "PUT",
      url: `/api/v1/categories/${category.key}/scoring`,
      headers: admin,
      payload: {
        rules: [{ when: [{ field: "homeowner", op: "eq", value: true }], points: 50 }],
        bands: [
          { name: "hot", min: 50 },
          { name: "cold", min: 0 },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const [owner] = await post(source.intakeKey, 1, { homeowner: true });
    const [renter] = await post(source.intakeKey, 1, { homeowner: false });
    expect([owner!.data.priority, renter!.data.priority]).toEqual(["hot", "cold"]);
  });

  it("offers a new category's leads to its agents first and then to the pool, by default", async () => {
    const created = await t.call({
      method: "POST",
      url: "/api/v1/categories",
      headers: admin,
      payload: { key: `fresh-${Date.now()}`, name: "Fresh" },
    });
    const category = created.data.key as string;
    const plan = await t.call({ method: "GET", url: `/api/v1/categories/${category}/plan`, headers: admin });
    expect(plan.data).toMatchObject({
      version: 1,
      tiers: [
        { select: { kind: "agent" }, method: "round_robin", mode: "push", attempts: 3 },
        { select: {}, method: "round_robin", mode: "pull" },
      ],
    });
    const source = await t.call({
      method: "POST",
      url: "/api/v1/sources",
      headers: admin,
      payload: { key: `${category}-src`, name: "S", category },
    });
    await givenRecipient(t, { key: `agent-${category}`, categories: [category] });
    await givenRecipient(t, { key: `dealer-${category}`, kind: "partner", categories: [category] });
    const offered = await postLead(t, source.data.intakeKey, { email: `first@${category}.example.com` });
    expect(offered.data.assignments[0]).toMatchObject({ recipient: `agent-${category}`, status: "offered" });
  });

  it("keeps a receiver's delivery credentials but never shows them again", async () => {
    const { category } = await givenIntake(t);
    const created = await givenRecipient(t, {
      key: `secret-${category.key}`,
      kind: "buyer",
      categories: [category.key],
      delivery: {
        channel: "http",
        url: "http://127.0.0.1:9/leads",
        auth: { type: "bearer", token: "s3cr3t-token" },
      },
    });
    expect(JSON.stringify(created)).not.toContain("s3cr3t-token");
    expect(created.delivery.auth).toEqual({ type: "bearer", redacted: true });
    const renamed = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/secret-${category.key}`,
      headers: admin,
      payload: { name: "Renamed" },
    });
    expect(renamed.body).not.toContain("s3cr3t-token");
    const row = await t.store.db
      .selectFrom("recipients")
      .select("config")
      .where("key", "=", `secret-${category.key}`)
      .executeTakeFirstOrThrow();
    expect(row.config).toContain("s3cr3t-token");
  });
});
