import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { percentile } from "../../src/services/reports.js";
import { changeStage, logCall } from "../../src/services/work.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { ADMIN, as, givenDesk, givenLead } from "../support/work.js";

const MINUTE = 60_000;

describe.each(ENGINES)("speed to lead and the summary report on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const createdAt = async (id: string) =>
    Date.parse((await as(t)("GET", `/api/v1/leads/${id}`)).data.createdAt);

  it("times a lead from receipt to its first assignment and first contact, for its holder and staff only", async () => {
    const desk = await givenDesk(t, ["agent", "agent"]);
    const { id, recipient } = await givenLead(t, desk);
    const mine = desk.recipients.indexOf(recipient!);
    const holder = as(t, desk.users[mine]!.headers);
    const before = (await holder("GET", `/api/v1/leads/${id}/timing`)).data;
    expect(before).toMatchObject({
      leadId: id,
      firstOfferedAt: null,
      firstContactAt: null,
      secondsToContact: null,
    });
    expect(before.firstAcceptedAt).toBe(before.receivedAt);
    expect(before.secondsToAccept).toBe(0);

    const received = await createdAt(id);
    await logCall(t.store, id, { outcome: "connected", durationSeconds: 90 }, ADMIN, received + 5 * MINUTE);
    await changeStage(t.store, id, { stage: "contacted" }, ADMIN, received + 9 * MINUTE);
    const after = (await as(t)("GET", `/api/v1/leads/${id}/timing`)).data;
    expect(after).toMatchObject({
      secondsToContact: 300,
      firstContactAt: new Date(received + 5 * MINUTE).toISOString(),
    });

    expect((await as(t, desk.users[1 - mine]!.headers)("GET", `/api/v1/leads/${id}/timing`)).statusCode).toBe(
      404,
    );
  });

  it("sums leads, accepted, contacted, won, revenue, cost and margin per group, with speed-to-lead percentiles", async () => {
    const from = new Date().toISOString();
    const desk = await givenDesk(t, ["agent", "agent"]);
    const leads = [];
    for (let i = 0; i < 3; i++) leads.push(await givenLead(t, desk));
    const [a, b, c] = leads;
    const at = async (id: string, minutes: number) => (await createdAt(id)) + minutes * MINUTE;
    await logCall(t.store, a!.id, { outcome: "connected", durationSeconds: 60 }, ADMIN, await at(a!.id, 2));
    await changeStage(t.store, a!.id, { stage: "won", revenue: 1000 }, ADMIN, await at(a!.id, 30));
    await changeStage(t.store, b!.id, { stage: "contacted" }, ADMIN, await at(b!.id, 10));
    await changeStage(t.store, c!.id, { stage: "lost", reason: "Not interested" }, ADMIN, await at(c!.id, 1));

    const report = async (groupBy?: string) =>
      (await as(t)("GET", `/api/v1/reports/summary?from=${from}${groupBy ? `&groupBy=${groupBy}` : ""}`))
        .data;
    const bySource = await report("source");
    expect(bySource.groups).toHaveLength(1);
    expect(bySource.groups[0]).toEqual({
      key: expect.stringMatching(/^src-/),
      leads: 3,
      accepted: 3,
      contacted: 2,
      won: 1,
      revenue: 1000,
      cost: 37.5,
      margin: 962.5,
      sales: 0,
      medianSecondsToAccept: 0,
      p90SecondsToAccept: 0,
      medianSecondsToContact: 120,
      p90SecondsToContact: 600,
    });
    expect((await report()).total).toMatchObject({ leads: 3, won: 1, revenue: 1000 });

    const byRecipient = await report("recipient");
    const held = (key: string) => byRecipient.groups.find((g: { key: string }) => g.key === key);
    const aGroup = held(a!.recipient!);
    expect(aGroup).toMatchObject({ leads: 2, won: 1 });
    expect(held(b!.recipient!)).toMatchObject({
      leads: 1,
      contacted: 1,
      won: 0,
      medianSecondsToContact: 600,
    });

    const byDay = await report("day");
    expect(byDay.groups).toEqual([
      expect.objectContaining({ key: new Date().toISOString().slice(0, 10), leads: 3 }),
    ]);
    expect((await as(t)("GET", "/api/v1/reports/summary?from=yesterday")).statusCode).toBe(422);
    expect((await as(t, desk.users[0]!.headers)("GET", "/api/v1/reports/summary")).statusCode).toBe(403);
  });
});

describe("percentile", () => {
  it("takes the nearest rank and answers null for no values", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([
      percentile(values, 0.5),
      percentile(values, 0.9),
      percentile([7], 0.9),
      percentile([], 0.5),
    ]).toEqual([5, 9, 7, null]);
  });
});
