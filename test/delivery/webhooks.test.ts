import { describe, expect, it, vi } from "vitest";
import { signWebhook, verifyWebhook } from "../../src/domain/delivery/signature.js";
import { DeliveryWorker } from "../../src/services/delivery/worker.js";
import { admin } from "../support/app.js";
import { deliverySuite, intake } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake } from "../support/fixtures.js";
import { answers } from "../support/receivers.js";
import { givenRecipient } from "../support/routing.js";

describe("webhook signatures", () => {
  it("verify over the time and the body with the secret, within the tolerance", () => {
    const header = signWebhook("s3cret-s3cret-16", 1_700_000_000, '{"a":1}');
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook("s3cret-s3cret-16", header, '{"a":1}', 1_700_000_100)).toBe(true);
    expect(verifyWebhook("s3cret-s3cret-16", header, '{"a":2}', 1_700_000_100)).toBe(false);
    expect(verifyWebhook("another-secret-16", header, '{"a":1}', 1_700_000_100)).toBe(false);
    expect(verifyWebhook("s3cret-s3cret-16", header, '{"a":1}', 1_700_001_000)).toBe(false);
  });
});

describe.each(ENGINES)("outbound webhooks on %s", (engine) => {
  // Each test starts with no subscriptions: what one test subscribed is not the next one's business.
  const { t, worker, receivers } = deliverySuite(engine, {
    random: () => 0,
    afterEachTest: (app) => app.store.db.updateTable("webhook_subscriptions").set({ enabled: 0 }).execute(),
  });

  const receiver = receivers.start;
  const subscribe = async (url: string, events: string[]) => {
    const res = await t.call({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: admin,
      payload: { url, events },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.data as { id: string; secret: string };
  };
  const givenAgentIntake = async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `agent-${category.key}`, categories: [category.key] });
    return source.intakeKey;
  };
  const get = async (url: string) => (await t.call({ method: "GET", url, headers: admin })).data;

  it("posts the subscribed events of a lead as signed JSON, and only those after it subscribed", async () => {
    const intakeKey = await givenAgentIntake();
    const before = await intake(t, intakeKey);
    const r = await receiver();
    const sub = await subscribe(r.url, ["received", "assigned", "stage_changed"]);
    const lead = await intake(t, intakeKey);
    // One event of a lead at a time: `assigned` goes once `received` is delivered.
    await worker.tick();
    await worker.tick();
    expect(r.received.map((x) => JSON.parse(x.body).type)).toEqual(["received", "assigned"]);
    for (const x of r.received) {
      const body = JSON.parse(x.body);
      expect(body.lead).toMatchObject({ id: lead.id, status: "assigned" });
      expect(x.headers["idempotency-key"]).toBe(body.id);
      expect(x.headers["carousel-event"]).toBe(body.type);
      const signature = String(x.headers["carousel-signature"]);
      expect(verifyWebhook(sub.secret, signature, x.body, Math.floor(Date.now() / 1000))).toBe(true);
    }
    expect(JSON.parse(r.received[1]!.body).data).toMatchObject({ recipient: lead.assignments[0]!.recipient });
    expect(r.received.some((x) => JSON.parse(x.body).lead.id === before.id)).toBe(false);

    const stage = await t.call({
      method: "POST",
      url: `/api/v1/leads/${lead.id}/stage`,
      headers: admin,
      payload: { stage: "contacted" },
    });
    expect(stage.statusCode, stage.body).toBe(200);
    await worker.tick();
    expect(r.received.map((x) => JSON.parse(x.body).type)).toEqual(["received", "assigned", "stage_changed"]);
    const onLead = await get(`/api/v1/leads/${lead.id}/webhooks`);
    expect(onLead.items.map((d: { eventType: string; status: string }) => [d.eventType, d.status])).toEqual([
      ["received", "delivered"],
      ["assigned", "delivered"],
      ["stage_changed", "delivered"],
    ]);
  });

  it("sends a lead's events in event order when the subscriber is slow on the first, other leads alongside", async () => {
    const intakeKey = await givenAgentIntake();
    // The first lead's `received` is answered late; every other request at once.
    let slowLead = "";
    const r = await receiver((request) => {
      const event = JSON.parse(request.body) as { type: string; lead: { id: string } };
      return event.lead.id === slowLead && event.type === "received"
        ? { status: 200, delayMs: 1_500 }
        : { status: 200 };
    });
    await subscribe(r.url, ["received", "assigned"]);
    const first = await intake(t, intakeKey);
    slowLead = first.id;
    const second = await intake(t, intakeKey);
    const running = new DeliveryWorker(t.store, { random: () => 0, intervalMs: 20 }).start();
    try {
      await vi.waitFor(() => expect(r.received.filter((x) => x.answered !== undefined)).toHaveLength(4), {
        timeout: 15_000,
        interval: 20,
      });
    } finally {
      await running.stop();
    }
    const of = (lead: string) =>
      r.received
        .map((x) => ({ ...x, event: JSON.parse(x.body) as { type: string; lead: { id: string } } }))
        .filter((x) => x.event.lead.id === lead);
    for (const lead of [first.id, second.id]) {
      const [received, assigned] = of(lead);
      expect([received?.event.type, assigned?.event.type]).toEqual(["received", "assigned"]);
      // The later event left only once the earlier one was answered.
      expect(assigned!.arrived!).toBeGreaterThan(received!.answered!);
    }
    // The second lead did not wait for the first lead's slow answer.
    const [slow] = of(first.id);
    for (const x of of(second.id)) expect(x.answered!).toBeLessThan(slow!.answered!);
  });

  it("sends a lead's later event once the earlier one is dead, and not before", async () => {
    const intakeKey = await givenAgentIntake();
    const r = await receiver((request) =>
      JSON.parse(request.body).type === "received" ? { status: 503 } : { status: 200 },
    );
    const sub = await subscribe(r.url, ["received", "assigned"]);
    const lead = await intake(t, intakeKey);
    let now = Date.now();
    await worker.tick(now);
    const types = () => r.received.map((x) => JSON.parse(x.body).type as string);
    expect(types()).toEqual(["received"]);
    for (;;) {
      const [waiting] = (await get(`/api/v1/webhooks/deliveries?status=failed&subscription=${sub.id}`)).items;
      if (!waiting) break;
      expect(waiting.leadId).toBe(lead.id);
      expect(types().includes("assigned")).toBe(false);
      now = Date.parse(waiting.nextAttemptAt);
      await worker.tick(now);
    }
    await worker.tick(now);
    expect(types().at(-1)).toBe("assigned");
    expect(types().filter((x) => x === "assigned")).toHaveLength(1);
  });

  it("retries a failing subscriber under one key and body until dead, and replays it", async () => {
    const intakeKey = await givenAgentIntake();
    const r = await receiver(answers(...Array.from({ length: 8 }, () => ({ status: 503 })), { status: 200 }));
    const sub = await subscribe(r.url, ["received"]);
    const lead = await intake(t, intakeKey);
    let now = Date.now();
    await worker.tick(now);
    for (let i = 0; i < 7; i++) {
      const [waiting] = (await get(`/api/v1/webhooks/deliveries?status=failed&subscription=${sub.id}`)).items;
      expect(waiting).toMatchObject({ leadId: lead.id, attemptCount: i + 1, lastResponse: { status: 503 } });
      now = Date.parse(waiting.nextAttemptAt);
      await worker.tick(now);
    }
    const [dead] = (await get(`/api/v1/webhooks/deliveries?subscription=${sub.id}`)).items;
    expect(dead).toMatchObject({ status: "dead", attemptCount: 8 });
    const replay = await t.call({
      method: "POST",
      url: `/api/v1/webhooks/deliveries/${dead.id}/replay`,
      headers: admin,
    });
    expect(replay.statusCode, replay.body).toBe(200);
    await worker.tick(now);
    expect((await get(`/api/v1/leads/${lead.id}/webhooks`)).items[0]).toMatchObject({ status: "delivered" });
    expect(r.received).toHaveLength(9);
    expect(new Set(r.received.map((x) => x.headers["idempotency-key"]))).toEqual(new Set([dead.id]));
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
  });

  it("sends nothing more to a subscription once it is deleted", async () => {
    const intakeKey = await givenAgentIntake();
    const r = await receiver(answers({ status: 500 }));
    const sub = await subscribe(r.url, ["*"]);
    await intake(t, intakeKey);
    await worker.tick();
    const sent = r.received.length;
    expect(sent).toBeGreaterThan(0);
    const gone = await t.call({ method: "DELETE", url: `/api/v1/webhooks/${sub.id}`, headers: admin });
    expect(gone.statusCode).toBe(204);
    await intake(t, intakeKey);
    await worker.tick(Date.now() + 3_600_000);
    expect(r.received).toHaveLength(sent);
    expect((await get("/api/v1/webhooks")).items.find((s: { id: string }) => s.id === sub.id)).toMatchObject({
      enabled: false,
    });
  });

  const patch = (id: string, payload: Record<string, unknown>) =>
    t.call({ method: "PATCH", url: `/api/v1/webhooks/${id}`, headers: admin, payload });
  const types = (r: { received: { body: string }[] }) => r.received.map((x) => JSON.parse(x.body).type);

  it("sends to the new URL, the events now chosen and the new secret once a subscription is edited", async () => {
    const intakeKey = await givenAgentIntake();
    const [before, after] = [await receiver(), await receiver()];
    const sub = await subscribe(before.url, ["received"]);
    const edited = await patch(sub.id, { url: after.url, events: ["assigned"], rotateSecret: true });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.data).toMatchObject({ id: sub.id, url: after.url, events: ["assigned"], enabled: true });
    expect(edited.data.secret).toMatch(/^whsec_/);
    expect(edited.data.secret).not.toBe(sub.secret);

    await intake(t, intakeKey);
    await worker.tick();
    expect(before.received).toHaveLength(0);
    expect(types(after)).toEqual(["assigned"]);
    const signature = String(after.received[0]!.headers["carousel-signature"]);
    const now = Math.floor(Date.now() / 1000);
    expect(verifyWebhook(edited.data.secret, signature, after.received[0]!.body, now)).toBe(true);
    expect(verifyWebhook(sub.secret, signature, after.received[0]!.body, now)).toBe(false);

    // An edit that does not replace the secret does not show it.
    const renamed = await patch(sub.id, { events: ["assigned", "received"] });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.data).not.toHaveProperty("secret");
  });

  it("stops sending when disabled and sends again when enabled", async () => {
    const intakeKey = await givenAgentIntake();
    const r = await receiver();
    const sub = await subscribe(r.url, ["received"]);
    expect((await patch(sub.id, { enabled: false })).data).toMatchObject({ enabled: false });
    await intake(t, intakeKey);
    await worker.tick();
    expect(r.received).toHaveLength(0);
    expect((await patch(sub.id, { enabled: true })).data).toMatchObject({ enabled: true });
    await intake(t, intakeKey);
    await worker.tick();
    expect(types(r)).toContain("received");
  });

  it("refuses an edit it cannot make and changes nothing", async () => {
    const r = await receiver();
    const sub = await subscribe(r.url, ["received"]);
    const refusals: [Record<string, unknown>, number][] = [
      [{}, 422],
      [{ events: ["no_such_event_type"] }, 422],
      [{ events: [] }, 422],
      [{ url: "ftp://example.com/hook" }, 422],
      [{ secret: "a-long-enough-secret", rotateSecret: true }, 422],
      [{ secret: "short" }, 422],
      [{ rotateSecret: false }, 422],
      [{ enabled: "yes" }, 422],
      [{ owner: "someone" }, 422],
    ];
    for (const [payload, status] of refusals)
      expect((await patch(sub.id, payload)).statusCode, JSON.stringify(payload)).toBe(status);
    expect((await patch("whk_no_such_webhook", { enabled: false })).statusCode).toBe(404);
    const listed = (await get("/api/v1/webhooks")).items.find((s: { id: string }) => s.id === sub.id);
    expect(listed).toMatchObject({ url: r.url, events: ["received"], enabled: true });
    const audit = await get(`/api/v1/audit?entity=webhook&key=${sub.id}`);
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(["create"]);
  });

  it("records an edit in the audit log with what changed and that the secret was replaced, never the secret", async () => {
    const r = await receiver();
    const sub = await subscribe(r.url, ["received"]);
    const edited = await patch(sub.id, { events: ["assigned"], rotateSecret: true });
    const [update] = (await get(`/api/v1/audit?entity=webhook&key=${sub.id}`)).items;
    expect(update).toMatchObject({
      action: "update",
      before: { url: r.url, events: ["received"], enabled: true },
      after: { url: r.url, events: ["assigned"], enabled: true, secretReplaced: true },
    });
    expect(JSON.stringify(update)).not.toContain(edited.data.secret);
    expect(JSON.stringify(update)).not.toContain(sub.secret);
  });
});
