import { describe, expect, it } from "vitest";
import { BASE_DELAY_MS } from "../../src/domain/delivery/backoff.js";
import { DeliveryWorker } from "../../src/services/delivery/worker.js";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import {
  deliverySuite,
  givenBuyers as supportGivenBuyers,
  intake,
  onlyDelivery,
} from "../support/deliveries.js";
import { aLead } from "../support/fixtures.js";
import { answers } from "../support/receivers.js";

describe.each(ENGINES)("delivering leads to receivers on %s", (engine) => {
  const { t, worker, smtp, receivers } = deliverySuite(engine, { smtp: true });

  const receiver = receivers.start;
  const givenBuyers = (...deliveries: Record<string, unknown>[]) => supportGivenBuyers(t, ...deliveries);
  const deliver = (intakeKey: string, lead = aLead()) => intake(t, intakeKey, lead);
  const deliveries = (leadId: string) => deliveriesOfLead(t.store.db, leadId);
  const only = (leadId: string) => onlyDelivery(t.store, leadId);
  const stored = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;
  const types = (lead: { events: { type: string }[] }) => lead.events.map((e) => e.type);

  it("posts the lead as JSON with its Idempotency-Key once, and puts `delivered` on the lead", async () => {
    const r = await receiver();
    const { source } = await givenBuyers({ channel: "http", url: r.url });
    const lead = await deliver(source.intakeKey, aLead({ firstName: "Grace", creditScore: 720 }));
    expect(await worker.tick()).toBe(1);
    expect(await worker.tick()).toBe(0);
    expect(r.received).toHaveLength(1);
    const got = r.received[0]!;
    const d = await only(lead.id);
    expect(got.method).toBe("POST");
    expect(got.headers["content-type"]).toBe("application/json");
    expect(got.headers["idempotency-key"]).toBe(d.id);
    expect(JSON.parse(got.body)).toMatchObject({
      id: lead.id,
      firstName: "Grace",
      creditScore: 720,
      zip: "50309",
      state: "IA",
      price: 20,
      assignmentId: lead.assignments[0]!.id,
    });
    expect(d).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 200 });
    const after = await stored(lead.id);
    expect(types(after)).toEqual(["received", "assigned", "delivered"]);
    expect(after.events[2].data).toMatchObject({ delivery: d.id, attempts: 1, status: 200 });
  });

  it("sends XML with one escaped element per field, and mapped name-value pairs by PUT with headers and auth", async () => {
    const xml = await receiver();
    const form = await receiver();
    const { source: xmlSource } = await givenBuyers({ channel: "http", url: xml.url, format: "xml" });
    const { source: formSource } = await givenBuyers({
      channel: "http",
      url: form.url,
      method: "PUT",
      format: "form",
      fields: [
        { name: "first_name", from: "firstName" },
        { name: "vendor", value: "carousel" },
        { name: "full_name", template: "{{firstName}} {{lastName}}" },
        { name: "fico", from: "creditScore" },
      ],
      headers: { "X-Partner": "p-17" },
      auth: { type: "basic", username: "acme", password: "s3cret" },
    });
    const xmlLead = await deliver(xmlSource.intakeKey, aLead({ lastName: `O'Neil & <Sons>` }));
    await deliver(formSource.intakeKey, aLead({ firstName: "Ada", lastName: "King" }));
    await worker.tick();

    const x = xml.received[0]!;
    expect(x.headers["content-type"]).toBe("application/xml");
    expect(x.body).toContain("<lead>");
    expect(x.body).toContain("<lastName>O&apos;Neil &amp; &lt;Sons&gt;</lastName>");
    expect(x.body).toContain(`<id>${xmlLead.id}</id>`);

    const f = form.received[0]!;
    expect(f.method).toBe("PUT");
    expect(f.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(f.headers["x-partner"]).toBe("p-17");
    expect(f.headers["authorization"]).toBe(`Basic ${Buffer.from("acme:s3cret").toString("base64")}`);
    expect(Object.fromEntries(new URLSearchParams(f.body))).toEqual({
      first_name: "Ada",
      vendor: "carousel",
      full_name: "Ada King",
      fico: "710",
    });
  });

  it("retries a receiver that answers 500 twice, with growing delays, under one key and one body", async () => {
    const r = await receiver(answers({ status: 500 }, { status: 500 }, { status: 200 }));
    const { source } = await givenBuyers({
      channel: "http",
      url: r.url,
      auth: { type: "bearer", token: "t0k" },
    });
    const lead = await deliver(source.intakeKey);
    const now = Date.now();
    await worker.tick(now);
    const first = await only(lead.id);
    expect(first).toMatchObject({ status: "failed", attempts: 1, lastStatus: 500 });
    // Full jitter with the test's random 0.5: halfway between one second and the attempt's ceiling.
    expect(first.nextAttemptAt - now).toBe(1000 + (BASE_DELAY_MS - 1000) / 2);
    expect(await worker.tick(first.nextAttemptAt - 1)).toBe(0);
    await worker.tick(first.nextAttemptAt);
    const second = await only(lead.id);
    expect(second.nextAttemptAt - first.nextAttemptAt).toBe(1000 + (2 * BASE_DELAY_MS - 1000) / 2);
    await worker.tick(second.nextAttemptAt);
    expect(await only(lead.id)).toMatchObject({ status: "delivered", attempts: 3 });
    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((x) => x.headers["idempotency-key"]))).toEqual(new Set([first.id]));
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    expect(r.received.every((x) => x.headers["authorization"] === "Bearer t0k")).toBe(true);
  });

  it("keeps trying a receiver that is down and delivers once it is back", async () => {
    const r = await receiver(undefined, { down: true });
    const { source } = await givenBuyers({ channel: "http", url: r.url });
    const lead = await deliver(source.intakeKey);
    const now = Date.now();
    await worker.tick(now);
    const down = await only(lead.id);
    expect(down).toMatchObject({ status: "failed", lastStatus: null, lastError: "connection refused" });
    await r.start();
    await worker.tick(down.nextAttemptAt);
    expect(await only(lead.id)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(r.received.map((x) => x.headers["idempotency-key"])).toEqual([down.id]);
  });

  it("times out a slow receiver, and after the last attempt the delivery is dead", async () => {
    const r = await receiver(answers({ status: 200, delayMs: 2_000 }));
    const { source } = await givenBuyers({
      channel: "http",
      url: r.url,
      timeoutSeconds: 0.2,
      maxAttempts: 2,
    });
    const lead = await deliver(source.intakeKey);
    await worker.tick(Date.now());
    const slow = await only(lead.id);
    expect(slow).toMatchObject({ status: "failed", lastError: "no answer within 0.2 s" });
    await worker.tick(slow.nextAttemptAt);
    expect(await only(lead.id)).toMatchObject({ status: "dead", attempts: 2 });
    expect(r.received).toHaveLength(2);
    const after = await stored(lead.id);
    expect(types(after).at(-1)).toBe("delivery_failed");
    expect(after.status).toBe("assigned");
  });

  it("takes a receiver's rejection as final and moves the lead to the next buyer, with the reason", async () => {
    const rejecting = await receiver(
      answers({ status: 200, body: '{"result":"duplicate","why":"seen 2 days ago"}' }),
    );
    const taking = await receiver(
      answers({ status: 201, body: '{"result":"ok","leadId":"B-77","bid":31.5}' }),
    );
    const { source, keys } = await givenBuyers(
      {
        channel: "http",
        url: rejecting.url,
        reject: { body: { jsonPath: "$.result", equals: "duplicate" }, reasonPath: "$.why" },
      },
      {
        channel: "http",
        url: taking.url,
        success: { body: { regex: '"result":"ok"' } },
        read: { externalId: { jsonPath: "$.leadId" }, price: { jsonPath: "bid" } },
      },
    );
    const lead = await deliver(source.intakeKey);
    expect(lead.assignments[0]!.recipient).toBe(keys[0]);
    await worker.tick();
    await worker.tick();
    expect(rejecting.received).toHaveLength(1);
    expect(taking.received).toHaveLength(1);
    const [first, second] = await deliveries(lead.id);
    expect(first).toMatchObject({ recipient: keys[0], status: "rejected", reason: "seen 2 days ago" });
    expect(second).toMatchObject({
      recipient: keys[1],
      status: "delivered",
      externalId: "B-77",
      priceCents: 3150,
    });
    const after = await stored(lead.id);
    expect(
      after.assignments.map((a: { recipient: string; status: string }) => [a.recipient, a.status]),
    ).toEqual([
      [keys[0], "failed"],
      [keys[1], "accepted"],
    ]);
    expect(after.assignments[1].price).toBe(31.5);
    expect(types(after)).toEqual(["received", "assigned", "delivery_rejected", "assigned", "delivered"]);
    expect(after.events[2].data).toMatchObject({ reason: "seen 2 days ago", recipient: keys[0] });
  });

  it("takes a 4xx as a rejection without retrying it", async () => {
    const r = await receiver(answers({ status: 422, body: "zip outside our area" }));
    const { source } = await givenBuyers({ channel: "http", url: r.url });
    const lead = await deliver(source.intakeKey);
    await worker.tick();
    expect(await only(lead.id)).toMatchObject({
      status: "rejected",
      reason: "HTTP 422: zip outside our area",
    });
    expect(await worker.tick(Date.now() + 3_600_000)).toBe(0);
    expect(r.received).toHaveLength(1);
    expect((await stored(lead.id)).status).toBe("unassigned");
  });

  it("emails the lead over SMTP with the recipient's templates", async () => {
    const { source } = await givenBuyers({
      channel: "email",
      to: "sales@buyer.example",
      cc: "boss@buyer.example",
      subject: "Lead {{firstName}} from {{state}}",
      text: "Call {{firstName}} at {{phone}}",
      html: "<p>Call <b>{{firstName}}</b></p>",
    });
    const lead = await deliver(source.intakeKey, aLead({ firstName: "Ada <3" }));
    const before = smtp.mails.length;
    await worker.tick();
    const d = await only(lead.id);
    expect(d).toMatchObject({ status: "delivered", channel: "email", lastStatus: 250 });
    const mail = smtp.mails[before]!;
    expect(mail.to.sort()).toEqual(["boss@buyer.example", "sales@buyer.example"]);
    expect(mail.raw).toContain("Subject: Lead Ada <3 from IA");
    expect(mail.raw).toContain(`Idempotency-Key: ${d.id}`);
    expect(mail.raw).toContain(`Message-ID: <${d.id}@carousel>`);
    expect(mail.raw).toContain("Call Ada <3 at +1515");
    expect(mail.raw).toContain("<b>Ada &lt;3</b>");
  });

  it("sends again after the lease of a sender that never came back, and the late sender changes nothing", async () => {
    const r = await receiver();
    const { source } = await givenBuyers({ channel: "http", url: r.url, timeoutSeconds: 1 });
    const lead = await deliver(source.intakeKey);
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const stuck = new DeliveryWorker(t.store, {
      channels: {
        http: {
          render: (fields, settings) => ({
            contentType: "application/json",
            body: JSON.stringify({ fields, settings }),
          }),
          send: async () => {
            await hung;
            return {
              request: { method: "POST", url: "", headers: {}, body: "" },
              response: { status: 500, headers: {}, body: "", error: null, durationMs: 0 },
              outcome: { kind: "retry", reason: "HTTP 500" },
            };
          },
        },
        email: undefined as never,
      },
    });
    const now = Date.now();
    const stuckTick = stuck.tick(now);
    await expect.poll(async () => (await only(lead.id)).status).toBe("sending");
    const sending = await only(lead.id);
    expect(await worker.tick(sending.nextAttemptAt - 1)).toBe(0);
    await worker.tick(sending.nextAttemptAt);
    release();
    await stuckTick;
    expect(await only(lead.id)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(r.received).toHaveLength(1);
    expect(JSON.parse(r.received[0]!.body)).toHaveProperty("fields");
  });

  it("sends only the delivery of the assignment that holds the lead when it is sent", async () => {
    const r = await receiver();
    const { keys, source } = await givenBuyers(
      { channel: "http", url: r.url },
      { channel: "http", url: r.url },
    );
    const lead = await deliver(source.intakeKey);
    const manual = await t.call({
      method: "POST",
      url: `/api/v1/leads/${lead.id}/assign`,
      headers: admin,
      payload: { recipient: keys[1], reason: "asked for it" },
    });
    expect(manual.statusCode, manual.body).toBe(200);
    await worker.tick();
    expect((await deliveries(lead.id)).map((d) => [d.recipient, d.status, d.reason])).toEqual([
      [keys[0], "cancelled", "the assignment is reassigned"],
      [keys[1], "delivered", null],
    ]);
    expect(r.received).toHaveLength(1);
  });
});
