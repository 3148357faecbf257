import { afterEach, describe, expect, it } from "vitest";
import { enqueueDelivery } from "../../src/services/delivery/outbox.js";
import { listAssignments } from "../../src/store/queries/assignments.js";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import { admin, suiteTestApp } from "../support/app.js";
import { cancelWaitingDeliveries, givenBuyers, intake, onlyDelivery } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

const NOWHERE = { channel: "http", url: "http://127.0.0.1:9/leads" };

describe.each(ENGINES)("the delivery outbox on %s", (engine) => {
  const t = suiteTestApp(engine);
  afterEach(() => cancelWaitingDeliveries(t.store));

  const deliveries = (leadId: string) => deliveriesOfLead(t.store.db, leadId);

  it("writes a pending delivery with a direct assignment, its id the idempotency key", async () => {
    const { source, keys } = await givenBuyers(t, NOWHERE);
    const lead = await intake(t, source.intakeKey);
    const d = await onlyDelivery(t.store, lead.id);
    expect(d).toMatchObject({
      assignmentId: lead.assignments[0]!.id,
      recipient: keys[0],
      channel: "http",
      status: "pending",
      attempts: 0,
      maxAttempts: 8,
      idempotencyKey: d.id,
      payload: null,
    });
    expect(d.id).toMatch(/^dlv_/);
  });

  it("writes nothing for a recipient without a delivery channel", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `agent-${category.key}`, categories: [category.key] });
    await givenRecipient(t, {
      key: `quiet-${category.key}`,
      categories: [category.key],
      delivery: { channel: "none" },
    });
    const first = await intake(t, source.intakeKey);
    const second = await intake(t, source.intakeKey);
    expect([first.assignments.length, second.assignments.length]).toEqual([1, 1]);
    expect([...(await deliveries(first.id)), ...(await deliveries(second.id))]).toEqual([]);
  });

  it("commits a delivery together with its transaction or not at all", async () => {
    const { category, source } = await givenIntake(t);
    await givenRecipient(t, { key: `agent-${category.key}`, categories: [category.key] });
    const lead = await intake(t, source.intakeKey);
    const [assignment] = await listAssignments(t.store.db, lead.id);
    const buyer = { key: assignment!.recipient, delivery: { channel: "http" as const, url: NOWHERE.url } };
    await expect(
      t.store.transact(async (tx) => {
        await enqueueDelivery(tx, assignment!, buyer, Date.now());
        throw new Error("the assignment's transaction fails after the delivery was written");
      }),
    ).rejects.toThrow("fails");
    expect(await deliveries(lead.id)).toEqual([]);
    await t.store.transact((tx) => enqueueDelivery(tx, assignment!, buyer, Date.now()));
    expect(await deliveries(lead.id)).toHaveLength(1);
  });

  it("writes deliveries when an offer is accepted, a pooled lead claimed and a lead assigned by hand", async () => {
    const { category, source } = await givenIntake(t);
    const keys = ["offer", "pool", "manual"].map((k) => `${k}-${category.key}`);
    const users: Record<string, { authorization: string }> = {};
    for (const key of keys) {
      await givenRecipient(t, { key, kind: "partner", categories: [category.key], delivery: NOWHERE });
      users[key] = (await givenUser(t, "partner", key)).headers;
    }
    const [offerTo, poolTo, manualTo] = keys as [string, string, string];
    await givenPlan(t, category.key, [{ select: { keys: [offerTo] }, method: "round_robin", mode: "push" }]);
    const offered = await intake(t, source.intakeKey);
    const offerId = offered.assignments[0]!.id;
    // The offer itself goes out as a notice; the lead follows once it is accepted.
    expect((await deliveries(offered.id)).map((d) => [d.kind, d.assignmentId])).toEqual([["offer", offerId]]);
    const accept = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offerId}/accept`,
      headers: users[offerTo],
    });
    expect(accept.statusCode, accept.body).toBe(200);
    expect((await deliveries(offered.id)).map((d) => [d.kind, d.recipient, d.assignmentId])).toEqual([
      ["offer", offerTo, offerId],
      ["lead", offerTo, offerId],
    ]);

    await givenPlan(t, category.key, [
      { select: { keys: [poolTo] }, method: "round_robin", mode: "pull", poolSeconds: 600 },
    ]);
    const pooled = await intake(t, source.intakeKey);
    expect(await deliveries(pooled.id)).toEqual([]);
    const claim = await t.call({
      method: "POST",
      url: `/api/v1/pool/${pooled.id}/claim`,
      headers: users[poolTo],
    });
    expect(claim.statusCode, claim.body).toBe(200);
    expect((await onlyDelivery(t.store, pooled.id)).assignmentId).toBe(claim.data.id);

    const manual = await t.call({
      method: "POST",
      url: `/api/v1/leads/${pooled.id}/assign`,
      headers: admin,
      payload: { recipient: manualTo, reason: "asked for it" },
    });
    expect(manual.statusCode, manual.body).toBe(200);
    expect((await deliveries(pooled.id)).map((d) => [d.recipient, d.assignmentId])).toEqual([
      [poolTo, claim.data.id],
      [manualTo, manual.data.id],
    ]);
  });
});
