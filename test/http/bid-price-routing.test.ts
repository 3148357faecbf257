import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenBidPriceMarket, givenPlan } from "../support/routing.js";

describe.each(ENGINES)("a bid_price plan on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it("routes a lead and its trace says, per buyer, the margin, the bid price and why", async () => {
    const { category, source } = await givenIntake(t);
    const { national, local: iowa } = await givenBidPriceMarket(t, category.key, {
      national: 50,
      local: 50,
      localState: "IA",
    });

    const answer = await postLead(t, source.intakeKey, aLead({ zip: "50309" }));
    expect(answer.statusCode).toBe(201);
    expect(answer.data.status).toBe("assigned");
    // The category's first lead: nothing seen today and no history, so no place is worth keeping.
    expect(answer.data.assignments[0]).toMatchObject({ recipient: national, method: "bid_price", price: 60 });

    const lead = (await t.call({ method: "GET", url: `/api/v1/leads/${answer.data.id}`, headers: admin }))
      .data;
    const tier = lead.assignments[0].trace.tiers[0];
    expect(tier.method).toBe("bid_price");
    expect(tier.note).toMatch(
      new RegExp(
        `^${national}: margin \\$\\d+\\.\\d\\d less bid price \\$0\\.00 is the best, and it is also the highest margin ` +
          `\\(0 more leads expected in the cap period, at the rate seen so far today \\(too little history\\)\\)$`,
      ),
    );
    expect(tier.candidates).toEqual([
      expect.objectContaining({
        key: national,
        position: 1,
        rank: expect.objectContaining({ by: "bid_price", bidPriceCents: 0 }),
      }),
      expect.objectContaining({
        key: iowa,
        position: 2,
        rank: expect.objectContaining({ by: "bid_price", bidPriceCents: 0 }),
      }),
    ]);
  });

  it("refuses a catch-up limit on a tier that is not least_loaded, and keeps one that is", async () => {
    const { category } = await givenIntake(t);
    const wrong = await t.call({
      method: "PUT",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: admin,
      payload: { tiers: [{ select: {}, method: "round_robin", mode: "direct", catchUpLimit: 2 }] },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain("only a least_loaded tier limits catching up");
    const right = await givenPlan(t, category.key, [
      { select: {}, method: "least_loaded", mode: "direct", catchUpLimit: 2 },
    ]);
    expect(right).toMatchObject({ tiers: [{ method: "least_loaded", catchUpLimit: 2 }] });
  });
});
