import { describe, expect, it } from "vitest";
import {
  computeBidPrices,
  pricedBuyer,
  segmentOf,
  type BidPriceTable,
} from "../../../src/domain/routing/bid-prices.js";
import { forecastRemaining } from "../../../src/domain/routing/demand-forecast.js";
import { decide } from "../../../src/domain/routing/decide.js";
import { solveTransportation } from "../../../src/domain/routing/transportation.js";
import type { Candidate, RecipientConfig, RoutableLead } from "../../../src/domain/routing/types.js";
import { at, lead, plan, recipient, state } from "./fixtures.js";

const START = at("2026-11-23T00:00:00Z");
const HOUR = 3_600_000;

const national = recipient("national", { kind: "buyer", price: 6000, caps: { day: 9 } });
const texas = recipient("texas", {
  kind: "buyer",
  price: 4000,
  territory: { states: ["TX"] },
  caps: { day: 15 },
});

/**
 * The day: in the morning 12 Texas leads (the national buyer pays more for them), in the
 * afternoon 10 Wyoming leads that only the national buyer takes, more than its cap of 9. History says so: the same
 * weekday of two past weeks looked the same.
 */
function day(): RoutableLead[] {
  const leads: RoutableLead[] = [];
  for (let i = 0; i < 12; i++)
    leads.push(
      lead({ id: `tx-${i}`, state: "TX", zip: undefined, createdAt: START + (8 * HOUR + i * 5 * 60_000) }),
    );
  for (let i = 0; i < 10; i++)
    leads.push(
      lead({ id: `wy-${i}`, state: "WY", zip: undefined, createdAt: START + (15 * HOUR + i * 6 * 60_000) }),
    );
  return leads;
}

function history(weeks: number) {
  const counts = new Map<string, number[]>();
  const tx = new Array<number>(24).fill(0);
  const wy = new Array<number>(24).fill(0);
  tx[8] = 12 * weeks;
  wy[15] = 10 * weeks;
  counts.set("TX", tx);
  counts.set("WY", wy);
  return { weeks, counts };
}

/** Routes a day through a one-tier plan, re-solving bid prices for every lead; returns the margin earned. */
function routeDay(
  method: "best_margin" | "bid_price",
  leads: RoutableLead[],
  weeks: number,
): { margin: number; traces: string[] } {
  const taken = new Map<string, number>();
  const observed = new Map<string, number>();
  let sequence = 0;
  let margin = 0;
  const traces: string[] = [];
  for (const l of leads) {
    const candidates: Candidate[] = [national, texas].map((config) => ({
      config,
      state: state({ counts: { hour: 0, day: taken.get(config.key) ?? 0, week: 0, month: 0 } }),
    }));
    const forecast = forecastRemaining({
      history: history(weeks),
      observed,
      hoursElapsed: (l.createdAt - START) / HOUR,
    });
    const table: BidPriceTable = {
      prices: computeBidPrices(
        candidates.flatMap((c) => pricedBuyer(c, c.config.price as number) ?? []),
        forecast.expected,
      ),
      computedAt: l.createdAt,
      validUntil: l.createdAt + 60_000,
      basis: forecast.basis,
      expectedLeads: [...forecast.expected.values()].reduce((a, b) => a + b, 0),
    };
    const d = decide(l, plan({ method, mode: "direct" }), candidates, sequence, l.createdAt, {
      bidPrices: table,
    });
    observed.set(segmentOf(l), (observed.get(segmentOf(l)) ?? 0) + 1);
    sequence = d.categorySequence;
    traces.push(d.trace.tiers[0]?.note ?? "");
    const a = d.assignments[0];
    if (!a) continue;
    margin += a.marginCents;
    taken.set(a.recipientKey, (taken.get(a.recipientKey) ?? 0) + 1);
  }
  return { margin, traces };
}

describe("bid_price routing", () => {
  it("earns the offline optimum on a day where greedy best margin spends the national cap too early", () => {
    const optimum = solveTransportation({
      supply: [12, 10],
      capacity: [9, 15],
      value: [
        [6000, 4000],
        [6000, null],
      ],
    }).total;
    const greedy = routeDay("best_margin", day(), 4);
    const bid = routeDay("bid_price", day(), 4);
    expect(optimum).toBe(12 * 4000 + 9 * 6000);
    expect(greedy.margin).toBe(9 * 6000 + 3 * 4000);
    expect(bid.margin).toBe(optimum);
  });

  it("says in the trace why it did not give the lead to the highest margin", () => {
    const { traces } = routeDay("bid_price", day(), 4);
    expect(traces[0]).toMatch(/^texas: margin \$40\.00 less bid price \$0\.00 = \$40\.00, rather than/);
    expect(traces[0]).toContain("the highest margin, national ($60.00 less bid price $60.00 = $0.00)");
    expect(traces[0]).toContain("from the same weekday and hour of past weeks");
  });

  it("falls back to the rate seen so far when the history is too short", () => {
    const observed = new Map([
      ["TX", 30],
      ["WY", 10],
    ]);
    const short = forecastRemaining({ history: history(1), observed, hoursElapsed: 6 });
    expect(short.basis).toBe("observed_rate");
    // 6 hours gone, 18 to come at the same pace: three times as many again.
    expect(short.expected).toEqual(
      new Map([
        ["TX", 90],
        ["WY", 30],
      ]),
    );
    const none = forecastRemaining({ history: { weeks: 4, counts: new Map() }, observed, hoursElapsed: 12 });
    expect(none.basis).toBe("observed_rate");
    expect(none.expected.get("TX")).toBe(30);
  });

  it("with enough history, expects the same weekday's remaining hours, scaled by how busy today is", () => {
    const forecast = forecastRemaining({
      history: history(4),
      observed: new Map([["TX", 12]]),
      hoursElapsed: 12,
    });
    expect(forecast.basis).toBe("history");
    expect(forecast.expected.get("TX")).toBeUndefined();
    expect(forecast.level).toBe(1);
    expect(forecast.expected.get("WY")).toBe(10);
  });

  it("holds a lead no buyer earns its bid price on, and routes it again when the prices are refreshed", () => {
    const wyomingBuyer = recipient("wy-only", { kind: "buyer", price: 6000, caps: { day: 1 } });
    const table: BidPriceTable = {
      prices: new Map([["wy-only", 5000]]),
      computedAt: START,
      validUntil: START + 60_000,
      basis: "history",
      expectedLeads: 12,
    };
    const cheap = lead({ id: "dear", costCents: 2000 });
    const d = decide(
      cheap,
      plan({ method: "bid_price", mode: "direct" }),
      [{ config: wyomingBuyer, state: state() }],
      0,
      START,
      {
        bidPrices: table,
      },
    );
    expect(d.assignments).toEqual([]);
    expect(d.unassigned).toBe(true);
    expect(d.retryAt).toBe(START + 60_000);
    expect(d.trace.tiers[0]?.note).toMatch(
      /^held: even the best, wy-only, earns \$40\.00, less than its bid price \$50\.00/,
    );
  });

  it("ranks as best margin does before any bid price is known", () => {
    const buyers: RecipientConfig[] = [national, texas];
    const d = decide(
      lead({ state: "TX", zip: undefined }),
      plan({ method: "bid_price", mode: "direct" }),
      buyers.map((config) => ({ config, state: state() })),
      0,
      START,
    );
    expect(d.assignments[0]?.recipientKey).toBe("national");
    expect(d.trace.tiers[0]?.note).toBe("no bid prices yet: national has the highest margin ($60.00)");
  });

  it("leaves out of the bid-price problem a buyer whose territory covers only part of a state", () => {
    const zips = recipient("zips", { territory: { zips: ["50301"] }, caps: { day: 5 } });
    expect(pricedBuyer({ config: zips, state: state() }, 100)).toBeNull();
    expect(
      pricedBuyer(
        { config: national, state: state({ counts: { hour: 0, day: 4, week: 0, month: 0 } }) },
        100,
      ),
    ).toEqual({ key: "national", segments: null, marginCents: 100, remaining: 5 });
  });
});
