import { describe, expect, it } from "vitest";
import { expireDueOffers } from "../../src/services/offers.js";
import { routeDueLeads } from "../../src/services/unassigned.js";
import { admin } from "../support/app.js";
import { deliverySuite } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { answers } from "../support/receivers.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

interface Row {
  lead: { id: string; status: string };
  problem: string;
  message: string;
  fix: string;
  retry: string;
  since: string;
  candidates: { recipient: string; reason: string }[];
  deliveries: { id: string; recipient: string; attempts: number }[];
}

describe.each(ENGINES)("leads that need attention on %s", (engine) => {
  const { t, worker, receivers } = deliverySuite(engine);

  const get = (url: string, headers: Record<string, string> = admin) =>
    t.call({ method: "GET", url, headers });

  /** Every row of the list for a category, page after page. */
  async function attention(category: string, limit = 2): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/v1/leads/attention?category=${category}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      rows.push(...(res.data.items as Row[]));
      cursor = res.data.nextCursor;
    } while (cursor);
    return rows;
  }

  async function lead(category: string, source: string, overrides: Record<string, unknown> = {}) {
    const res = await postLead(t, source, aLead(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.data as { id: string; status: string; assignments: { id: string; recipient: string }[] };
  }

  /**
   * The invariant: every lead of the category that nobody holds either waits for a retry time or
   * is listed, and a held lead is listed only when its delivery is dead.
   */
  async function expectEveryLeadAccountedFor(category: string): Promise<Map<string, Row>> {
    const listed = new Map((await attention(category)).map((r) => [r.lead.id, r]));
    const leads = await t.store.db
      .selectFrom("leads")
      .select(["id", "status", "retry_at", "pool_until"])
      .where("category", "=", category)
      .execute();
    const dead = new Set(
      (
        await t.store.db
          .selectFrom("deliveries")
          .select("lead_id")
          .where("status", "=", "dead")
          .where("kind", "=", "lead")
          .execute()
      ).map((d) => d.lead_id),
    );
    for (const l of leads) {
      const waiting = l.status === "unassigned" && l.retry_at !== null;
      const held = ["assigned", "offered", "pooled", "auction"].includes(l.status) && !dead.has(l.id);
      expect({ lead: l.id, status: l.status, listed: listed.has(l.id) }).toEqual({
        lead: l.id,
        status: l.status,
        listed: !waiting && !held,
      });
    }
    return listed;
  }

  it("lists a lead nobody covers, one nobody may take, and one whose only recipient is away, each with why", async () => {
    const { category, source } = await givenIntake(t);
    const k = category.key;
    await givenRecipient(t, { key: `texan-${k}`, categories: [k], territory: { states: ["TX"] } });
    const nobody = await lead(k, source.intakeKey, { zip: "50309" });
    await givenRecipient(t, {
      key: `picky-${k}`,
      categories: [k],
      territory: { states: ["MA"] },
      filters: [{ field: "creditScore", op: "gte", value: 800 }],
    });
    const lowScore = await lead(k, source.intakeKey, { zip: "02134", creditScore: 700 });
    await givenRecipient(t, {
      key: `away-${k}`,
      categories: [k],
      territory: { states: ["NY"] },
      status: "away",
    });
    const newYork = await lead(k, source.intakeKey, { zip: "10001" });
    // Each new recipient made the category's waiting leads due: they are routed again first.
    await routeDueLeads(t.store, Date.now());

    const rows = await expectEveryLeadAccountedFor(k);
    expect(rows.get(nobody.id)).toMatchObject({
      problem: "no_recipient",
      message: expect.stringContaining("IA 50309"),
      candidates: [],
    });
    expect(rows.get(lowScore.id)).toMatchObject({
      problem: "not_eligible",
      candidates: [{ recipient: `picky-${k}`, reason: expect.stringMatching(/^filter/) }],
    });
    expect(rows.get(newYork.id)).toMatchObject({
      problem: "recipients_away",
      retry: expect.stringContaining(`when away-${k} becomes available`),
    });
    for (const row of rows.values()) {
      expect(row.fix.length).toBeGreaterThan(0);
      expect(Date.parse(row.since)).toBeGreaterThan(0);
    }
  });

  it("does not list a lead waiting for a cap window or a schedule to open", async () => {
    const { category, source } = await givenIntake(t);
    const k = category.key;
    await givenRecipient(t, { key: `capped-${k}`, categories: [k], caps: { day: 1 } });
    const first = await lead(k, source.intakeKey);
    const second = await lead(k, source.intakeKey);
    expect([first.status, second.status]).toEqual(["assigned", "unassigned"]);
    const rows = await expectEveryLeadAccountedFor(k);
    expect(rows.size).toBe(0);
  });

  it("lists a lead every candidate refused, and one whose offers all ran out with nobody next", async () => {
    const { category, source } = await givenIntake(t);
    const k = category.key;
    const agent = `only-${k}`;
    await givenRecipient(t, { key: agent, categories: [k] });
    const user = await givenUser(t, "agent", agent);
    await givenPlan(t, k, [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 60 }]);
    const refused = await lead(k, source.intakeKey);
    const rejected = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${refused.assignments[0]!.id}/reject`,
      headers: user.headers,
      payload: { reason: "no" },
    });
    expect(rejected.statusCode).toBe(200);
    const ranOut = await lead(k, source.intakeKey);
    expect(ranOut.status).toBe("offered");
    await expireDueOffers(t.store, Date.now() + 61_000);

    const rows = await expectEveryLeadAccountedFor(k);
    expect(rows.get(refused.id)).toMatchObject({
      problem: "all_refused",
      candidates: [{ recipient: agent, reason: "excluded: refused this lead" }],
    });
    expect(rows.get(ranOut.id)).toMatchObject({
      problem: "offers_ran_out",
      retry: expect.stringContaining("plan"),
    });
  });

  it("does not list a lead pooled after its offers ran out, as the pull tier still reaches those partners", async () => {
    const { category, source } = await givenIntake(t);
    const k = category.key;
    for (const key of [`p1-${k}`, `p2-${k}`])
      await givenRecipient(t, { key, kind: "partner", categories: [k] });
    await givenPlan(t, k, [
      { select: { kind: "partner" }, method: "round_robin", mode: "push", slaSeconds: 60 },
      { select: { kind: "partner" }, method: "round_robin", mode: "pull", poolSeconds: 3600 },
    ]);
    const l = await lead(k, source.intakeKey);
    const start = Date.now();
    await expireDueOffers(t.store, start + 61_000);
    await expireDueOffers(t.store, start + 122_000);
    const rows = await expectEveryLeadAccountedFor(k);
    expect(rows.has(l.id)).toBe(false);
  });

  it("lists a held lead whose delivery is dead, with the delivery to replay", async () => {
    const r = await receivers.start(answers({ status: 500, body: "down" }));
    const { category, source } = await givenIntake(t);
    const k = category.key;
    await givenRecipient(t, {
      key: `buyer-${k}`,
      kind: "buyer",
      categories: [k],
      delivery: { channel: "http", url: r.url, maxAttempts: 1 },
    });
    const sold = await lead(k, source.intakeKey);
    await worker.tick();
    const rows = await expectEveryLeadAccountedFor(k);
    expect(rows.get(sold.id)).toMatchObject({
      lead: { id: sold.id, status: "assigned" },
      problem: "delivery_dead",
      deliveries: [{ recipient: `buyer-${k}`, attempts: 1 }],
    });
  });

  it("is for staff only, and refuses a cursor it did not give out", async () => {
    const { category } = await givenIntake(t);
    await givenRecipient(t, { key: `agent-${category.key}`, categories: [category.key] });
    const agent = await givenUser(t, "agent", `agent-${category.key}`);
    expect((await get("/api/v1/leads/attention", agent.headers)).statusCode).toBe(403);
    expect((await get("/api/v1/leads/attention", {})).statusCode).toBe(401);
    const bad = await get("/api/v1/leads/attention?cursor=nonsense");
    expect(bad.statusCode).toBe(422);
  });
});
