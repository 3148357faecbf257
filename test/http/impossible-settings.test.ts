import { describe, expect, it } from "vitest";
import { admin, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenCategory } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";

describe.each(ENGINES)("impossible settings on %s", (engine) => {
  const t = suiteTestApp(engine);

  const call = (method: "POST" | "PATCH" | "PUT", url: string, payload: Record<string, unknown>) =>
    t.call({ method, url, headers: admin, payload });
  const recipients = async (category: string) =>
    (await t.call({ method: "GET", url: `/api/v1/recipients?category=${category}`, headers: admin })).data
      .items;

  /** Answers 422 naming the field, and leaves the category without recipients. */
  async function refusesRecipient(field: string, body: Record<string, unknown>) {
    const category = (await givenCategory(t)).key;
    const res = await call("POST", "/api/v1/recipients", {
      key: `r-${category}`,
      name: "R",
      kind: "buyer",
      categories: [category],
      ...body,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.data.error.code).toBe("validation_failed");
    expect(res.data.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await recipients(category)).toEqual([]);
    return res.data.error;
  }

  describe("a recipient", () => {
    it("refuses a territory state that is not a US state or territory code", async () => {
      const error = await refusesRecipient("territory.states.1", { territory: { states: ["IA", "ZZ"] } });
      expect(error.message).toBe("ZZ is not a US state or territory code");
    });

    it("refuses zips that are not five digits and prefixes that are not one to four", async () => {
      await refusesRecipient("territory.zips.0", { territory: { zips: ["5030"] } });
      await refusesRecipient("territory.zipPrefixes.0", { territory: { zipPrefixes: ["50301"] } });
    });

    it("refuses a filter on a field its categories do not have, and takes one on a built-in lead field", async () => {
      const error = await refusesRecipient("filters.1.field", {
        filters: [
          { field: "creditScore", op: "gte", value: 620 },
          { field: "roofType", op: "eq", value: "metal" },
        ],
      });
      expect(error.message).toContain("roofType");
      await refusesRecipient("price.rules.0.when.0.field", {
        price: {
          default: 10,
          rules: [{ when: [{ field: "roofType", op: "eq", value: "metal" }], price: 20 }],
        },
      });
      const category = (await givenCategory(t)).key;
      await givenRecipient(t, {
        key: `builtin-${category}`,
        categories: [category],
        filters: [
          { field: "state", op: "in", value: ["IA", "NE"] },
          { field: "score", op: "gte", value: 40 },
          { field: "zip", op: "exists" },
        ],
      });
    });

    it("takes a filter on any field when its category keeps fields it does not define", async () => {
      const category = (await givenCategory(t, { unknownFields: "keep" })).key;
      await givenRecipient(t, {
        key: `keeps-${category}`,
        categories: [category],
        filters: [{ field: "roofType", op: "eq", value: "metal" }],
      });
    });

    it("refuses an HTTP channel without a url, or with one that is not http(s)", async () => {
      await refusesRecipient("delivery.url", { delivery: { channel: "http", format: "json" } });
      await refusesRecipient("delivery.url", { delivery: { channel: "http", url: "http://" } });
    });

    it("refuses an email channel whose to is not an email address", async () => {
      const error = await refusesRecipient("delivery.to", {
        delivery: { channel: "email", to: "sales team" },
      });
      expect(error.message).toBe("sales team is not an email address");
      await refusesRecipient("delivery.to", { delivery: { channel: "email" } });
      const category = (await givenCategory(t)).key;
      await givenRecipient(t, {
        key: `mail-${category}`,
        categories: [category],
        delivery: { channel: "email", to: "leads@dealer.example, Owner@Dealer.example" },
      });
    });

    it("refuses the same on a PATCH, changing nothing", async () => {
      const category = (await givenCategory(t)).key;
      const key = `patched-${category}`;
      await givenRecipient(t, { key, categories: [category], territory: { states: ["IA"] } });
      const before = (await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin })).data;
      for (const [field, body] of [
        ["territory.states.0", { territory: { states: ["ZZ"] } }],
        ["filters.0.field", { filters: [{ field: "roofType", op: "exists" }] }],
        ["delivery.url", { delivery: { channel: "http" } }],
        ["delivery.to", { delivery: { channel: "email", to: "nobody" } }],
      ] as const) {
        const res = await call("PATCH", `/api/v1/recipients/${key}`, body);
        expect(res.statusCode, field).toBe(422);
        expect(res.data.error.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      const after = (await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin })).data;
      expect(after).toEqual(before);
    });

    it("checks a filter again when a PATCH takes away the category that has its field", async () => {
      const withField = (await givenCategory(t)).key;
      const without = (await givenCategory(t, { fields: [] })).key;
      const key = `moved-${withField}`;
      await givenRecipient(t, {
        key,
        categories: [withField],
        filters: [{ field: "creditScore", op: "gte", value: 620 }],
      });
      const res = await call("PATCH", `/api/v1/recipients/${key}`, { categories: [without] });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details[0].field).toBe("filters.0.field");
    });
  });

  describe("a plan", () => {
    it("refuses a tier selecting recipient keys that do not exist, and keeps the live version", async () => {
      const category = (await givenCategory(t)).key;
      await givenRecipient(t, { key: `real-${category}`, categories: [category] });
      const url = `/api/v1/categories/${category}/plan`;
      const before = (await t.call({ method: "GET", url, headers: admin })).data;
      const res = await call("PUT", url, {
        tiers: [
          { select: {}, method: "round_robin", mode: "direct" },
          { select: { keys: [`real-${category}`, "ghost"] }, method: "round_robin", mode: "direct" },
        ],
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([
        { field: "tiers.1.select.keys.1", code: "not_found", message: "recipient ghost does not exist" },
      ]);
      expect((await t.call({ method: "GET", url, headers: admin })).data.version).toBe(before.version);
    });
  });

  describe("a webhook", () => {
    const subscriptions = async () =>
      (await t.call({ method: "GET", url: "/api/v1/webhooks", headers: admin })).data.items.length;

    it("refuses an unknown event type, naming it", async () => {
      const count = await subscriptions();
      const res = await call("POST", "/api/v1/webhooks", {
        url: "https://hooks.example/carousel",
        events: ["received", "lead_exploded"],
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details[0]).toMatchObject({ field: "events.1" });
      expect(res.data.error.details[0].message).toContain("lead_exploded");
      expect(await subscriptions()).toBe(count);
    });

    it("takes Carousel's own events, all events, and the events a category's behavioral rules score", async () => {
      const category = (await givenCategory(t)).key;
      const rules = await call("PUT", `/api/v1/categories/${category}/behavior`, {
        rules: [{ event: "demo_booked", points: 30 }],
      });
      expect(rules.statusCode, rules.body).toBe(200);
      for (const events of [
        ["received", "delivered", "stage_changed"],
        ["*"],
        ["demo_booked", "email_opened"],
      ]) {
        const res = await call("POST", "/api/v1/webhooks", { url: "https://hooks.example/carousel", events });
        expect(res.statusCode, res.body).toBe(201);
      }
    });
  });

  describe("a user", () => {
    const createUser = (body: Record<string, unknown>) =>
      call("POST", "/api/v1/users", {
        email: `someone.${Math.random().toString(36).slice(2)}@example.com`,
        name: "Someone",
        ...body,
      });

    it("refuses a user bound to a recipient that does not exist", async () => {
      const res = await createUser({ role: "agent", recipient: "nobody-here" });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details[0]).toMatchObject({ field: "recipient", code: "not_found" });
    });

    it("refuses an admin or a manager bound to a recipient", async () => {
      const category = (await givenCategory(t)).key;
      await givenRecipient(t, { key: `desk-${category}`, categories: [category] });
      for (const role of ["admin", "manager"]) {
        const res = await createUser({ role, recipient: `desk-${category}` });
        expect(res.statusCode, role).toBe(422);
        expect(res.data.error.details[0].field).toBe("recipient");
      }
    });

    it("refuses an agent bound to a partner, and a partner bound to an agent", async () => {
      const category = (await givenCategory(t)).key;
      await givenRecipient(t, { key: `agent-${category}`, kind: "agent", categories: [category] });
      await givenRecipient(t, { key: `dealer-${category}`, kind: "partner", categories: [category] });
      const agentOnDealer = await createUser({ role: "agent", recipient: `dealer-${category}` });
      const partnerOnAgent = await createUser({ role: "partner", recipient: `agent-${category}` });
      expect([agentOnDealer.statusCode, partnerOnAgent.statusCode]).toEqual([422, 422]);
      const fine = await createUser({ role: "partner", recipient: `dealer-${category}` });
      expect(fine.statusCode).toBe(201);
    });
  });
});
