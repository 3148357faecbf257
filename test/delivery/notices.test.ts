import { describe, expect, it } from "vitest";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import { admin } from "../support/app.js";
import { deliverySuite, intake } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake } from "../support/fixtures.js";
import { type Receiver } from "../support/receivers.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("offer notices on %s", (engine) => {
  const { t, worker, smtp, receivers } = deliverySuite(engine, { smtp: true });

  const stored = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;
  const eventsOf = async (id: string, type: string) =>
    (await stored(id)).events.filter((e: { type: string }) => e.type === type);

  /** Agents (or partners) of a new category, each with a user and the delivery settings given for it, offered leads in turn. */
  const givenOfferDesk = async (kind: "agent" | "partner", ...deliveries: Record<string, unknown>[]) => {
    const { category, source } = await givenIntake(t);
    const keys: string[] = [];
    const headers: Record<string, { authorization: string }> = {};
    for (const [i, delivery] of deliveries.entries()) {
      const key = `${kind}${i}-${category.key}`;
      await givenRecipient(t, { key, kind, categories: [category.key], delivery });
      headers[key] = (await givenUser(t, kind, key)).headers;
      keys.push(key);
    }
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 120, attempts: 2 },
    ]);
    return { intakeKey: source.intakeKey, keys, headers };
  };

  it("posts a new offer to the offered agent's own URL with the lead's fields but not its contact, then the lead once accepted", async () => {
    const [ra, rb] = [await receivers.start(), await receivers.start()];
    // Field mappings shape the lead's own delivery; a notice carries every field under its own name.
    const fields = [
      { name: "who", from: "lastName" },
      { name: "leadId", from: "id" },
    ];
    const desk = await givenOfferDesk(
      "agent",
      { channel: "http", url: ra.url, fields },
      { channel: "http", url: rb.url, fields },
    );
    const lead = await intake(
      t,
      desk.intakeKey,
      aLead({ firstName: "Grace", lastName: "Hopper", creditScore: 730, product: "roofing" }),
    );
    const offer = lead.assignments[0]!;
    const [mine, other] = offer.recipient === desk.keys[0] ? [ra, rb] : [rb, ra];
    expect(await worker.tick()).toBe(1);
    expect(other.received).toEqual([]);
    expect(mine.received).toHaveLength(1);
    const [delivery] = await deliveriesOfLead(t.store.db, lead.id);
    expect(delivery).toMatchObject({ kind: "offer", status: "delivered", assignmentId: offer.id });
    expect(mine.received[0]!.headers["idempotency-key"]).toBe(delivery!.id);
    const body = JSON.parse(mine.received[0]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      notice: "offer",
      id: lead.id,
      offerId: offer.id,
      acceptPath: `/api/v1/assignments/${offer.id}/accept`,
      firstName: "Grace",
      state: "IA",
      zip: "50309",
      creditScore: 730,
      product: "roofing",
    });
    expect(Date.parse(String(body["offerExpiresAt"])) - Date.now()).toBeGreaterThan(100_000);
    for (const hidden of ["email", "phone", "lastName", "who"]) expect(body[hidden]).toBeUndefined();
    expect(await eventsOf(lead.id, "notified")).toEqual([
      expect.objectContaining({
        actor: "delivery",
        data: expect.objectContaining({
          notice: "offer",
          delivery: delivery!.id,
          assignment: offer.id,
          recipient: offer.recipient,
          channel: "http",
        }),
      }),
    ]);

    const accepted = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/accept`,
      headers: desk.headers[offer.recipient],
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await worker.tick()).toBe(1);
    expect(mine.received).toHaveLength(2);
    expect(JSON.parse(mine.received[1]!.body)).toEqual({ who: "Hopper", leadId: lead.id });
    expect(other.received).toEqual([]);
  });

  it("emails a new offer to a partner whose channel is email", async () => {
    const desk = await givenOfferDesk("partner", { channel: "email", to: "dealer@example.com" });
    const lead = await intake(t, desk.intakeKey, aLead({ firstName: "Ada", product: "solar" }));
    expect(await worker.tick()).toBe(1);
    expect(smtp.mails.filter((m) => m.to.includes("dealer@example.com"))).toHaveLength(1);
    const mail = smtp.mails.find((m) => m.to.includes("dealer@example.com"))!;
    expect(mail.raw).toMatch(/Subject: Lead offered to you: Ada in .* IA/);
    expect(mail.raw).toContain(lead.assignments[0]!.id);
    expect(await eventsOf(lead.id, "notified")).toHaveLength(1);
  });

  it("drops the notice of an offer answered before it went out, and a recipient without a channel only gets the event", async () => {
    const r: Receiver = await receivers.start();
    const desk = await givenOfferDesk("agent", { channel: "http", url: r.url }, { channel: "none" });
    const first = await intake(t, desk.intakeKey);
    const second = await intake(t, desk.intakeKey);
    const [withUrl, withNone] =
      first.assignments[0]!.recipient === desk.keys[0] ? [first, second] : [second, first];
    expect(await deliveriesOfLead(t.store.db, withNone.id)).toEqual([]);
    expect(await eventsOf(withNone.id, "offered")).toHaveLength(1);

    const offer = withUrl.assignments[0]!;
    const rejected = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/reject`,
      headers: desk.headers[offer.recipient],
      payload: { reason: "busy" },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await worker.tick();
    expect(r.received).toEqual([]);
    const notices = await deliveriesOfLead(t.store.db, withUrl.id);
    expect(notices.find((d) => d.assignmentId === offer.id)).toMatchObject({
      kind: "offer",
      status: "cancelled",
      reason: "the offer is no longer open (rejected)",
    });
  });
});
