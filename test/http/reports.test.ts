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
    await changeStage(t.store, b!.id, { stage: "qualified" }, ADMIN, await at(b!.id, 20));
    await changeStage(t.store, c!.id, { stage: "lost", reason: "Not interested" }, ADMIN, await at(c!.id, 1));

    const report = async (groupBy?: string) =>
      (await as(t)("GET", `/api/v1/reports/summary?from=${from}${groupBy ? `&groupBy=${groupBy}` : ""}`))
        .data;
    const bySource = await report("source");
    expect(bySource.groups).toHaveLength(1);
    expect(bySource.groups[0]).toEqual({
      key: expect.stringMatching(/^src-/),
      leads: 3,
      assigned: 3,
      accepted: 3,
      contacted: 2,
      contactedWithin5Minutes: 1,
      qualified: 2,
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

describe.each(ENGINES)("the summary report by hour and by local day on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A lead's local hour found the long way: its wall clock in `tz`, and that less the instant. */
  const hourOf = (at: number, tz: string) => {
    const wall = new Date(at).toLocaleString("sv-SE", { timeZone: tz, hour12: false }); // 2026-03-08 01:30:00
    const offsetMinutes = Math.round((Date.parse(`${wall.replace(" ", "T")}Z`) - at) / 60_000);
    const sign = offsetMinutes < 0 ? "-" : "+";
    const abs = Math.abs(offsetMinutes);
    const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    return { hour: `${wall.slice(0, 10)}T${wall.slice(11, 13)}:00${offset}`, day: wall.slice(0, 10) };
  };
  const bruteForce = (times: number[], unit: "hour" | "day", tz: string) => {
    const counts = new Map<string, number>();
    for (const at of times) {
      const key = hourOf(at, tz)[unit];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  };

  it("counts each lead in its hour and day of the zone asked for, across a change of the clocks, as a count by hand does", async () => {
    const desk = await givenDesk(t, ["agent"]);
    // Spread over 2026-03-07 20:00 UTC to 2026-03-09 04:00 UTC: Chicago moves its clocks at 08:00
    // UTC on the 8th, and Kolkata's half-hour offset splits UTC hours in two.
    const start = Date.UTC(2026, 2, 7, 20);
    const times: number[] = [];
    for (let i = 0; i < 40; i++) times.push(start + ((i * 7_919_000) % (32 * 3_600_000)));
    for (const at of times) {
      const { id } = await givenLead(t, desk);
      await t.store.db.updateTable("leads").set({ created_at: at }).where("id", "=", id).execute();
    }
    const range = `from=${new Date(start).toISOString()}&to=${new Date(start + 32 * 3_600_000).toISOString()}`;
    const report = async (query: string) => {
      const res = await as(t)("GET", `/api/v1/reports/summary?${range}&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return Object.fromEntries(res.data.groups.map((g: { key: string; leads: number }) => [g.key, g.leads]));
    };
    for (const tz of ["America/Chicago", "Asia/Kolkata", "UTC"]) {
      expect(await report(`groupBy=hour&tz=${tz}`), tz).toEqual(bruteForce(times, "hour", tz));
      expect(await report(`groupBy=day&tz=${tz}`), tz).toEqual(bruteForce(times, "day", tz));
    }
    expect(await report("groupBy=hour")).toEqual(bruteForce(times, "hour", "UTC"));
    expect(await report("groupBy=day")).toEqual(bruteForce(times, "day", "UTC"));
    const chicago = Object.keys(await report("groupBy=hour&tz=America/Chicago"));
    expect(chicago).toContain("2026-03-08T01:00-06:00");
    expect(chicago).toContain("2026-03-08T03:00-05:00");
    expect(chicago.some((k) => k.startsWith("2026-03-08T02:"))).toBe(false);

    const refused = await as(t)("GET", `/api/v1/reports/summary?${range}&groupBy=hour&tz=Mars/Olympus`);
    expect(refused.statusCode).toBe(422);
    expect(refused.data.error.details).toEqual([expect.objectContaining({ field: "tz" })]);
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
