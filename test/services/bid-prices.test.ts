import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLeadsCsv } from "../../src/services/csv-import.js";
import { BidPrices } from "../../src/services/bid-prices.js";
import { routingHeadOf } from "../../src/store/queries/routing-state.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake } from "../support/fixtures.js";
import { givenBidPriceMarket } from "../support/routing.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The UTC day before today: every time of it and of the weeks before lies in the past. */
const yesterday = Math.floor(Date.now() / DAY) * DAY - DAY;
const iso = (at: number) => new Date(at).toISOString();

/** Rows of past weeks' same weekday: 12 Texas leads at 08:00, 10 Wyoming leads at 15:00. */
function historyCsv(weeks: number): string {
  const rows = ["firstName,email,zip,state,receivedAt"];
  let n = 0;
  for (let w = 1; w <= weeks; w++) {
    const day = yesterday - w * 7 * DAY;
    for (let i = 0; i < 12; i++)
      rows.push(`Tex,tex${n++}@example.com,73301,TX,${iso(day + 8 * HOUR + i * 60_000)}`);
    for (let i = 0; i < 10; i++)
      rows.push(`Wyo,wyo${n++}@example.com,82001,WY,${iso(day + 15 * HOUR + i * 60_000)}`);
  }
  return rows.join("\n") + "\n";
}

describe.each(ENGINES)("bid prices from imported history on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  async function market() {
    const { category, source } = await givenIntake(t);
    const { national, local: texas } = await givenBidPriceMarket(t, category.key, {
      national: 9,
      local: 15,
      localState: "TX",
    });
    return { category: category.key, source: source.key, national, texas };
  }

  async function tableAt(category: string, now: number) {
    const head = (await routingHeadOf(t.store.db, category))!;
    const plan = {
      version: head.planVersion,
      tiers: [{ select: {}, method: "bid_price" as const, mode: "direct" as const }],
    };
    return new BidPrices().tableFor(t.store.db, category, plan, head, now);
  }

  it("keeps each plan version's own bid prices, so two bid_price arms of an experiment do not replace each other's", async () => {
    const { category } = await market();
    const head = (await routingHeadOf(t.store.db, category))!;
    const prices = new BidPrices();
    const now = yesterday + DAY + 10 * HOUR;
    const tableOf = (version: number, at: number) =>
      prices.tableFor(
        t.store.db,
        category,
        { version, tiers: [{ select: {}, method: "bid_price" as const, mode: "direct" as const }] },
        { ...head, planVersion: version },
        at,
      );
    const control = await tableOf(head.planVersion, now);
    const challenger = await tableOf(head.planVersion + 1, now + 1);
    expect(challenger).not.toBe(control);
    // Both are still within their minute: each arm is answered from its own table, solved once.
    expect(await tableOf(head.planVersion, now + 2)).toBe(control);
    expect(await tableOf(head.planVersion + 1, now + 3)).toBe(challenger);
    // A new configuration (a recipient or plan changed) solves them again.
    const changed = await prices.tableFor(
      t.store.db,
      category,
      { version: head.planVersion, tiers: [{ select: {}, method: "bid_price", mode: "direct" }] },
      { ...head, configVersion: head.configVersion + 1 },
      now + 4,
    );
    expect(changed).not.toBe(control);
  });

  it("imports leads with the time they were received", async () => {
    const { source, category } = await market();
    const result = await importLeadsCsv(t.store, historyCsv(1), { source, fileName: "history.csv" });
    expect(result).toMatchObject({ ok: true, report: { imported: 22, rejected: [] } });
    const res = await t.call({
      method: "GET",
      url: `/api/v1/leads?category=${category}&limit=100`,
      headers: admin,
    });
    const times = (res.data.items as { createdAt: string }[]).map((l) => Date.parse(l.createdAt));
    expect(Math.min(...times)).toBe(yesterday - 7 * DAY + 8 * HOUR);
    expect(Math.max(...times)).toBe(yesterday - 7 * DAY + 15 * HOUR + 9 * 60_000);
  });

  it("rejects a received time in the future or without a zone, and imports nothing of that row", async () => {
    const { source } = await market();
    const csv = [
      "firstName,email,zip,receivedAt",
      `Late,late@example.com,50309,${iso(Date.now() + DAY)}`,
      "Vague,vague@example.com,50309,2026-11-23 14:05",
      `Fine,fine@example.com,50309,${iso(yesterday)}`,
    ].join("\n");
    const result = await importLeadsCsv(t.store, csv, { source, fileName: "times.csv" });
    expect(result).toMatchObject({
      ok: true,
      report: {
        imported: 1,
        rejected: [
          { line: 2, problems: [{ field: "receivedAt", message: "receivedAt lies in the future" }] },
          {
            line: 3,
            problems: [
              {
                field: "receivedAt",
                message: "receivedAt must be an ISO 8601 time with its zone, e.g. 2026-11-23T14:05:00Z",
              },
            ],
          },
        ],
      },
    });
  });

  it("learns the same weekday's arrivals and prices the national buyer's scarce places", async () => {
    const { source, category, national, texas } = await market();
    await importLeadsCsv(t.store, historyCsv(4), { source, fileName: "history.csv" });
    // 06:00 of the day after the last imported week's: nothing received yet today.
    const table = await tableAt(category, yesterday + 6 * HOUR);
    expect(table.basis).toBe("history");
    expect(table.expectedLeads).toBeCloseTo(22, 6);
    // Ten Wyoming leads will want the national buyer's nine places: each is worth its full margin.
    expect(table.prices.get(national)).toBe(6000);
    expect(table.prices.get(texas)).toBeUndefined();
  });

  it("falls back to the rate seen so far today when there is only one week of history", async () => {
    const { source, category } = await market();
    await importLeadsCsv(t.store, historyCsv(1), { source, fileName: "history.csv" });
    const table = await tableAt(category, yesterday + 6 * HOUR);
    expect(table.basis).toBe("observed_rate");
    expect(table.expectedLeads).toBe(0);
    expect(table.prices.size).toBe(0);
  });
});
