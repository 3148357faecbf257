import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { deliverySuite, intake } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake } from "../support/fixtures.js";
import { answers } from "../support/receivers.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("the delivery API on %s", (engine) => {
  const { t, worker, receivers } = deliverySuite(engine, { random: () => 0 });

  const receiver = receivers.start;
  const givenBuyer = async (delivery: Record<string, unknown>) => {
    const { category, source } = await givenIntake(t);
    const key = `buyer-${category.key}`;
    await givenRecipient(t, { key, kind: "buyer", categories: [category.key], delivery });
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
    return { key, intakeKey: source.intakeKey };
  };
  const deliver = async (intakeKey: string) => (await intake(t, intakeKey)).id;
  const get = (url: string) => t.call({ method: "GET", url, headers: admin });
  const post = (url: string, payload?: Record<string, unknown>) =>
    t.call({ method: "POST", url, headers: admin, ...(payload ? { payload } : {}) });
  const deliveriesOf = async (leadId: string) => {
    const res = await get(`/api/v1/leads/${leadId}/deliveries`);
    expect(res.statusCode, res.body).toBe(200);
    return res.data.items;
  };

  it("shows a lead's deliveries with each try's request and response, and the failures list", async () => {
    const r = await receiver(answers({ status: 503, body: "busy" }, { status: 200, body: '{"ok":1}' }));
    const { intakeKey } = await givenBuyer({
      channel: "http",
      url: r.url,
      auth: { type: "bearer", token: "sekret" },
    });
    const leadId = await deliver(intakeKey);
    const now = Date.now();
    await worker.tick(now);
    const [failed] = await deliveriesOf(leadId);
    expect(failed).toMatchObject({
      status: "failed",
      attemptCount: 1,
      leadId,
      lastResponse: { status: 503 },
    });
    expect(failed.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        outcome: "failed",
        request: expect.objectContaining({
          method: "POST",
          url: r.url,
          headers: expect.objectContaining({ "idempotency-key": failed.id, authorization: "Bearer ***" }),
          body: r.received[0]!.body,
        }),
        response: expect.objectContaining({ status: 503, body: "busy" }),
      }),
    ]);
    const failures = await get("/api/v1/deliveries");
    expect(failures.data.items.map((d: { id: string }) => d.id)).toContain(failed.id);

    await worker.tick(Date.parse(failed.nextAttemptAt));
    const [done] = await deliveriesOf(leadId);
    expect(done).toMatchObject({ status: "delivered", attemptCount: 2, nextAttemptAt: null });
    expect(done.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(["failed", "delivered"]);
    const after = await get("/api/v1/deliveries?status=failed");
    expect(after.data.items.map((d: { id: string }) => d.id)).not.toContain(failed.id);
    const delivered = await get(`/api/v1/deliveries?status=delivered&recipient=${done.recipient}`);
    expect(delivered.data.items.map((d: { id: string }) => d.id)).toEqual([done.id]);
  });

  it("replays a dead delivery under the same Idempotency-Key and body, and only a dead or rejected one", async () => {
    const r = await receiver(answers({ status: 500 }, { status: 200 }));
    const { intakeKey } = await givenBuyer({ channel: "http", url: r.url, maxAttempts: 1 });
    const leadId = await deliver(intakeKey);
    await worker.tick();
    const [dead] = await deliveriesOf(leadId);
    expect(dead.status).toBe("dead");
    expect((await get("/api/v1/deliveries?status=dead")).data.items[0].id).toBe(dead.id);

    const replay = await post(`/api/v1/deliveries/${dead.id}/replay`);
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.data).toMatchObject({ status: "pending", attemptCount: 1, maxAttempts: 2 });
    expect((await post(`/api/v1/deliveries/${dead.id}/replay`)).statusCode).toBe(409);
    await worker.tick();
    expect((await deliveriesOf(leadId))[0].status).toBe("delivered");
    expect((await post(`/api/v1/deliveries/${dead.id}/replay`)).statusCode).toBe(409);
    expect((await post(`/api/v1/deliveries/dlv_nope/replay`)).statusCode).toBe(404);

    expect(r.received.map((x) => x.headers["idempotency-key"])).toEqual([dead.id, dead.id]);
    expect(r.received[1]!.body).toBe(r.received[0]!.body);
    const lead = (await get(`/api/v1/leads/${leadId}`)).data;
    expect(lead.events.map((e: { type: string }) => e.type)).toEqual([
      "received",
      "assigned",
      "delivery_failed",
      "delivery_replayed",
      "delivered",
    ]);
  });

  it("gives a rejecting buyer its lead back when a replay of the rejection goes through", async () => {
    const r = await receiver(answers({ status: 409, body: "duplicate" }, { status: 200 }));
    const { key, intakeKey } = await givenBuyer({ channel: "http", url: r.url });
    const leadId = await deliver(intakeKey);
    await worker.tick();
    const [rejected] = await deliveriesOf(leadId);
    expect(rejected).toMatchObject({ status: "rejected", reason: "HTTP 409: duplicate" });
    expect((await get(`/api/v1/leads/${leadId}`)).data).toMatchObject({
      status: "unassigned",
      assignments: [{ recipient: key, status: "failed" }],
    });
    expect((await post(`/api/v1/deliveries/${rejected.id}/replay`)).statusCode).toBe(200);
    await worker.tick();
    expect((await get(`/api/v1/leads/${leadId}`)).data.assignments).toMatchObject([
      { recipient: key, status: "accepted" },
    ]);
  });

  it("test-sends a sample lead and returns the request and the response, storing nothing", async () => {
    const r = await receiver(answers({ status: 200, body: '{"accepted":true,"id":"X1"}' }));
    const { key } = await givenBuyer({
      channel: "http",
      url: r.url,
      format: "form",
      success: { body: { jsonPath: "accepted", equals: true } },
      read: { externalId: { regex: '"id":"([^"]+)"' } },
    });
    const res = await post(`/api/v1/recipients/${key}/delivery/test`, { fields: { creditScore: 700 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      outcome: "delivered",
      externalId: "X1",
      request: { method: "POST", url: r.url, headers: { "idempotency-key": res.data.idempotencyKey } },
      response: { status: 200, body: '{"accepted":true,"id":"X1"}', error: null },
    });
    const sent = Object.fromEntries(new URLSearchParams(r.received[0]!.body));
    expect(sent).toMatchObject({ firstName: "Ada", creditScore: "700" });
    expect(res.data.request.body).toBe(r.received[0]!.body);
    expect((await get(`/api/v1/deliveries?status=delivered&recipient=${key}`)).data.items).toEqual([]);

    const { key: silent } = await givenBuyer({ channel: "none" });
    const none = await post(`/api/v1/recipients/${silent}/delivery/test`);
    expect(none.statusCode, none.body).toBe(409);
    expect((await post(`/api/v1/recipients/nobody/delivery/test`)).statusCode).toBe(404);
  });

  it("holds a paused recipient's deliveries and sends every one of them after resume", async () => {
    const r = await receiver();
    const { key, intakeKey } = await givenBuyer({ channel: "http", url: r.url });
    const paused = await post(`/api/v1/recipients/${key}/delivery/pause`);
    expect(paused.data).toMatchObject({ recipient: key, paused: true, waiting: 0 });
    const leads = [await deliver(intakeKey), await deliver(intakeKey)];
    await worker.tick(Date.now() + 3_600_000);
    expect(r.received).toEqual([]);
    const resumed = await post(`/api/v1/recipients/${key}/delivery/resume`);
    expect(resumed.data).toMatchObject({ paused: false, pausedAt: null, waiting: 2 });
    await worker.tick();
    expect(r.received.map((x) => JSON.parse(x.body).id).sort()).toEqual(leads.sort());
  });

  it("shows staff on the recipient whether its deliveries are paused, since when and by whom", async () => {
    const { key, intakeKey } = await givenBuyer({ channel: "http", url: "http://127.0.0.1:9/" });
    const read = async (headers: Record<string, string> = admin) =>
      (await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers })).data;
    expect((await read()).deliveryPause).toBeNull();

    const manager = await givenUser(t, "manager");
    const paused = await t.call({
      method: "POST",
      url: `/api/v1/recipients/${key}/delivery/pause`,
      headers: manager.headers,
    });
    expect(paused.statusCode).toBe(200);
    await deliver(intakeKey);
    expect((await read()).deliveryPause).toEqual({
      since: paused.data.pausedAt,
      by: "A manager",
      byUserId: manager.id,
      waiting: 1,
    });
    // The recipient's own user sees its settings, not the staff's pause.
    const own = await givenUser(t, "partner", key);
    expect(await read(own.headers)).not.toHaveProperty("deliveryPause");

    await post(`/api/v1/recipients/${key}/delivery/resume`);
    expect((await read()).deliveryPause).toBeNull();
  });

  it("is for staff only, and refuses delivery settings it could not follow", async () => {
    const { key } = await givenBuyer({ channel: "http", url: "http://127.0.0.1:9/" });
    const agent = await givenUser(t, "partner", key);
    for (const [method, url] of [
      ["GET", "/api/v1/deliveries"],
      ["POST", `/api/v1/recipients/${key}/delivery/pause`],
      ["POST", `/api/v1/recipients/${key}/delivery/test`],
    ] as const)
      expect((await t.call({ method, url, headers: agent.headers })).statusCode).toBe(403);

    const { category } = await givenIntake(t);
    const create = (delivery: Record<string, unknown>) =>
      post("/api/v1/recipients", {
        key: `r-${Math.random().toString(36).slice(2, 8)}`,
        name: "R",
        kind: "buyer",
        categories: [category.key],
        delivery,
      });
    expect(
      (await create({ channel: "http", url: "http://x/", success: { body: { regex: "(" } } })).statusCode,
    ).toBe(422);
    expect(
      (await create({ channel: "http", url: "http://x/", fields: [{ name: "bad name" }] })).statusCode,
    ).toBe(422);
    expect((await create({ channel: "http", url: "http://x/", method: "DELETE" })).statusCode).toBe(422);
    const full = await create({
      channel: "http",
      url: "https://buyer.example/leads",
      method: "PUT",
      format: "xml",
      fields: [
        { name: "fname", from: "firstName" },
        { name: "src", value: "carousel" },
      ],
      headers: { "X-Api-Key": "k" },
      auth: { type: "basic", username: "u", password: "p" },
      timeoutSeconds: 5,
      maxAttempts: 3,
      success: { status: [200, 201], body: { regex: "OK" } },
      reject: { body: { jsonPath: "$.status", equals: "rejected" }, reasonPath: "$.reason" },
      read: { externalId: { jsonPath: "$.id" }, price: { jsonPath: "$.price" } },
    });
    expect(full.statusCode, full.body).toBe(201);
    expect(full.data.delivery).toMatchObject({
      method: "PUT",
      maxAttempts: 3,
      reject: { reasonPath: "$.reason" },
    });
  });
});
