import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { measureSourceQuality } from "../../src/services/source-quality.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenSource, postLead } from "../support/fixtures.js";
import { as, givenDesk, type Desk } from "../support/work.js";

/** Posts `n` leads from a source and says of each what became of it, as staff. */
async function givenHistory(
  t: TestApp,
  intakeKey: string,
  n: number,
  outcomes: (i: number) => { outcome: string; amount?: number; reason?: string }[],
) {
  for (let i = 0; i < n; i++) {
    const res = await postLead(t, intakeKey, aLead());
    if (res.statusCode !== 201) throw new Error(`lead not created: ${res.body}`);
    for (const body of outcomes(i)) {
      const said = await as(t)("POST", `/api/v1/leads/${res.data.id}/outcome`, body);
      if (said.statusCode !== 200) throw new Error(`outcome not taken: ${said.body}`);
    }
  }
}

/** A desk of one buyer, a good source (its intake key the desk's) and a poor one with a history. */
async function givenGoodAndPoorSources(
  t: TestApp,
): Promise<{ desk: Desk; poor: { key: string; intakeKey: string } }> {
  const desk = await givenDesk(t, ["buyer"]);
  const poor = await givenSource(t, desk.category, { costPerLead: 10 });
  await givenHistory(t, desk.intakeKey, 20, (i) => [
    { outcome: "contacted" },
    ...(i % 2 === 0 ? [{ outcome: "sold", amount: 40 }] : []),
  ]);
  await givenHistory(t, poor.intakeKey, 20, (i) =>
    i < 16 ? [{ outcome: "bad", reason: "Wrong number" }] : [],
  );
  return { desk, poor };
}

const sourcesOf = async (t: TestApp, query = "") =>
  new Map(
    (
      (await as(t)("GET", `/api/v1/sources${query}`)).data.items as {
        key: string;
        intakeKey: string;
        quality: any;
      }[]
    ).map((s) => [s.key, s]),
  );

describe.each(ENGINES)("source quality on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("lists each source's contact, win and return rates and margin per lead, shrunk toward its category's", async () => {
    const { desk, poor } = await givenGoodAndPoorSources(t);
    const sources = await sourcesOf(t, "?priorStrength=10");
    const good = [...sources.values()].find((s) => s.intakeKey === desk.intakeKey)!.quality;
    const bad = sources.get(poor.key)!.quality;
    expect(good).toMatchObject({
      windowDays: 90,
      priorStrength: 10,
      leads: 20,
      contactRate: { count: 20, raw: 1, categoryAverage: 0.5 },
      winRate: { count: 10, raw: 0.5, categoryAverage: 0.25 },
      returnRate: { count: 0, raw: 0, categoryAverage: 0.4 },
      // Ten sales of $40 against twenty leads at $12.50.
      sales: 400,
      cost: 250,
      margin: 150,
      marginPerLead: { raw: 7.5 },
    });
    // (16 + 10 · 0.4) / (20 + 10)
    expect(bad.returnRate.raw).toBe(0.8);
    expect(bad.returnRate.shrunk).toBeCloseTo(20 / 30, 9);
    expect(bad.contactRate.shrunk).toBeCloseTo(5 / 30, 9);
    expect(good.score).toBeGreaterThan(50);
    expect(bad.score).toBeLessThan(40);
    expect(bad.marginPerLead.raw).toBe(-10);
  });

  it("counts only the leads created in the window asked for", async () => {
    const { poor } = await givenGoodAndPoorSources(t);
    expect((await sourcesOf(t, "?windowDays=1")).get(poor.key)!.quality.leads).toBe(20);
    const twoDaysOn = await measureSourceQuality(t.store, {
      windowDays: 1,
      now: Date.now() + 2 * 86_400_000,
    });
    expect(twoDaysOn.bySource.get(poor.key)).toMatchObject({ leads: 0, returnRate: { raw: null } });
  });

  it("refuses a window or prior strength out of range, with 422", async () => {
    for (const query of [
      "?windowDays=0",
      "?windowDays=731",
      "?priorStrength=-1",
      "?priorStrength=10001",
      "?windowDays=ten",
    ]) {
      const res = await as(t)("GET", `/api/v1/sources${query}`);
      expect(res.statusCode, query).toBe(422);
    }
  });

  it("lets a buyer take only sources above a quality level: the poor source's leads go unassigned", async () => {
    const { desk, poor } = await givenGoodAndPoorSources(t);
    const buyer = desk.recipients[0]!;
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${buyer}`,
      headers: admin,
      payload: { filters: [{ field: "source.quality", op: "gte", value: 40 }] },
    });
    expect(patched.statusCode).toBe(200);
    // The history above was measured by no one yet: the next lead measures every source once.
    t.store.routingConfigs?.sourceQuality.forget();

    const fromPoor = await postLead(t, poor.intakeKey, aLead());
    expect(fromPoor.statusCode).toBe(201);
    expect(fromPoor.data.assignments).toEqual([]);
    const lead = (await as(t)("GET", `/api/v1/leads/${fromPoor.data.id}`)).data;
    expect(JSON.stringify(lead)).toMatch(/source\.quality gte 40 \(source has \d+\)/);

    const fromGood = await postLead(t, desk.intakeKey, aLead());
    expect(fromGood.data.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([buyer]);
  });

  it("lets scoring rules read the source's figures", async () => {
    const { desk, poor } = await givenGoodAndPoorSources(t);
    const put = await as(t)("PUT", `/api/v1/categories/${desk.category}/scoring`, {
      rules: [{ when: [{ field: "source.returnRate", op: "lte", value: 35 }], points: 50 }],
      bands: [
        { name: "hot", min: 40 },
        { name: "cold", min: 0 },
      ],
    });
    expect(put.statusCode).toBe(200);
    t.store.routingConfigs?.sourceQuality.forget();
    // Shrunk with the default strength of 50: the good source's 0 of 20 is (0 + 50 · 0.4) / 70 = 28.6%,
    // the poor source's 16 of 20 is (16 + 20) / 70 = 51.4%.
    const scoreOf = async (intakeKey: string) => {
      const res = await postLead(t, intakeKey, aLead());
      return (await as(t)("GET", `/api/v1/leads/${res.data.id}`)).data.score as number;
    };
    expect(await scoreOf(desk.intakeKey)).toBe(50);
    expect(await scoreOf(poor.intakeKey)).toBe(0);
  });

  it("recommends pausing the poor source and holding the good one, each with its rule and figures, as JSON and CSV", async () => {
    const { desk, poor } = await givenGoodAndPoorSources(t);
    const good = [...(await sourcesOf(t)).values()].find((s) => s.intakeKey === desk.intakeKey)!.key;
    const res = await as(t)("GET", "/api/v1/reports/recalibration");
    expect(res.statusCode).toBe(200);
    const items = new Map((res.data.items as { source: string }[]).map((i) => [i.source, i]));
    expect(items.get(poor.key)).toEqual({
      source: poor.key,
      category: desk.category,
      recommendation: "pause",
      // (16 + 50 · 0.4) / (20 + 50)
      rule: "return rate 51.4% is at or above 50%",
      evidence: expect.objectContaining({ leads: 20, cost: 200, sales: 0, margin: -200, roi: -1 }),
    });
    // Ten sales of $40 on $250 of leads: an ROI of 60% and quality above the category's.
    expect(items.get(good)).toMatchObject({
      recommendation: "spend_more",
      evidence: { leads: 20, cost: 250, sales: 400, margin: 150, roi: 0.6 },
    });

    const csv = await as(t)("GET", "/api/v1/reports/recalibration?format=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toBe(
      "source,category,recommendation,rule,leads,cost,revenue,sales,margin,roi,marginPerLead,returnRate,score",
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${poor.key},${desk.category},pause,return rate 51.4% is at or above 50%,20,200,0,0,-200,-1,`,
        ),
      ),
    );
  });
});
