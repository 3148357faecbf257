import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { mulberry32 } from "../../bench/random.js";
import { bucketOf, periodKeys, QUARTER_MS } from "../../src/domain/report-math.js";
import { recordOutcome } from "../../src/services/outcomes.js";
import { factCounts } from "../../src/store/queries/report-counts.js";
import { contactHistogram } from "../../src/store/queries/report-speed.js";
import { returnLead } from "../../src/services/returns.js";
import { changeStage, logCall } from "../../src/services/work.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, postLead } from "../support/fixtures.js";
import { ADMIN, as, givenDesk, type Desk } from "../support/work.js";

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 2);

/** Everything the reports count, read the long way from the tables intake and work write. */
async function bruteForce(t: TestApp, from: number, to: number) {
  const db = t.store.db;
  const leads = (await db.selectFrom("leads").selectAll().execute()).filter(
    (l) => Number(l.created_at) >= from && Number(l.created_at) < to,
  );
  const assignments = await db.selectFrom("assignments").selectAll().execute();
  const events = await db.selectFrom("lead_events").selectAll().execute();
  const work = new Map((await db.selectFrom("lead_work").selectAll().execute()).map((w) => [w.lead_id, w]));
  const returns = await db.selectFrom("lead_returns").selectAll().execute();
  const outcomes = await db.selectFrom("lead_outcomes").selectAll().execute();
  const perLead = leads.map((l) => {
    const mine = assignments.filter((a) => a.lead_id === l.id);
    const evs = events.filter((e) => e.lead_id === l.id).sort((a, b) => Number(a.at) - Number(b.at));
    const w = work.get(l.id);
    const outs = outcomes.filter((o) => o.lead_id === l.id);
    const sold = outs.filter((o) => o.outcome === "sold");
    const bad = outs.find((o) => o.outcome === "bad");
    const rets = returns.filter((r) => r.lead_id === l.id).sort((a, b) => Number(b.at) - Number(a.at));
    const won = w?.outcome === "won" || sold.length > 0;
    const stageMoves = evs.filter((e) => e.type === "stage_changed").map((e) => JSON.parse(e.data));
    const contactAt = w?.first_contact_at == null ? null : Number(w.first_contact_at);
    const held = mine.filter((a) => ["accepted", "claimed", "delivered", "returned"].includes(a.status));
    return {
      id: l.id,
      at: Number(l.created_at),
      source: l.source,
      day: new Date(Number(l.created_at)).toISOString().slice(0, 10),
      assigned: mine.length > 0,
      accepted: evs.some((e) => ["accepted", "claimed", "assigned"].includes(e.type)),
      contacted: contactAt !== null,
      seconds: contactAt === null ? null : Math.trunc((contactAt - Number(l.created_at)) / 1000),
      qualified: won || stageMoves.some((m) => m.to === "qualified"),
      won,
      lost: w?.outcome === "lost",
      lostReason: stageMoves.at(-1)?.reason ?? null,
      returned: rets.length > 0 || bad !== undefined,
      returnReason: rets[0]?.reason ?? bad?.reason ?? null,
      unassigned: l.status === "unassigned",
      revenue: w?.outcome === "won" ? Number(l.revenue_cents) : 0,
      cost: Number(l.cost_cents),
      sales:
        held.reduce((sum, a) => {
          const amount = sold.find((o) => o.recipient === a.recipient)?.amount_cents;
          return sum + Number(amount ?? a.price_cents ?? 0);
        }, 0) + sold.filter((o) => o.recipient === "").reduce((s, o) => s + Number(o.amount_cents ?? 0), 0),
      credited: mine
        .filter((a) => a.status === "returned")
        .reduce((s, a) => s + Number(a.price_cents ?? 0), 0),
    };
  });
  const duplicates = events.filter(
    (e) => e.type === "duplicate" && Number(e.at) >= from && Number(e.at) < to,
  );
  return { perLead, duplicates };
}

type Lead = Awaited<ReturnType<typeof bruteForce>>["perLead"][number];

function countsOf(leads: Lead[]) {
  const n = (f: (l: Lead) => boolean) => leads.filter(f).length;
  const sum = (f: (l: Lead) => number) => leads.reduce((s, l) => s + f(l), 0);
  return {
    received: leads.length,
    assigned: n((l) => l.assigned),
    accepted: n((l) => l.accepted),
    contacted: n((l) => l.contacted),
    qualified: n((l) => l.qualified),
    won: n((l) => l.won),
    lost: n((l) => l.lost),
    returned: n((l) => l.returned),
    unassigned: n((l) => l.unassigned),
    revenue: sum((l) => l.revenue) / 100,
    cost: sum((l) => l.cost) / 100,
    sales: sum((l) => l.sales) / 100,
    credited: sum((l) => l.credited) / 100,
  };
}

function funnelOf(leads: Lead[]) {
  const steps = [
    () => true,
    (l: Lead) => l.assigned,
    (l: Lead) => l.accepted,
    (l: Lead) => l.contacted,
    (l: Lead) => l.qualified,
    (l: Lead) => l.won,
  ];
  return steps.map((_, i) => leads.filter((l) => steps.slice(0, i + 1).every((s) => s(l))).length);
}

function nearestRank(sorted: number[], p: number) {
  return sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

function reasonsOf(leads: Lead[], kind: "lost" | "returned") {
  const counts = new Map<string | null, number>();
  for (const l of leads.filter((x) => x[kind])) {
    const reason = kind === "lost" ? l.lostReason : l.returnReason;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].map(([r, n]) => [String(r), n]));
}

const groupBy = <T>(items: T[], key: (x: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const x of items) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return groups;
};

/** The performance and speed reports by a period of a zone agree with the leads grouped by hand. */
async function expectPeriods(
  t: TestApp,
  perLead: Lead[],
  cut: string,
  unit: "hour" | "day" | "week",
  tz: string,
) {
  const period = periodKeys(unit, tz);
  const query = `${cut}&groupBy=${unit}&tz=${tz}`;
  const performance = (await as(t)("GET", `/api/v1/reports/performance?${query}`)).data;
  const speed = (await as(t)("GET", `/api/v1/reports/speed?${query}`)).data;
  const byHand = groupBy(perLead, (l) => period(Math.floor(l.at / QUARTER_MS)));
  expect(performance.groups.map((g: { key: string }) => g.key).sort()).toEqual([...byHand.keys()].sort());
  for (const [key, leads] of byHand) {
    expect(
      performance.groups.find((g: { key: string }) => g.key === key),
      key,
    ).toMatchObject(countsOf(leads));
    const seconds = leads.flatMap((l) => (l.seconds === null ? [] : [l.seconds])).sort((a, b) => a - b);
    expect(
      speed.groups.find((g: { key: string }) => g.key === key),
      key,
    ).toMatchObject({
      received: leads.length,
      contacted: seconds.length,
      medianSeconds: nearestRank(seconds, 0.5),
      p90Seconds: nearestRank(seconds, 0.9),
    });
  }
}

describe.each(ENGINES)("reports against a count by hand on %s", (engine) => {
  let t: TestApp;
  let desks: Desk[];
  let refused = 0;
  beforeAll(async () => {
    t = await startTestApp(engine);
    desks = [await givenDesk(t, ["agent", "buyer"]), await givenDesk(t, ["buyer", "agent", "agent"])];
    const random = mulberry32(16);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let i = 0; i < 48; i++) {
      const desk = pick(desks);
      if (random() < 0.08) {
        const res = await postLead(t, desk.intakeKey, aLead({ email: "not an email", phone: "x" }));
        expect(res.statusCode).toBe(422);
        refused++;
        continue;
      }
      const body = aLead({ product: pick(["solar", "roofing"]) });
      const res = await postLead(t, desk.intakeKey, body);
      expect(res.statusCode, res.body).toBe(201);
      const id = res.data.id as string;
      if (random() < 0.15) {
        const again = await postLead(t, desk.intakeKey, body);
        expect(again.data.duplicateOf, again.body).toBe(id);
      }
      const holder = res.data.assignments[0]?.recipient as string | undefined;
      const receivedAt = START + Math.floor(random() * 6 * DAY);
      await t.store.db.updateTable("leads").set({ created_at: receivedAt }).where("id", "=", id).execute();
      const at = (minutes: number) => receivedAt + Math.floor(minutes * 60_000 + random() * 59_000);
      if (holder && holder.startsWith("buyer")) {
        const o = random();
        if (o < 0.3)
          await recordOutcome(t.store, id, { outcome: "sold", amount: 40 + i }, { principal: ADMIN });
        else if (o < 0.5)
          await recordOutcome(t.store, id, { outcome: "bad", reason: "Wrong number" }, { principal: ADMIN });
        else if (o < 0.7) await returnLead(t.store, id, { reason: pick(["Fake", "Duplicate"]) }, ADMIN);
      }
      const r = random();
      if (r < 0.6)
        await logCall(t.store, id, { outcome: "connected", durationSeconds: 30 }, ADMIN, at(random() * 90));
      if (r < 0.3) await changeStage(t.store, id, { stage: "qualified" }, ADMIN, at(100));
      if (r < 0.15) await changeStage(t.store, id, { stage: "won", revenue: 100 + i }, ADMIN, at(200));
      else if (r < 0.45)
        await changeStage(
          t.store,
          id,
          { stage: "lost", reason: pick(["Not interested", "Price"]) },
          ADMIN,
          at(300),
        );
    }
  }, 120_000);
  afterAll(async () => t.close());

  const range = `from=${new Date(START - DAY).toISOString()}&to=${new Date(START + 8 * DAY).toISOString()}`;
  const get = async (report: string, query: string) => {
    const res = await as(t)("GET", `/api/v1/reports/${report}?${range}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.data;
  };

  it("counts, money and the funnel per source and per day as the tables say", async () => {
    const { perLead } = await bruteForce(t, START - DAY, START + 8 * DAY);
    for (const [groupBy_, keyOf] of [
      ["source", (l: Lead) => l.source],
      ["day", (l: Lead) => l.day],
    ] as const) {
      const performance = await get("performance", `groupBy=${groupBy_}`);
      const funnel = await get("funnel", `groupBy=${groupBy_}`);
      const byHand = groupBy(perLead, keyOf);
      expect(performance.groups.map((g: { key: string }) => g.key).sort()).toEqual([...byHand.keys()].sort());
      for (const [key, leads] of byHand) {
        const group = performance.groups.find((g: { key: string }) => g.key === key);
        expect(group, key).toMatchObject(countsOf(leads));
        const steps = funnel.groups.find((g: { key: string }) => g.key === key).steps;
        expect(
          steps.map((s: { leads: number }) => s.leads),
          key,
        ).toEqual(funnelOf(leads));
      }
    }
    const total = (await get("performance", "")).total;
    expect(total).toMatchObject(countsOf(perLead));
    expect(
      perLead.some((l) => l.won) && perLead.some((l) => l.returned) && perLead.some((l) => l.sales > 0),
    ).toBe(true);
  });

  it("counts the duplicates and the refusals of intake", async () => {
    const { duplicates } = await bruteForce(t, 0, Date.now() + DAY);
    const res = await as(t)(
      "GET",
      `/api/v1/reports/performance?from=2026-01-01&to=${new Date(Date.now() + DAY).toISOString()}`,
    );
    expect(res.data.total).toMatchObject({ duplicate: duplicates.length, invalid: refused });
    expect(duplicates.length).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it("times speed to lead and sorts reasons as the tables say", async () => {
    const { perLead } = await bruteForce(t, START - DAY, START + 8 * DAY);
    const speed = await get("speed", "groupBy=source");
    for (const [source, leads] of groupBy(perLead, (l) => l.source)) {
      const seconds = leads.flatMap((l) => (l.seconds === null ? [] : [l.seconds])).sort((a, b) => a - b);
      const group = speed.groups.find((g: { key: string }) => g.key === source);
      expect(group).toMatchObject({
        received: leads.length,
        contacted: seconds.length,
        medianSeconds: nearestRank(seconds, 0.5),
        p90Seconds: nearestRank(seconds, 0.9),
        never: (leads.length - seconds.length) / leads.length,
      });
      expect(group.within.minutes30).toBeCloseTo(seconds.filter((s) => s < 1800).length / leads.length, 12);
    }
    const reasons = await get("reasons", "");
    const asMap = (list: { reason: string | null; leads: number }[]) =>
      Object.fromEntries(list.map((r) => [String(r.reason), r.leads]));
    expect(asMap(reasons.total.lost)).toEqual(reasonsOf(perLead, "lost"));
    expect(asMap(reasons.total.returned)).toEqual(reasonsOf(perLead, "returned"));
  });

  it("groups by an enum field and shares out leads per recipient, as CSV too, for staff only", async () => {
    const { perLead } = await bruteForce(t, START - DAY, START + 8 * DAY);
    const byProduct = await get("performance", "groupBy=field:product");
    expect(byProduct.groups.reduce((s: number, g: { received: number }) => s + g.received, 0)).toBe(
      perLead.length,
    );
    expect((await as(t)("GET", `/api/v1/reports/funnel?groupBy=field:nosuch`)).statusCode).toBe(422);

    const recipients = (await as(t)("GET", "/api/v1/reports/recipients")).data;
    expect(recipients.recipients.length).toBe(5);
    expect(recipients.gini).toBeGreaterThanOrEqual(0);
    const csv = await as(t)("GET", `/api/v1/reports/performance?${range}&groupBy=source&format=csv`);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.body.split("\r\n")[0]).toMatch(/^key,received,duplicate,invalid,/);
    expect(csv.body.trim().split("\n")).toHaveLength(1 + 2 + 1);
    const agent = as(t, desks[0]!.users[0]!.headers);
    expect((await agent("GET", "/api/v1/reports/funnel")).statusCode).toBe(403);
  });

  it("agrees over ranges that cut periods, by hour in a half-hour zone, and before the rollups catch up", async () => {
    const from = START + 5 * 3_600_000 + 37 * 60_000;
    const to = START + 6 * DAY + 3 * 3_600_000 + 11 * 60_000;
    const cut = `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
    const kolkata = periodKeys("hour", "Asia/Kolkata");
    const hourOf = (l: Lead) => kolkata(Math.floor(l.at / QUARTER_MS));
    const check = async (perLead: Lead[]) => {
      for (const [query, keyOf] of [
        ["groupBy=source", (l: Lead) => l.source],
        ["groupBy=hour&tz=Asia/Kolkata", hourOf],
      ] as const) {
        const res = await as(t)("GET", `/api/v1/reports/performance?${cut}&${query}`);
        const byHand = groupBy(perLead, keyOf);
        expect(res.data.groups.map((g: { key: string }) => g.key).sort()).toEqual([...byHand.keys()].sort());
        for (const [key, leads] of byHand)
          expect(res.data.groups.find((g: { key: string }) => g.key === key)).toMatchObject(countsOf(leads));
      }
      const speed = (await as(t)("GET", `/api/v1/reports/speed?${cut}&groupBy=source`)).data;
      for (const [source, leads] of groupBy(perLead, (l) => l.source)) {
        const seconds = leads.flatMap((l) => (l.seconds === null ? [] : [l.seconds])).sort((a, b) => a - b);
        expect(speed.groups.find((g: { key: string }) => g.key === source)).toMatchObject({
          contacted: seconds.length,
          medianSeconds: nearestRank(seconds, 0.5),
          p90Seconds: nearestRank(seconds, 0.9),
        });
      }
    };
    const before = (await bruteForce(t, from, to)).perLead;
    expect(new Set(before.map((l) => hourOf(l))).size).toBeGreaterThan(5);
    await check(before);

    // Leads change after the rollups were built: until the next report, their days are read from the facts.
    const random = mulberry32(61);
    for (const l of before.filter((x) => !x.contacted).slice(0, 4))
      await logCall(
        t.store,
        l.id,
        { outcome: "connected", durationSeconds: 20 },
        ADMIN,
        l.at + Math.floor(random() * 7_200_000),
      );
    for (const l of before.filter((x) => x.contacted && !x.won && !x.lost).slice(0, 2))
      await changeStage(t.store, l.id, { stage: "won", revenue: 250 }, ADMIN, l.at + DAY);
    const after = (await bruteForce(t, from, to)).perLead;
    const bySource = await factCounts(t.store, { from, to, key: { column: "source" } });
    for (const [source, leads] of groupBy(after, (l) => l.source))
      expect(bySource.find((g) => g.key === source)).toMatchObject({
        received: leads.length,
        contacted: leads.filter((l) => l.contacted).length,
        won: leads.filter((l) => l.won).length,
        revenueCents: leads.reduce((s, l) => s + l.revenue, 0),
      });
    const histogram = await contactHistogram(t.store, { from, to, key: null });
    expect(histogram.some((h) => !h.exact && h.seconds !== null)).toBe(true);
    const buckets = new Set(after.flatMap((l) => (l.seconds === null ? [] : [bucketOf(l.seconds)])));
    for (const bucket of buckets)
      expect(
        histogram
          .filter((h) => h.seconds !== null && (h.exact ? bucketOf(h.seconds) : h.seconds) === bucket)
          .reduce((sum, h) => sum + h.leads, 0),
        `bucket ${bucket}`,
      ).toBe(after.filter((l) => l.seconds !== null && bucketOf(l.seconds) === bucket).length);
    await check(after);
  });

  it("agrees by day, week and hour in a zone of whole-hour offsets, read from day and hour rollups", async () => {
    const from = START + 2 * 3_600_000 + 15 * 60_000;
    const to = START + 6 * DAY + 30 * 60_000;
    const cut = `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
    const keyOf = (unit: "hour" | "day" | "week", tz: string) => {
      const period = periodKeys(unit, tz);
      return (l: Lead) => period(Math.floor(l.at / QUARTER_MS));
    };
    const check = async (perLead: Lead[]) => {
      for (const [unit, tz] of [
        ["day", "America/Chicago"],
        ["week", "America/Chicago"],
        ["hour", "America/Chicago"],
        ["day", "UTC"],
      ] as const) {
        await expectPeriods(t, perLead, cut, unit, tz);
      }
    };
    const before = (await bruteForce(t, from, to)).perLead;
    expect(new Set(before.map(keyOf("day", "America/Chicago"))).size).toBeGreaterThan(4);
    await check(before);

    // A lead contacted after the rollups were built: its quarter is read from the facts, its day's row is not.
    const late = before.find((l) => !l.contacted)!;
    await logCall(t.store, late.id, { outcome: "connected", durationSeconds: 20 }, ADMIN, late.at + 90_000);
    const day = periodKeys("day", "America/Chicago");
    const byQuarter = await factCounts(t.store, { from, to, key: { column: "quarter" }, periodOf: day });
    const after = (await bruteForce(t, from, to)).perLead;
    for (const [key, leads] of groupBy(after, keyOf("day", "America/Chicago")))
      expect(
        byQuarter.filter((r) => day(Number(r.key)) === key).reduce((s, r) => s + r.contacted, 0),
        key,
      ).toBe(leads.filter((l) => l.contacted).length);
    await check(after);
  });

  it("agrees by hour in a half-hour zone read from half-hour rollups, and in a :45 zone read from quarters", async () => {
    const from = START + 3_600_000 + 45 * 60_000;
    const to = START + 5 * DAY + 20 * 60_000;
    const cut = `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
    const check = async (perLead: Lead[]) => {
      for (const tz of ["Asia/Kolkata", "Asia/Kathmandu"]) await expectPeriods(t, perLead, cut, "hour", tz);
    };
    const before = (await bruteForce(t, from, to)).perLead;
    await check(before);
    const { rows } = await sql<{
      n: unknown;
    }>`select count(*) as n from report_speed where dim = 'half'`.execute(t.store.db);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);

    // A lead contacted after the rollups were built: its half hour is rebuilt with its quarter.
    const late = before.find((l) => !l.contacted)!;
    await logCall(t.store, late.id, { outcome: "connected", durationSeconds: 20 }, ADMIN, late.at + 90_000);
    await check((await bruteForce(t, from, to)).perLead);
  });
});
