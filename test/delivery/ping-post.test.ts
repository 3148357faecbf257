import { describe, expect, it } from "vitest";
import { AUCTION_LEASE_MARGIN_MS, Auctions } from "../../src/services/delivery/ping-post.js";
import { auctionsOfLead } from "../../src/store/queries/auctions.js";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import { admin } from "../support/app.js";
import { deliverySuite, intake } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake } from "../support/fixtures.js";
import { answers, type Answer, type Answering } from "../support/receivers.js";
import { givenPlan, givenRecipient } from "../support/routing.js";

const DEADLINE_MS = 400;
const PING_FIELDS = ["state", "zip", "creditScore", "product"];
const bid = (price: number, delayMs?: number): Answer => ({
  status: 200,
  body: JSON.stringify({ price }),
  ...(delayMs ? { delayMs } : {}),
});

describe.each(ENGINES)("ping-post auctions on %s", (engine) => {
  const { t, worker, receivers } = deliverySuite(engine);

  /**
   * Buyers of a new category (a lead costs 12.50 from its source), each with a ping receiver that
   * answers its bid and a post receiver; tier 0 pings them, tier 1 gives the lead to an agent.
   */
  async function givenAuction(...bidders: { ping: Answer; post?: Answering }[]) {
    const { category, source } = await givenIntake(t);
    const buyers = [];
    for (const [i, b] of bidders.entries()) {
      const ping = await receivers.start(answers(b.ping));
      const post = await receivers.start(b.post);
      const key = `bidder${i}-${category.key}`;
      await givenRecipient(t, {
        key,
        kind: "buyer",
        categories: [category.key],
        delivery: { channel: "http", url: post.url, ping: { url: ping.url } },
      });
      buyers.push({ key, ping, post });
    }
    const agent = `agent-${category.key}`;
    await givenRecipient(t, { key: agent, kind: "agent", categories: [category.key] });
    await givenPlan(t, category.key, [
      {
        select: { kind: "buyer" },
        method: "best_margin",
        mode: "direct",
        pingPost: { fields: PING_FIELDS, deadlineMs: DEADLINE_MS },
      },
      { select: { kind: "agent" }, method: "round_robin", mode: "direct" },
    ]);
    return { source, buyers, agent };
  }

  const stored = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;
  const types = (lead: { events: { type: string }[] }) => lead.events.map((e) => e.type);
  const eventOf = (lead: { events: { type: string; data: any }[] }, type: string) =>
    lead.events.find((e) => e.type === type)?.data;

  it("pings every buyer with only the configured fields and posts the whole lead to the best margin at its bid", async () => {
    const { source, buyers } = await givenAuction(
      { ping: bid(30) },
      { ping: bid(15) },
      { ping: bid(50, 1500) },
    );
    const [high, low, slow] = buyers;
    const lead = await intake(t, source.intakeKey, aLead({ firstName: "Grace", creditScore: 720 }));
    expect(lead.assignments).toEqual([]);
    expect((await stored(lead.id)).status).toBe("auction");

    await worker.tick();
    await worker.tick();

    for (const b of buyers) {
      expect(b.ping.received).toHaveLength(1);
      expect(JSON.parse(b.ping.received[0]!.body)).toEqual({
        state: "IA",
        zip: "50309",
        creditScore: 720,
        product: "solar",
      });
    }
    expect(high!.post.received).toHaveLength(1);
    expect(JSON.parse(high!.post.received[0]!.body)).toMatchObject({
      id: lead.id,
      firstName: "Grace",
      price: 30,
    });
    expect(low!.post.received).toHaveLength(0);
    expect(slow!.post.received).toHaveLength(0);

    const after = await stored(lead.id);
    expect(after.status).toBe("assigned");
    expect(types(after)).toEqual(["received", "auction_opened", "auction_closed", "assigned", "delivered"]);
    const closed = eventOf(after, "auction_closed");
    expect(closed.winner).toBe(high!.key);
    expect(closed.bids).toHaveLength(3);
    expect(closed.bids).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recipient: high!.key, bid: 30, status: 200 }),
        expect.objectContaining({ recipient: low!.key, bid: 15, status: 200 }),
        expect.objectContaining({
          recipient: slow!.key,
          bid: null,
          reason: `no answer within ${DEADLINE_MS} ms`,
        }),
      ]),
    );
    const [assignment] = after.assignments;
    expect(after.assignments).toHaveLength(1);
    expect(assignment).toMatchObject({
      recipient: high!.key,
      method: "best_margin",
      price: 30,
      margin: 17.5,
    });
    expect(assignment.trace.auction).toMatchObject({ winner: high!.key, deadlineMs: DEADLINE_MS });
    expect(assignment.trace.auction.ranked.map((r: { recipient: string }) => r.recipient)).toEqual([
      high!.key,
      low!.key,
    ]);
  });

  it("posts to the next bidder when the winner rejects the post", async () => {
    const { source, buyers } = await givenAuction(
      { ping: bid(40), post: answers({ status: 409, body: '{"reason":"duplicate"}' }) },
      { ping: bid(20) },
    );
    const [high, low] = buyers;
    const lead = await intake(t, source.intakeKey);
    await worker.tick();
    await worker.tick();
    await worker.tick();

    expect(high!.post.received).toHaveLength(1);
    expect(low!.post.received).toHaveLength(1);
    expect(JSON.parse(low!.post.received[0]!.body)).toMatchObject({ id: lead.id, price: 20 });
    expect(low!.ping.received).toHaveLength(1);
    const after = await stored(lead.id);
    expect(types(after)).toEqual([
      "received",
      "auction_opened",
      "auction_closed",
      "assigned",
      "delivery_rejected",
      "auction_fallback",
      "assigned",
      "delivered",
    ]);
    expect(eventOf(after, "auction_fallback")).toMatchObject({
      rejectedBy: high!.key,
      winner: low!.key,
      bid: 20,
    });
    expect(
      after.assignments.map((a: { recipient: string; status: string }) => [a.recipient, a.status]),
    ).toEqual([
      [high!.key, "failed"],
      [low!.key, "accepted"],
    ]);
  });

  it("runs the plan's next tier when no bid is above the lead's cost", async () => {
    const { source, buyers, agent } = await givenAuction(
      { ping: bid(12.5) },
      { ping: bid(10) },
      { ping: { status: 204 } },
    );
    const lead = await intake(t, source.intakeKey);
    await worker.tick();

    const after = await stored(lead.id);
    expect(after.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([agent]);
    const closed = eventOf(after, "auction_closed");
    expect(closed.winner).toBeNull();
    expect(closed.refused).toHaveLength(2);
    expect(closed.refused).toEqual(
      expect.arrayContaining([
        { recipient: buyers[0]!.key, bid: 12.5, reason: "bid 12.50 is not above the lead's cost 12.50" },
        { recipient: buyers[1]!.key, bid: 10, reason: "bid 10.00 is not above the lead's cost 12.50" },
      ]),
    );
    expect(closed.bids).toContainEqual(
      expect.objectContaining({
        recipient: buyers[2]!.key,
        bid: null,
        status: 204,
        reason: "no bid in the answer",
      }),
    );
    for (const b of buyers) expect(b.post.received).toHaveLength(0);
  });

  it("runs an auction again when its worker died mid-run, and a worker back from the dead posts nothing", async () => {
    const { source, buyers } = await givenAuction({ ping: bid(30) }, { ping: bid(25) });
    const lead = await intake(t, source.intakeKey);
    const auctions = new Auctions(t.store);
    const now = Date.now();
    const [dead] = await auctions.claim(now, 10);
    expect(dead).toBeDefined();
    // Its lease holds: nobody else runs it meanwhile.
    expect(await auctions.claim(now + DEADLINE_MS, 10)).toEqual([]);

    const takeover = now + DEADLINE_MS + AUCTION_LEASE_MARGIN_MS + 1;
    const [second] = await auctions.claim(takeover, 10);
    expect(second?.run).toBe(2);
    await auctions.deliver(second!, () => takeover);
    await auctions.deliver(dead!, () => takeover + 1);
    await worker.tick(takeover + 2);

    // Each run pings under a key of its own; the worker back from the dead pinged last.
    expect(buyers[0]!.ping.received.map((r) => r.headers["idempotency-key"])).toEqual([
      `${dead!.auction.id}-2`,
      `${dead!.auction.id}-1`,
    ]);
    expect(buyers[0]!.post.received).toHaveLength(1);
    expect(buyers[1]!.post.received).toHaveLength(0);
    expect(await deliveriesOfLead(t.store.db, lead.id)).toHaveLength(1);
    const [auction] = await auctionsOfLead(t.store.db, lead.id);
    expect(auction).toMatchObject({ state: "awarded", runs: 2, winner: buyers[0]!.key });
    const after = await stored(lead.id);
    expect(after.assignments).toHaveLength(1);
    expect(types(after).filter((type) => type === "auction_closed")).toHaveLength(1);
    const forged = await t.call({
      method: "POST",
      url: `/api/v1/leads/${lead.id}/events`,
      headers: admin,
      payload: { type: "auction_closed", data: { winner: buyers[1]!.key } },
    });
    expect(forged.statusCode, "an integration cannot post an auction's outcome").toBe(422);
  });

  it("refuses a ping-post tier that is not best_margin direct, a ping with contact data, and a ping on email", async () => {
    const { category } = await givenIntake(t);
    const put = (tier: Record<string, unknown>) =>
      t.call({
        method: "PUT",
        url: `/api/v1/categories/${category.key}/plan`,
        headers: admin,
        payload: { tiers: [{ select: {}, ...tier }] },
      });
    const roundRobin = await put({
      method: "round_robin",
      mode: "direct",
      pingPost: { fields: ["zip"], deadlineMs: 500 },
    });
    expect(roundRobin.statusCode).toBe(422);
    expect(roundRobin.data.error.details[0]).toMatchObject({ field: "tiers.0.pingPost" });
    const contact = await put({
      method: "best_margin",
      mode: "direct",
      pingPost: { fields: ["zip", "email"], deadlineMs: 500 },
    });
    expect(contact.statusCode).toBe(422);
    expect(contact.data.error.details[0]).toMatchObject({ field: "tiers.0.pingPost.fields.1" });
    const email = await t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: {
        key: `mail-${category.key}`,
        name: "Mail buyer",
        kind: "buyer",
        categories: [category.key],
        delivery: { channel: "email", to: "a@example.com", ping: { url: "http://127.0.0.1:9/ping" } },
      },
    });
    expect(email.statusCode).toBe(422);
    const plan = await t.call({
      method: "GET",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: admin,
    });
    expect(plan.data.tiers[0].pingPost).toBeUndefined();
  });
});
