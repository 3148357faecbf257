import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { aLead } from "../support/fixtures.js";
import { answers, startReceiver, type Receiver } from "../support/receivers.js";
import { adminApi } from "../support/server-api.js";
import { serverSuite } from "../support/server-suite.js";

const LEADS = 1_000;
/**
 * The request on whose arrival the server is killed: the ones before it still wait for their
 * answers, and most of the deliveries have not gone out yet.
 */
const KILL_ON_REQUEST = 300;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)("deliveries of a server killed while they are in flight on %s", (engine) => {
  const { start } = serverSuite(engine);
  let receiver: Receiver;
  let onRequest = (_n: number) => {};
  beforeAll(async () => {
    // Answers after 40 ms, so the requests before the one that triggers the kill are on the wire.
    const answer = answers({ status: 200, body: '{"ok":true}', delayMs: 40 });
    receiver = await startReceiver((request, n) => {
      onRequest(n + 1);
      return answer(request, n);
    });
  });
  afterAll(() => receiver.stop());

  it("delivers every lead after SIGKILL and restart, never two bodies under one Idempotency-Key", async () => {
    let server = await start();
    const suffix = Date.now().toString(36);
    const category = `deliver-${suffix}`;
    const buyer = `buyer-${suffix}`;
    await adminApi(server, "POST", "/api/v1/categories", {
      key: category,
      name: "Deliveries",
      fields: [
        { key: "creditScore", type: "number" },
        { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
      ],
    });
    await adminApi(server, "PUT", `/api/v1/categories/${category}/plan`, {
      tiers: [{ select: {}, method: "round_robin", mode: "direct" }],
    });
    const source = await adminApi(server, "POST", "/api/v1/sources", {
      key: `src-${suffix}`,
      name: "S",
      category,
    });
    await adminApi(server, "POST", "/api/v1/recipients", {
      key: buyer,
      name: "Buyer",
      kind: "buyer",
      categories: [category],
      delivery: { channel: "http", url: receiver.url, timeoutSeconds: 2 },
    });
    // Every lead is taken while the buyer is paused, so all of them are waiting when it resumes.
    await adminApi(server, "POST", `/api/v1/recipients/${buyer}/delivery/pause`);
    const ids = new Set<string>();
    let n = 0;
    const client = async () => {
      while (n < LEADS) {
        const lead = aLead({ email: `deliver.${suffix}.${n++}@example.com` });
        const res = await fetch(`${server.url}/api/v1/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-intake-key": String(source["intakeKey"]) },
          body: JSON.stringify(lead),
        });
        expect(res.status).toBe(201);
        ids.add(((await res.json()) as { id: string }).id);
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    expect(ids.size).toBe(LEADS);

    const victim = server;
    const killed = new Promise<void>((resolve) => {
      onRequest = (n) => {
        if (n !== KILL_ON_REQUEST) return;
        victim.child.kill("SIGKILL");
        resolve();
      };
    });
    await adminApi(server, "POST", `/api/v1/recipients/${buyer}/delivery/resume`);
    await killed;
    await server.kill("SIGKILL");
    const atKill = receiver.received.length;

    server = await start();
    const delivered = () => new Set(receiver.received.map((r) => (JSON.parse(r.body) as { id: string }).id));
    const until = Date.now() + 60_000;
    while (delivered().size < LEADS && Date.now() < until) await sleep(100);
    expect(
      [...ids].filter((id) => !delivered().has(id)),
      "leads never delivered",
    ).toEqual([]);

    // Every lead has arrived, but the deliveries on the wire at the kill go out again only when
    // their lease runs out: count the repeats once every delivery is recorded as delivered.
    const recorded = async () => {
      let count = 0;
      let cursor: unknown = null;
      do {
        const page = await adminApi(
          server,
          "GET",
          `/api/v1/deliveries?status=delivered&recipient=${buyer}&limit=500${cursor ? `&cursor=${String(cursor)}` : ""}`,
        );
        count += (page["items"] as unknown[]).length;
        cursor = page["nextCursor"];
      } while (cursor);
      return count;
    };
    // A try that ran out of time on a busy machine (its request may still have arrived) is
    // tried again after a backoff of up to 30 s: wait for that too.
    await expect.poll(recorded, { timeout: 90_000, interval: 500 }).toBe(LEADS);

    const bodiesByKey = new Map<string, Set<string>>();
    for (const r of receiver.received) {
      const key = String(r.headers["idempotency-key"]);
      bodiesByKey.set(key, (bodiesByKey.get(key) ?? new Set()).add(r.body));
    }
    expect(bodiesByKey.size, "one delivery, one key, per lead").toBe(LEADS);
    expect([...bodiesByKey].filter(([, bodies]) => bodies.size > 1).map(([key]) => key)).toEqual([]);
    const repeats = receiver.received.length - bodiesByKey.size;
    expect(repeats, "the request that set off the kill was on the wire: it is sent again").toBeGreaterThan(0);
    console.log(
      `${engine}: ${LEADS} deliveries, ${atKill} received before SIGKILL, ${receiver.received.length} requests in all, ${repeats} repeats under the same key`,
    );

    await server.kill("SIGTERM");
  }, 240_000);
});
