import { describe, expect, it } from "vitest";
import { expireDueOffers } from "../../src/services/offers.js";
import { expireDuePools } from "../../src/services/pool.js";
import { routeDueLeads } from "../../src/services/unassigned.js";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import { admin, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient, openLeadsOf } from "../support/routing.js";

describe.each(ENGINES)("timers handling their due rows in batches on %s", (engine) => {
  const t = suiteTestApp(engine);

  const lead = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;
  const types = (l: { events: { type: string }[] }) => l.events.map((e) => e.type);

  /**
   * `count` leads offered to one agent, once, for 30 s, then to the spare agents (`givenSpares`):
   * `count` offers to the first agent are out.
   */
  const givenOffersToOneAgent = async (count: number) => {
    const { first, spares, intakeKey } = await givenSpares({
      select: { keys: ["first"] },
      method: "round_robin",
      mode: "push",
      slaSeconds: 30,
      attempts: 1,
    });
    const leads: string[] = [];
    for (let i = 0; i < count; i++) {
      const answer = await postLead(t, intakeKey, aLead());
      expect(answer.data.assignments[0].recipient).toBe(first);
      leads.push(answer.data.id as string);
    }
    return { first, spares, leads };
  };

  /**
   * A category whose first tier is `tier` (its `keys` naming "first" select the agent `first`),
   * and whose second tier offers a lead to one of two spare agents with a day cap of one lead
   * each, who get offer notices, for an hour.
   */
  const givenSpares = async (tier: Record<string, unknown>) => {
    const { category, source } = await givenIntake(t);
    const first = `first-${category.key}`;
    const spares = [`spare1-${category.key}`, `spare2-${category.key}`];
    await givenRecipient(t, { key: first, categories: [category.key] });
    for (const key of spares)
      await givenRecipient(t, {
        key,
        categories: [category.key],
        caps: { day: 1 },
        delivery: { channel: "http", url: "http://127.0.0.1:9/offers" },
      });
    await givenPlan(t, category.key, [
      { ...tier, select: { keys: [first] } },
      { select: { keys: spares }, method: "round_robin", mode: "push", slaSeconds: 3600, attempts: 1 },
    ]);
    return { first, spares, intakeKey: source.intakeKey };
  };

  const dayCount = async (recipient: string) =>
    (
      await t.store.db
        .selectFrom("recipient_counters")
        .select("assignments")
        .where("recipient", "=", recipient)
        .where("window", "like", "____-__-__")
        .execute()
    ).reduce((n, r) => n + Number(r.assignments), 0);
  const openLeads = (recipient: string) => openLeadsOf(t, recipient);

  it("expires many due offers of a category in one tick, gives every cap back and offers each lead onward no further than the caps allow", async () => {
    const { first, spares, leads } = await givenOffersToOneAgent(6);
    expect(await dayCount(first)).toBe(6);
    expect(await expireDueOffers(t.store, Date.now() + 31_000)).toBe(6);
    expect(await expireDueOffers(t.store, Date.now() + 31_000)).toBe(0);

    // The first agent has every lead back; each spare agent was offered one lead, its cap.
    expect(await dayCount(first)).toBe(0);
    expect(await openLeads(first)).toBe(0);
    for (const spare of spares) {
      expect(await dayCount(spare)).toBe(1);
      expect(await openLeads(spare)).toBe(1);
    }
    const stored = await Promise.all(leads.map(lead));
    const offeredOn = stored.filter((l) => l.status === "offered");
    expect(offeredOn.map((l) => l.assignments[1].recipient).sort()).toEqual([...spares].sort());
    for (const l of offeredOn) {
      expect(types(l)).toEqual(["received", "offered", "expired", "offered"]);
      expect(l.assignments.map((a: { status: string; tier: number }) => [a.status, a.tier])).toEqual([
        ["expired", 0],
        ["offered", 1],
      ]);
      const expired = l.events.find((e: { type: string }) => e.type === "expired");
      expect(expired).toMatchObject({ actor: "scheduler", data: { recipient: first, sla: 30 } });
      const notices = await deliveriesOfLead(t.store.db, l.id);
      expect(notices).toEqual([
        expect.objectContaining({ kind: "offer", assignmentId: l.assignments[1].id, status: "pending" }),
      ]);
    }
    const waiting = stored.filter((l) => l.status !== "offered");
    expect(waiting).toHaveLength(4);
    for (const l of waiting) {
      expect(l.status).toBe("unassigned");
      expect(types(l)).toEqual(["received", "offered", "expired", "unassigned"]);
    }
  });

  it("expires the other offers of a batch when one of them cannot be, and reports that one until it can", async () => {
    const { leads } = await givenOffersToOneAgent(4);
    const [broken, ...others] = leads;
    await t.store.db.updateTable("leads").set({ fields: "not json" }).where("id", "=", broken!).execute();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);

    expect(await expireDueOffers(t.store, Date.now() + 31_000, { onError })).toBe(3);
    expect(errors).toHaveLength(1);
    for (const id of others) expect((await lead(id)).assignments[0].status).toBe("expired");
    const offerOf = async (id: string) =>
      t.store.db.selectFrom("assignments").select("status").where("lead_id", "=", id).execute();
    expect(await offerOf(broken!)).toEqual([{ status: "offered" }]);

    expect(await expireDueOffers(t.store, Date.now() + 31_000, { onError })).toBe(0);
    expect(errors).toHaveLength(2);

    await t.store.db.updateTable("leads").set({ fields: "{}" }).where("id", "=", broken!).execute();
    expect(await expireDueOffers(t.store, Date.now() + 31_000, { onError })).toBe(1);
    expect(errors).toHaveLength(2);
    expect(types(await lead(broken!))).toEqual(["received", "offered", "expired", "unassigned"]);
  });

  it("throws the error of an offer that cannot be expired when nobody is told of it, once the others expired", async () => {
    const { leads } = await givenOffersToOneAgent(2);
    await t.store.db.updateTable("leads").set({ fields: "not json" }).where("id", "=", leads[0]!).execute();
    await expect(expireDueOffers(t.store, Date.now() + 31_000)).rejects.toThrow(SyntaxError);
    expect((await lead(leads[1]!)).assignments[0].status).toBe("expired");
  });

  it("moves a batch of pooled leads whose pool time is over to the next tier in one tick, no further than the caps allow", async () => {
    const { spares, intakeKey } = await givenSpares({ method: "round_robin", mode: "pull", poolSeconds: 60 });
    const leads: string[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await postLead(t, intakeKey, aLead());
      expect(answer.data.status).toBe("pooled");
      leads.push(answer.data.id as string);
    }
    expect(await expireDuePools(t.store, Date.now() + 61_000)).toBe(4);
    expect(await expireDuePools(t.store, Date.now() + 61_000)).toBe(0);
    const stored = await Promise.all(leads.map(lead));
    const offeredOn = stored.filter((l) => l.status === "offered");
    expect(offeredOn.map((l) => l.assignments[0].recipient).sort()).toEqual([...spares].sort());
    for (const l of offeredOn) expect(types(l)).toEqual(["received", "pooled", "pool_expired", "offered"]);
    for (const l of stored.filter((x) => x.status !== "offered"))
      expect(types(l)).toEqual(["received", "pooled", "pool_expired", "unassigned"]);
    for (const spare of spares) expect(await dayCount(spare)).toBe(1);
  });

  it("routes a batch of waiting leads in one tick once recipients come back, no further than their caps allow", async () => {
    const { category, source } = await givenIntake(t);
    const agents = [`back1-${category.key}`, `back2-${category.key}`];
    for (const key of agents)
      await givenRecipient(t, { key, categories: [category.key], caps: { day: 1 }, status: "away" });
    const leads: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await postLead(t, source.intakeKey, aLead());
      expect(answer.data.status).toBe("unassigned");
      leads.push(answer.data.id as string);
    }
    for (const key of agents)
      await t.call({
        method: "PATCH",
        url: `/api/v1/recipients/${key}`,
        headers: admin,
        payload: { status: "available" },
      });
    expect(await routeDueLeads(t.store, Date.now() + 1)).toBeGreaterThanOrEqual(2);
    const stored = await Promise.all(leads.map(lead));
    const assigned = stored.filter((l) => l.status === "assigned");
    expect(assigned.map((l) => l.assignments[0].recipient).sort()).toEqual([...agents].sort());
    for (const l of assigned) expect(types(l)).toEqual(["received", "unassigned", "assigned"]);
    // The others wait for tomorrow's caps, without another "unassigned" on their timelines.
    const waiting = stored.filter((l) => l.status !== "assigned");
    expect(waiting).toHaveLength(3);
    for (const l of waiting) expect(types(l)).toEqual(["received", "unassigned"]);
    const retries = await t.store.db
      .selectFrom("leads")
      .select("retry_at")
      .where(
        "id",
        "in",
        waiting.map((l) => l.id),
      )
      .execute();
    for (const r of retries) expect(Number(r.retry_at)).toBeGreaterThan(Date.now());
    for (const key of agents) expect(await dayCount(key)).toBe(1);
  });
});
