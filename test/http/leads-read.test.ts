import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/domain/ids.js";
import { LEAD_STATUSES } from "../../src/domain/lead.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, givenSource, postLead } from "../support/fixtures.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("reading leads on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const get = (url: string, headers: Record<string, string> = admin) =>
    t.call({ method: "GET", url, headers });

  async function aStoredLead(intakeKey: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await postLead(t, intakeKey, aLead(overrides));
    if (res.statusCode !== 201) throw new Error(`lead not created: ${res.body}`);
    return res.data.id as string;
  }

  async function assign(leadId: string, recipient: string): Promise<void> {
    const now = Date.now();
    await t.store.db
      .insertInto("assignments")
      .values({
        id: newId("assignment"),
        lead_id: leadId,
        recipient,
        status: "accepted",
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  /** Every lead of a listing, page after page, with how many pages it took. */
  async function walk(
    query: string,
    limit: number,
  ): Promise<{ ids: string[]; createdAt: number[]; pages: number }> {
    const ids: string[] = [];
    const createdAt: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/v1/leads?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.statusCode).toBe(200);
      expect(res.data.items.length).toBeLessThanOrEqual(limit);
      for (const item of res.data.items) {
        ids.push(item.id);
        createdAt.push(Date.parse(item.createdAt));
      }
      cursor = res.data.nextCursor;
      if (++pages > 100) throw new Error("the pages never end");
    } while (cursor);
    return { ids, createdAt, pages };
  }

  describe("one lead", () => {
    it("shows the lead with its contact, fields, attribution and consent", async () => {
      const { source, category } = await givenIntake(t);
      const id = await aStoredLead(source.intakeKey, {
        email: "reader@example.com",
        utmSource: "newsletter",
        consentText: "Call me",
      });
      const res = await get(`/api/v1/leads/${id}`);
      expect(res.statusCode).toBe(200);
      expect(res.data).toMatchObject({
        id,
        category: category.key,
        source: source.key,
        stage: "new",
        email: "reader@example.com",
        state: "IA",
        fields: { creditScore: 710, product: "solar" },
        attribution: { utmSource: "newsletter" },
        consent: { text: "Call me", ip: "127.0.0.1", at: expect.any(String) },
        assignments: [],
      });
    });

    it("shows its timeline in order: received first, then every duplicate attempt with its source", async () => {
      const { source, category } = await givenIntake(t);
      const other = await givenSource(t, category.key);
      const id = await aStoredLead(source.intakeKey, { email: "timeline@example.com" });
      await postLead(t, other.intakeKey, aLead({ email: "timeline@example.com" }));
      await postLead(t, source.intakeKey, aLead({ email: "Timeline@Example.com" }));
      const { data } = await get(`/api/v1/leads/${id}`);
      const events = data.events as { id: string; type: string; at: string; actor: string; data: any }[];
      const times = events.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(events[0]).toMatchObject({
        type: "received",
        actor: `source:${source.key}`,
        data: expect.objectContaining({ source: source.key }),
      });
      const duplicates = events.filter((e) => e.type === "duplicate");
      expect(duplicates.map((e) => e.actor)).toEqual([`source:${other.key}`, `source:${source.key}`]);
      for (const d of duplicates) expect(d.data).toMatchObject({ matchedOn: "email" });
      for (const e of events) expect(e.id).toMatch(/^evt_/);
    });

    it("answers 404 for a lead that does not exist, well-formed id or not", async () => {
      for (const id of [newId("lead"), "nonsense", "lead_%27%20or%201%3D1"]) {
        const res = await get(`/api/v1/leads/${id}`);
        expect(res.statusCode).toBe(404);
        expect(res.data.error.code).toBe("not_found");
      }
    });

    it("shows an agent a lead assigned to it, and hides from it the leads of others as not found", async () => {
      const { source } = await givenIntake(t);
      const agent = await givenUser(t, "agent", "agent-ida");
      const mine = await aStoredLead(source.intakeKey);
      const theirs = await aStoredLead(source.intakeKey);
      const nobodys = await aStoredLead(source.intakeKey);
      await assign(mine, "agent-ida");
      await assign(theirs, "agent-joe");

      const own = await get(`/api/v1/leads/${mine}`, agent.headers);
      expect(own.statusCode).toBe(200);
      expect(own.data.id).toBe(mine);
      expect(own.data.assignments).toEqual([expect.objectContaining({ recipient: "agent-ida" })]);
      for (const id of [theirs, nobodys]) {
        const res = await get(`/api/v1/leads/${id}`, agent.headers);
        expect(res.statusCode).toBe(404);
        expect(res.data.error.code).toBe("not_found");
      }
    });

    it("shows a partner its own leads only", async () => {
      const { source } = await givenIntake(t);
      const partner = await givenUser(t, "partner", "dealer-one");
      const ours = await aStoredLead(source.intakeKey);
      const other = await aStoredLead(source.intakeKey);
      await assign(ours, "dealer-one");
      await assign(other, "dealer-two");
      expect((await get(`/api/v1/leads/${ours}`, partner.headers)).statusCode).toBe(200);
      expect((await get(`/api/v1/leads/${other}`, partner.headers)).statusCode).toBe(404);
    });

    it("answers 401 without a token", async () => {
      const { source } = await givenIntake(t);
      const id = await aStoredLead(source.intakeKey);
      expect((await get(`/api/v1/leads/${id}`, {})).statusCode).toBe(401);
    });
  });

  describe("the list", () => {
    it("filters by category and by source", async () => {
      const a = await givenIntake(t);
      const b = await givenIntake(t);
      const a2 = await givenSource(t, a.category.key);
      const inA = [await aStoredLead(a.source.intakeKey), await aStoredLead(a2.intakeKey)];
      const inB = [await aStoredLead(b.source.intakeKey)];
      const byCategory = await get(`/api/v1/leads?category=${a.category.key}`);
      expect(byCategory.data.items.map((l: { id: string }) => l.id).sort()).toEqual([...inA].sort());
      const bySource = await get(`/api/v1/leads?source=${a2.key}`);
      expect(bySource.data.items.map((l: { id: string }) => l.id)).toEqual([inA[1]]);
      const other = await get(`/api/v1/leads?category=${b.category.key}`);
      expect(other.data.items.map((l: { id: string }) => l.id)).toEqual(inB);
    });

    it("filters by state, whatever its case, and by stage", async () => {
      const { category, source } = await givenIntake(t);
      const iowa = await aStoredLead(source.intakeKey, { zip: "50309" });
      const mass = await aStoredLead(source.intakeKey, { zip: "02134" });
      await t.store.db.updateTable("leads").set({ stage: "contacted" }).where("id", "=", mass).execute();
      const ids = async (query: string) =>
        (await get(`/api/v1/leads?category=${category.key}&${query}`)).data.items.map(
          (l: { id: string }) => l.id,
        );
      expect(await ids("state=ia")).toEqual([iowa]);
      expect(await ids("state=MA")).toEqual([mass]);
      expect(await ids("stage=new")).toEqual([iowa]);
      expect(await ids("stage=contacted")).toEqual([mass]);
      expect(await ids("stage=won")).toEqual([]);
    });

    it("filters by creation time, from inclusive and to exclusive", async () => {
      const { category, source } = await givenIntake(t);
      const at = {
        jan: Date.parse("2024-01-10T00:00:00Z"),
        feb: Date.parse("2024-02-10T00:00:00Z"),
        mar: Date.parse("2024-03-10T00:00:00Z"),
      };
      const ids: Record<string, string> = {};
      for (const [month, time] of Object.entries(at)) {
        ids[month] = await aStoredLead(source.intakeKey);
        await t.store.db
          .updateTable("leads")
          .set({ created_at: time })
          .where("id", "=", ids[month]!)
          .execute();
      }
      const list = async (query: string) =>
        (await get(`/api/v1/leads?category=${category.key}&${query}`)).data.items.map(
          (l: { id: string }) => l.id,
        );
      expect(await list("from=2024-02-01&to=2024-03-01")).toEqual([ids["feb"]]);
      expect(await list("from=2024-02-10T00:00:00Z")).toEqual([ids["mar"], ids["feb"]]);
      expect(await list("to=2024-02-10T00:00:00Z")).toEqual([ids["jan"]]);
    });

    it("filters by recipient", async () => {
      const { category, source } = await givenIntake(t);
      const hers = await aStoredLead(source.intakeKey);
      await aStoredLead(source.intakeKey);
      await assign(hers, "agent-kim");
      const res = await get(`/api/v1/leads?category=${category.key}&recipient=agent-kim`);
      expect(res.data.items.map((l: { id: string }) => l.id)).toEqual([hers]);
    });

    it("filters by every status a lead can be in, and pages within one", async () => {
      const { category, source } = await givenIntake(t);
      // Nobody can take a lead of this category yet: intake leaves it unassigned.
      const waiting = [await aStoredLead(source.intakeKey), await aStoredLead(source.intakeKey)];
      const others: Record<string, string> = {};
      for (const status of LEAD_STATUSES.filter((s) => s !== "unassigned")) {
        others[status] = await aStoredLead(source.intakeKey);
        await t.store.db.updateTable("leads").set({ status }).where("id", "=", others[status]!).execute();
      }
      const ids = async (query: string) =>
        (await get(`/api/v1/leads?category=${category.key}&${query}`)).data.items.map(
          (l: { id: string; status: string }) => `${l.status}:${l.id}`,
        );
      expect(await ids("status=unassigned")).toEqual(waiting.map((id) => `unassigned:${id}`).reverse());
      for (const [status, id] of Object.entries(others))
        expect(await ids(`status=${status}`)).toEqual([`${status}:${id}`]);
      expect((await walk(`category=${category.key}&status=unassigned`, 1)).ids).toEqual(
        [...waiting].reverse(),
      );
    });

    it("rejects a status leads do not have with 422, naming the allowed ones", async () => {
      const res = await get("/api/v1/leads?status=lost");
      expect(res.statusCode).toBe(422);
      expect(res.data.error.code).toBe("validation_failed");
    });

    it("finds leads by text in the name, the email or the phone, whatever its case", async () => {
      const { category, source } = await givenIntake(t);
      const grace = await aStoredLead(source.intakeKey, {
        firstName: "Grace",
        lastName: "Hopper",
        email: "g.hopper@navy.example.com",
        phone: "+15155550177",
      });
      const alan = await aStoredLead(source.intakeKey, {
        firstName: "Alan",
        lastName: "Turing",
        email: "alan@bletchley.example.com",
        phone: "+15155550188",
      });
      const found = async (q: string) =>
        (await get(`/api/v1/leads?category=${category.key}&q=${encodeURIComponent(q)}`)).data.items.map(
          (l: { id: string }) => l.id,
        );
      expect(await found("grace")).toEqual([grace]);
      expect(await found("HOPPER")).toEqual([grace]);
      expect(await found("grace hopper")).toEqual([grace]);
      expect(await found("bletchley")).toEqual([alan]);
      expect(await found("(515) 555-0188")).toEqual([alan]);
      expect(await found("5550177")).toEqual([grace]);
      expect(await found("example.com")).toEqual([alan, grace]);
      expect(await found("%")).toEqual([]);
      expect(await found("_")).toEqual([]);
      expect(await found("nobody")).toEqual([]);
    });

    it("combines every filter of the list in one query", async () => {
      const { category, source } = await givenIntake(t);
      const match = await aStoredLead(source.intakeKey, { firstName: "Combo", zip: "02134" });
      await aStoredLead(source.intakeKey, { firstName: "Combo", zip: "50309" });
      await aStoredLead(source.intakeKey, { firstName: "Other", zip: "02134" });
      await assign(match, "agent-combo");
      const from = new Date(Date.now() - 60_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const res = await get(
        `/api/v1/leads?category=${category.key}&source=${source.key}&stage=new&status=unassigned&state=ma` +
          `&recipient=agent-combo&q=combo&from=${from}&to=${to}&limit=10`,
      );
      expect(res.statusCode).toBe(200);
      expect(res.data.items.map((l: { id: string }) => l.id)).toEqual([match]);
    });

    it("walks every lead exactly once, newest first, a page at a time", async () => {
      const { category, source } = await givenIntake(t);
      const created: string[] = [];
      for (let i = 0; i < 23; i++) created.push(await aStoredLead(source.intakeKey));
      for (const limit of [1, 5, 23, 50]) {
        const { ids, createdAt, pages } = await walk(`category=${category.key}`, limit);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...created].sort());
        expect(ids).toEqual([...ids].sort().reverse());
        expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));
        expect(pages).toBeLessThanOrEqual(Math.floor(created.length / limit) + 1);
      }
    });

    it("keeps paging with the filters it started with", async () => {
      const { category, source } = await givenIntake(t);
      const other = await givenSource(t, category.key);
      const wanted: string[] = [];
      for (let i = 0; i < 7; i++) {
        wanted.push(await aStoredLead(source.intakeKey));
        await aStoredLead(other.intakeKey);
      }
      const { ids } = await walk(`source=${source.key}`, 3);
      expect(ids).toEqual([...wanted].sort().reverse());
    });

    it("rejects a cursor it did not give out, a bad date, a bad limit and an unknown filter with 422", async () => {
      const bad = [
        "cursor=garbage",
        `cursor=${Buffer.from("lead_' or 1=1 --").toString("base64url")}`,
        "from=yesterday",
        "to=2024-13-45",
        "limit=-1",
        "limit=ten",
        "colour=red",
      ];
      for (const query of bad) {
        const res = await get(`/api/v1/leads?${query}`);
        expect({ query, status: res.statusCode }).toEqual({ query, status: 422 });
        expect(res.data.error.code).toBe("validation_failed");
      }
    });

    it("answers an empty page, without a next cursor, when nothing matches", async () => {
      const res = await get("/api/v1/leads?category=nothing-here");
      expect(res.statusCode).toBe(200);
      expect(res.data).toEqual({ items: [], nextCursor: null });
    });
  });
});
