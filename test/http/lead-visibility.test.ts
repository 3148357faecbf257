import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireDueOffers } from "../../src/services/offers.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser, type GivenUser } from "../support/users.js";
import { as } from "../support/work.js";

const CONTACT = ["email", "phone", "lastName", "address"] as const;

describe.each(ENGINES)("what a recipient sees of a lead on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A category with a plan of `tiers` and recipients of `kind`, each with a user, by key. */
  const givenDesk = async (
    count: number,
    tiers: Record<string, unknown>[],
    kind: "agent" | "partner" | "buyer" = "agent",
    extra: Record<string, unknown> = {},
  ) => {
    const { category, source } = await givenIntake(t);
    const users: Record<string, GivenUser> = {};
    for (let i = 0; i < count; i++) {
      const key = `${kind}${i}-${category.key}`;
      await givenRecipient(t, { key, kind, categories: [category.key], ...extra });
      users[key] = await givenUser(t, kind === "agent" ? "agent" : "partner", key);
    }
    await givenPlan(t, category.key, tiers);
    const newLead = async () => {
      const res = await postLead(t, source.intakeKey, aLead({ address: "1 Main St" }));
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.data as { id: string; status: string; assignments: { id: string; recipient: string }[] };
    };
    return { users, newLead };
  };
  const read = (id: string, user: GivenUser) => as(t, user.headers)("GET", `/api/v1/leads/${id}`);
  const timing = (id: string, user: GivenUser) => as(t, user.headers)("GET", `/api/v1/leads/${id}/timing`);
  const PUSH = [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 60, attempts: 3 }];

  it("shows an open offer as the pool's preview with the offer itself, and no contact", async () => {
    const desk = await givenDesk(2, PUSH);
    const lead = await desk.newLead();
    const offer = lead.assignments[0]!;
    const offered = desk.users[offer.recipient]!;
    const other = Object.values(desk.users).find((u) => u !== offered)!;

    const seen = await read(lead.id, offered);
    expect(seen.statusCode).toBe(200);
    for (const field of CONTACT) expect(seen.data[field], field).toBeUndefined();
    expect(seen.data).toMatchObject({
      id: lead.id,
      firstName: "Ada",
      zip: "50309",
      fields: { product: "solar" },
    });
    expect(seen.data.events).toBeUndefined();
    expect(seen.data.assignments).toEqual([
      expect.objectContaining({ id: offer.id, status: "offered", recipient: offer.recipient }),
    ]);
    expect(seen.data.assignments[0]).not.toHaveProperty("trace");
    expect(seen.data.assignments[0]).not.toHaveProperty("cost");
    expect(seen.data.assignments[0]).not.toHaveProperty("margin");
    expect((await timing(lead.id, offered)).statusCode).toBe(404);
    expect((await read(lead.id, other)).statusCode).toBe(404);
  });

  it("shows an offer the same preview the pool shows a pooled lead", async () => {
    const pushed = await givenDesk(1, PUSH);
    const pulled = await givenDesk(1, [
      { select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 },
    ]);
    const offered = await pushed.newLead();
    const pooled = await pulled.newLead();
    const preview = (await read(offered.id, Object.values(pushed.users)[0]!)).data;
    const [inPool] = (
      await t.call({ method: "GET", url: "/api/v1/pool", headers: Object.values(pulled.users)[0]!.headers })
    ).data.items;
    expect(inPool.id).toBe(pooled.id);
    const { assignments: _, ...withoutOffer } = preview;
    expect(Object.keys(withoutOffer).sort()).toEqual(Object.keys(inPool).sort());
  });

  it("shows nothing to a recipient once it rejected the offer or let it expire", async () => {
    const desk = await givenDesk(3, PUSH);
    const lead = await desk.newLead();
    const first = lead.assignments[0]!;
    const rejecter = desk.users[first.recipient]!;
    const rejected = await as(t, rejecter.headers)("POST", `/api/v1/assignments/${first.id}/reject`, {});
    expect(rejected.statusCode).toBe(200);
    expect(rejected.data).not.toHaveProperty("trace");
    expect((await read(lead.id, rejecter)).statusCode).toBe(404);
    expect((await timing(lead.id, rejecter)).statusCode).toBe(404);

    const second = (await as(t)("GET", `/api/v1/leads/${lead.id}`)).data.assignments.find(
      (a: { status: string }) => a.status === "offered",
    );
    const expiring = desk.users[second.recipient]!;
    expect((await read(lead.id, expiring)).statusCode).toBe(200);
    expect(await expireDueOffers(t.store, Date.now() + 61_000)).toBeGreaterThanOrEqual(1);
    expect((await read(lead.id, expiring)).statusCode).toBe(404);
  });

  it("shows an offer past its expiry time as nothing, before the scheduler has expired it", async () => {
    const desk = await givenDesk(1, PUSH);
    const lead = await desk.newLead();
    const user = Object.values(desk.users)[0]!;
    await t.store.db
      .updateTable("assignments")
      .set({ expires_at: Date.now() - 1 })
      .where("id", "=", lead.assignments[0]!.id)
      .execute();
    expect((await read(lead.id, user)).statusCode).toBe(404);
  });

  it("shows the holder the contact, its own assignment and its own part of the timeline only", async () => {
    const desk = await givenDesk(2, PUSH);
    const lead = await desk.newLead();
    const first = lead.assignments[0]!;
    await as(t, desk.users[first.recipient]!.headers)("POST", `/api/v1/assignments/${first.id}/reject`, {});
    const second = (await as(t)("GET", `/api/v1/leads/${lead.id}`)).data.assignments.find(
      (a: { status: string }) => a.status === "offered",
    );
    const holder = desk.users[second.recipient]!;
    const accepted = await as(t, holder.headers)("POST", `/api/v1/assignments/${second.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.data).not.toHaveProperty("trace");

    const seen = (await read(lead.id, holder)).data;
    expect(seen).toMatchObject({ id: lead.id, lastName: "Byron", address: "1 Main St" });
    expect(seen.email).toMatch(/@example\.com$/);
    expect(seen.phone).toBeDefined();
    expect(seen.cost).toBeUndefined();
    expect(seen.assignments.map((a: { id: string }) => a.id)).toEqual([second.id]);
    expect(seen.assignments[0]).not.toHaveProperty("trace");
    expect(seen.events.map((e: { type: string }) => e.type)).toEqual(["received", "offered", "accepted"]);
    expect(JSON.stringify(seen.events)).not.toContain(first.recipient);
    expect((await timing(lead.id, holder)).statusCode).toBe(200);
    const mine = await as(t, holder.headers)("GET", "/api/v1/my/leads");
    expect(mine.data.items.map((l: { id: string }) => l.id)).toEqual([lead.id]);
    expect(mine.data.items[0].cost).toBeUndefined();
  });

  it("names the source, the category and every recipient of the decision to staff, and to the holder only itself", async () => {
    const { category, source } = await givenIntake(t);
    const dealer = (name: string) => ({
      key: `${name.toLowerCase().replace(/\W/g, "-")}-${category.key}`,
      name,
    });
    const [a, b] = [dealer("Dealer A"), dealer("Dealer B")];
    await givenRecipient(t, { ...a, kind: "partner", categories: [category.key] });
    await givenRecipient(t, { ...b, kind: "partner", categories: [category.key], status: "away" });
    const holder = await givenUser(t, "partner", a.key);
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
    const lead = (await postLead(t, source.intakeKey, aLead())).data as { id: string };

    const staff = (await as(t)("GET", `/api/v1/leads/${lead.id}`)).data;
    expect(staff.sourceName).toBe("Landing page");
    expect(staff.categoryName).toBe("Home improvement");
    expect(staff.recipientNames).toEqual({ [a.key]: "Dealer A", [b.key]: "Dealer B" });

    const held = (await read(lead.id, holder)).data;
    expect(held.sourceName).toBe("Landing page");
    expect(held.categoryName).toBe("Home improvement");
    expect(held.recipientNames).toEqual({ [a.key]: "Dealer A" });
    expect(JSON.stringify(held)).not.toContain("Dealer B");
  });

  it("shows a pooled lead in full to the claimer and as nothing to the others once claimed", async () => {
    const desk = await givenDesk(2, [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }]);
    const lead = await desk.newLead();
    const [claimer, other] = Object.values(desk.users) as [GivenUser, GivenUser];
    expect((await read(lead.id, claimer)).statusCode).toBe(404);
    const claim = await t.call({
      method: "POST",
      url: `/api/v1/pool/${lead.id}/claim`,
      headers: claimer.headers,
    });
    expect(claim.statusCode).toBe(200);
    expect(claim.data).not.toHaveProperty("trace");
    expect(claim.data).not.toHaveProperty("margin");
    const seen = (await read(lead.id, claimer)).data;
    expect(seen.email).toBeDefined();
    expect(seen.events.map((e: { type: string }) => e.type)).toEqual(["received", "claimed"]);
    expect((await read(lead.id, other)).statusCode).toBe(404);
  });

  it("never shows a buyer another buyer's assignment or price on a shared lead", async () => {
    const desk = await givenDesk(
      2,
      [{ select: { kind: "buyer" }, method: "broadcast", mode: "direct", maxRecipients: 2 }],
      "buyer",
      { price: 20 },
    );
    await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${Object.keys(desk.users)[1]}`,
      headers: admin,
      payload: { price: 35 },
    });
    const lead = await desk.newLead();
    expect(lead.assignments).toHaveLength(2);
    for (const [key, user] of Object.entries(desk.users)) {
      const seen = (await read(lead.id, user)).data;
      expect(seen.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([key]);
      const others = Object.keys(desk.users).filter((k) => k !== key);
      for (const other of others) expect(JSON.stringify(seen)).not.toContain(other);
    }
  });

  it("shows a partner nothing of a lead it returned, nor where the lead went next", async () => {
    const desk = await givenDesk(2, [{ select: {}, method: "round_robin", mode: "direct" }], "partner");
    const lead = await desk.newLead();
    const holder = desk.users[lead.assignments[0]!.recipient]!;
    expect((await read(lead.id, holder)).data.email).toBeDefined();
    const returned = await as(t, holder.headers)("POST", `/api/v1/leads/${lead.id}/return`, {
      reason: "Disconnected number",
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.data.assignments).toEqual([]);
    expect(returned.data.returned).not.toHaveProperty("trace");
    expect((await read(lead.id, holder)).statusCode).toBe(404);
    expect((await timing(lead.id, holder)).statusCode).toBe(404);
    const staff = (await as(t)("GET", `/api/v1/leads/${lead.id}`)).data;
    expect(staff.assignments.map((a: { status: string }) => a.status)).toEqual(["returned", "accepted"]);
    expect(staff.assignments[1].trace).toBeTruthy();
  });
});
