import { afterAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { aLead } from "../support/fixtures.js";
import { answers, receiverPool, type Answering } from "../support/receivers.js";
import { adminApi } from "../support/server-api.js";
import { serverSuite } from "../support/server-suite.js";

const LEADS = 5;
const DEADLINE_MS = 1_500;

describe.each(ENGINES)("auctions of a server killed while it waits for bids on %s", (engine) => {
  const { start } = serverSuite(engine);
  const receivers = receiverPool();
  const receiver = (answering?: Answering) => receivers.start(answering);
  afterAll(() => receivers.stopAll());

  it("runs every auction again after SIGKILL and restart, and posts each lead once, to the best bid", async () => {
    let server = await start();
    const victim = server;
    let killed: () => void = () => {};
    const kill = new Promise<void>((resolve) => (killed = resolve));
    const bid = (price: number, delayMs: number) =>
      answers({ status: 200, body: JSON.stringify({ price }), delayMs });
    // The high bidder answers late, and its first ping kills the server: no auction has its bids yet.
    const highPing = await receiver((request, n) => {
      if (n === 0) {
        victim.child.kill("SIGKILL");
        killed();
      }
      return bid(30, 300)(request, n);
    });
    const lowPing = await receiver(bid(20, 0));
    const highPost = await receiver();
    const lowPost = await receiver();

    const suffix = Date.now().toString(36);
    const category = `auction-${suffix}`;
    await adminApi(server, "POST", "/api/v1/categories", {
      key: category,
      name: "Auctions",
      fields: [
        { key: "creditScore", type: "number" },
        { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
      ],
    });
    const source = await adminApi(server, "POST", "/api/v1/sources", {
      key: `src-${suffix}`,
      name: "S",
      category,
      costPerLead: 10,
    });
    for (const [key, ping, post] of [
      [`high-${suffix}`, highPing, highPost],
      [`low-${suffix}`, lowPing, lowPost],
    ] as const)
      await adminApi(server, "POST", "/api/v1/recipients", {
        key,
        name: key,
        kind: "buyer",
        categories: [category],
        delivery: { channel: "http", url: post.url, ping: { url: ping.url } },
      });
    await adminApi(server, "PUT", `/api/v1/categories/${category}/plan`, {
      tiers: [
        {
          select: {},
          method: "best_margin",
          mode: "direct",
          pingPost: { fields: ["state", "zip"], deadlineMs: DEADLINE_MS },
        },
      ],
    });

    const ids = await Promise.all(
      Array.from({ length: LEADS }, async (_, i) => {
        const res = await fetch(`${server.url}/api/v1/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-intake-key": String(source["intakeKey"]) },
          body: JSON.stringify(aLead({ email: `auction.${suffix}.${i}@example.com` })),
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: string }).id;
      }),
    );
    await kill;
    await server.kill("SIGKILL");
    expect(highPost.received, "nothing is posted before the bids are in").toEqual([]);

    server = await start();
    const posted = () => highPost.received.map((r) => (JSON.parse(r.body) as { id: string }).id);
    // An auction cut off mid-run waits for its lease (the deadline plus 5 s) before it runs again.
    await expect.poll(() => new Set(posted()).size, { timeout: 30_000, interval: 200 }).toBe(LEADS);
    // Every lead's delivery is settled (a post answered may still be on its way to being recorded):
    // whatever the server would post again, it has posted by then.
    const eventsOf = async (id: string) =>
      ((await adminApi(server, "GET", `/api/v1/leads/${id}`))["events"] as { type: string }[]).map(
        (e) => e.type,
      );
    await expect
      .poll(
        async () => (await Promise.all(ids.map(eventsOf))).filter((t) => t.includes("delivered")).length,
        {
          timeout: 30_000,
          interval: 200,
        },
      )
      .toBe(LEADS);

    // One award, one delivery: every post of a lead carries the one Idempotency-Key of its delivery
    // (a post that ran out of time on a busy machine may be sent again, under that key).
    const postKeys = new Map<string, Set<string>>();
    for (const r of highPost.received) {
      const id = (JSON.parse(r.body) as { id: string }).id;
      postKeys.set(id, (postKeys.get(id) ?? new Set()).add(String(r.headers["idempotency-key"])));
    }
    expect([...postKeys.keys()].sort()).toEqual([...ids].sort());
    expect([...postKeys.values()].map((k) => k.size)).toEqual(ids.map(() => 1));
    expect(lowPost.received).toEqual([]);
    for (const id of ids) {
      const lead = await adminApi(server, "GET", `/api/v1/leads/${id}`);
      const assignments = lead["assignments"] as { recipient: string; price: number }[];
      expect(assignments.map((a) => [a.recipient, a.price])).toEqual([[`high-${suffix}`, 30]]);
      const events = (lead["events"] as { type: string }[]).map((e) => e.type);
      expect(events.filter((t) => t === "auction_closed")).toHaveLength(1);
    }
    const keys = new Set(highPing.received.map((r) => String(r.headers["idempotency-key"])));
    expect(
      [...keys].filter((k) => k.endsWith("-2")),
      "the auction cut off was run again",
    ).not.toEqual([]);
    console.log(
      `${engine}: ${LEADS} auctions, ${highPing.received.length} pings to the high bidder under ${keys.size} keys, ${highPost.received.length} posts`,
    );
    await server.kill("SIGTERM");
  }, 120_000);
});
