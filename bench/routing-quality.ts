/**
 * How much of the best possible day a routing method earns when buyers have day caps. For each of
 * several generated markets (30 buyers with territories of 2–12 states or national, prices of
 * $15–70, day caps of 40–400; some markets tight, some loose) it generates four past weeks' same
 * weekday and one day to route (about 5,000 leads over the 50 states, arriving by the hour of
 * each state's own clock, the day's volume off the usual by up to ±15%), routes the day lead by
 * lead through the real decision (`decide`) with `best_margin` (greedy) and with `bid_price`
 * (bid prices re-solved every 15 minutes from the forecast of the rest of the day), and compares
 * the margin each earns with the exact offline optimum: the transportation problem over the whole
 * day's leads, solved by min-cost flow, which knows every lead in advance. `bid_price` is also run
 * without history (the forecast falls back to the rate seen so far today).
 *
 * The ceiling is the optimum itself (1.000); figures are shares of it, so the load of the machine
 * does not enter them. The decision's speed is bench/routing-decision.ts's.
 *
 *   npx tsx bench/routing-quality.ts [--days N] [--seed N] [--refresh-minutes N]
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  computeBidPrices,
  pricedBuyer,
  segmentOf,
  type BidPriceTable,
} from "../src/domain/routing/bid-prices.js";
import { forecastRemaining, type ArrivalHistory } from "../src/domain/routing/demand-forecast.js";
import { decide } from "../src/domain/routing/decide.js";
import { solveTransportation } from "../src/domain/routing/transportation.js";
import type {
  Candidate,
  Plan,
  RecipientConfig,
  RoutableLead,
  RoutingMethodName,
} from "../src/domain/routing/types.js";
import { US_STATE_CODES } from "../src/domain/us-states.js";
import { mulberry32 } from "./random.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STATES = US_STATE_CODES.filter((s) => s !== "DC" && s !== "PR").slice(0, 50);
const PACIFIC = new Set(["CA", "OR", "WA", "NV", "AK", "HI"]);
const MOUNTAIN = new Set(["AZ", "CO", "ID", "MT", "NM", "UT", "WY"]);
const CENTRAL = new Set([
  "AL",
  "AR",
  "IA",
  "IL",
  "KS",
  "LA",
  "MN",
  "MO",
  "MS",
  "NE",
  "ND",
  "OK",
  "SD",
  "TN",
  "TX",
  "WI",
]);
/** Hours behind UTC, roughly (standard time). */
const utcOffset = (s: string) => (PACIFIC.has(s) ? 8 : MOUNTAIN.has(s) ? 7 : CENTRAL.has(s) ? 6 : 5);
/** Leads by local hour: quiet at night, a morning and an early-evening peak. */
const LOCAL_CURVE = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 2.0, 2.2, 2.1, 2.0, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.2, 1.6,
  1.1, 0.7, 0.4,
];

export interface Market {
  buyers: RecipientConfig[];
  /** Expected leads per UTC hour of the day, by state. */
  rate: Map<string, number[]>;
  costs: number[];
  tight: boolean;
}

export interface Trace {
  market: Market;
  history: ArrivalHistory;
  leads: RoutableLead[];
  start: number;
}

function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random();
  } while (p > l);
  return k - 1;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

function pick<T>(random: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
  return out;
}

/** A market: its buyers, how its leads spread over states and hours, and what they cost. */
export function generateMarket(seed: number, leadsPerDay = 5000): Market {
  const random = mulberry32(seed);
  // States weigh very differently (a few big ones, a long tail).
  const weights = STATES.map(() => Math.exp(gaussian(random) * 0.9));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const curveSum = LOCAL_CURVE.reduce((a, b) => a + b, 0);
  const rate = new Map<string, number[]>();
  STATES.forEach((s, i) => {
    const perDay = (leadsPerDay * weights[i]!) / weightSum;
    rate.set(
      s,
      Array.from({ length: 24 }, (_, h) => (perDay * LOCAL_CURVE[(h - utcOffset(s) + 24) % 24]!) / curveSum),
    );
  });
  // Tight markets have fewer places than leads; loose ones more.
  const tight = seed % 2 === 0;
  const capScale = tight ? 0.55 + random() * 0.25 : 1.0 + random() * 0.6;
  const raw = Array.from({ length: 30 }, () => 40 + Math.floor(random() * 361));
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const buyers: RecipientConfig[] = raw.map((cap, i) => {
    const national = random() < 0.2;
    const states = national ? undefined : pick(random, STATES, 2 + Math.floor(random() * 11));
    const day = Math.max(40, Math.min(400, Math.round((cap * leadsPerDay * capScale) / rawSum)));
    return {
      key: `buyer-${String(i).padStart(2, "0")}`,
      name: `Buyer ${i}`,
      kind: "buyer",
      categories: ["solar"],
      ...(states ? { territory: { states } } : {}),
      caps: { day },
      price: 1500 + Math.floor(random() * 56) * 100,
      status: "available",
      tags: [],
      createdAt: i,
    };
  });
  // The leads' own cost: a few sources.
  return { buyers, rate, costs: [400, 700, 1000], tight };
}

function leadsOfDay(
  market: Market,
  random: () => number,
  start: number,
  volume: number,
  idPrefix: string,
): RoutableLead[] {
  const leads: RoutableLead[] = [];
  for (const [state, hours] of market.rate)
    hours.forEach((mean, h) => {
      const n = poisson(random, mean * volume);
      for (let i = 0; i < n; i++)
        leads.push({
          id: "",
          category: "solar",
          source: "web",
          createdAt: start + h * HOUR + Math.floor(random() * HOUR),
          state,
          score: 50,
          priority: "warm",
          costCents: market.costs[Math.floor(random() * market.costs.length)]!,
          fields: {},
        });
    });
  leads.sort((a, b) => a.createdAt - b.createdAt);
  leads.forEach((l, i) => (l.id = `${idPrefix}-${i}`));
  return leads;
}

/** A market's day to route, after `weeks` past weeks of the same weekday. */
export function generateTrace(seed: number, weeks = 4): Trace {
  const market = generateMarket(seed);
  const random = mulberry32(seed * 7919 + 1);
  const start = Date.UTC(2026, 10, 2) + (seed % 7) * DAY;
  const counts = new Map<string, number[]>();
  for (let w = 1; w <= weeks; w++) {
    const dayStart = start - w * 7 * DAY;
    for (const l of leadsOfDay(market, random, dayStart, 0.9 + random() * 0.2, `h${w}`)) {
      const row = counts.get(segmentOf(l)) ?? new Array<number>(24).fill(0);
      row[Math.floor((l.createdAt - dayStart) / HOUR)]! += 1;
      counts.set(segmentOf(l), row);
    }
  }
  const volume = 0.85 + random() * 0.3;
  return {
    market,
    history: { weeks, counts },
    leads: leadsOfDay(market, random, start, volume, `d${seed}`),
    start,
  };
}

/** The exact best margin of the day, knowing every lead in advance. */
export function optimum(trace: Trace): { margin: number; sold: number } {
  const classes = new Map<string, { state: string; cost: number; n: number }>();
  for (const l of trace.leads) {
    const k = `${segmentOf(l)}|${l.costCents}`;
    const c = classes.get(k) ?? { state: segmentOf(l), cost: l.costCents, n: 0 };
    c.n++;
    classes.set(k, c);
  }
  const list = [...classes.values()];
  const { buyers } = trace.market;
  const solved = solveTransportation({
    supply: list.map((c) => c.n),
    capacity: buyers.map((b) => b.caps?.day ?? trace.leads.length),
    value: list.map((c) =>
      buyers.map((b) =>
        !b.territory?.states || b.territory.states.includes(c.state) ? (b.price as number) - c.cost : null,
      ),
    ),
  });
  const sold = solved.flow.reduce((a, row) => a + row.reduce((x, f) => x + f, 0), 0);
  return { margin: solved.total, sold };
}

export interface RunResult {
  margin: number;
  sold: number;
  /** Decisions the method's choice differed from the highest margin. */
  steered: number;
  /** Leads still held back when the day ended. */
  heldAtEnd: number;
  /** Bid-price refreshes, and the time their solves took. */
  solves: number;
  solveMs: number;
  maxSolveMs: number;
}

/** Routes the day lead by lead through `decide`, keeping the buyers' day counters. */
export function route(
  trace: Trace,
  method: RoutingMethodName,
  options: { refreshMinutes?: number; history?: boolean; oracle?: boolean } = {},
): RunResult {
  const plan: Plan = { version: 1, tiers: [{ select: {}, method, mode: "direct" }] };
  const { buyers } = trace.market;
  const taken = new Map<string, number>();
  const served = new Map<string, number>();
  const observed = new Map<string, number>();
  const avgCost = trace.market.costs.reduce((a, b) => a + b, 0) / trace.market.costs.length;
  const refreshMs = (options.refreshMinutes ?? 15) * 60_000;
  const history: ArrivalHistory = options.history === false ? { weeks: 0, counts: new Map() } : trace.history;
  let sequence = 0;
  let table: BidPriceTable | undefined;
  const result: RunResult = {
    margin: 0,
    sold: 0,
    steered: 0,
    heldAtEnd: 0,
    solves: 0,
    solveMs: 0,
    maxSolveMs: 0,
  };
  const candidates = (): Candidate[] =>
    buyers.map((config) => ({
      config,
      state: {
        counts: { hour: 0, day: taken.get(config.key) ?? 0, week: 0, month: 0 },
        spentCents: 0,
        openLeads: 0,
        rotation: { lastServed: served.get(config.key) ?? 0, currentWeight: 0 },
      },
    }));
  const refresh = (now: number) => {
    if (method !== "bid_price" || (table !== undefined && now < table.validUntil)) return;
    const forecast = forecastRemaining({ history, observed, hoursElapsed: (now - trace.start) / HOUR });
    if (options.oracle) {
      forecast.expected = new Map();
      for (const l of trace.leads)
        if (l.createdAt >= now)
          forecast.expected.set(segmentOf(l), (forecast.expected.get(segmentOf(l)) ?? 0) + 1);
    }
    const priced = candidates().flatMap((c) => pricedBuyer(c, (c.config.price as number) - avgCost) ?? []);
    let expectedLeads = 0;
    for (const n of forecast.expected.values()) expectedLeads += n;
    const solving = performance.now();
    const prices = computeBidPrices(priced, forecast.expected);
    const ms = performance.now() - solving;
    result.solves++;
    result.solveMs += ms;
    result.maxSolveMs = Math.max(result.maxSolveMs, ms);
    table = {
      prices,
      computedAt: now,
      validUntil: now + refreshMs,
      basis: forecast.basis,
      expectedLeads,
    };
  };
  /** Leads held back, waiting for their retry time. */
  let held: { lead: RoutableLead; at: number }[] = [];
  const routeOne = (lead: RoutableLead, now: number) => {
    refresh(now);
    const d = decide(lead, plan, candidates(), sequence, now, table ? { bidPrices: table } : {});
    sequence = d.categorySequence;
    const a = d.assignments[0];
    if (!a) {
      if (d.retryAt !== null) held.push({ lead, at: d.retryAt });
      return;
    }
    result.margin += a.marginCents;
    result.sold++;
    taken.set(a.recipientKey, (taken.get(a.recipientKey) ?? 0) + 1);
    served.set(a.recipientKey, sequence);
    const ranks = d.trace.tiers[0]?.candidates ?? [];
    const best = Math.max(
      ...ranks.map((c) => (c.eligible && c.rank.by === "bid_price" ? c.rank.marginCents : 0)),
    );
    if (a.marginCents < best) result.steered++;
  };
  /** Routes again, as the server's retries would, every held lead due by `until`. */
  const retryDue = (until: number) => {
    while (held.length > 0) {
      const at = Math.min(...held.map((h) => h.at));
      if (at > until) return;
      const due = held.filter((h) => h.at <= at);
      held = held.filter((h) => h.at > at);
      for (const h of due) routeOne(h.lead, at);
    }
  };
  const end = trace.start + DAY;
  for (const lead of trace.leads) {
    retryDue(lead.createdAt);
    routeOne(lead, lead.createdAt);
    observed.set(segmentOf(lead), (observed.get(segmentOf(lead)) ?? 0) + 1);
  }
  // The cap period ends at midnight: what is still held by then is not sold this day.
  retryDue(end - 1);
  result.heldAtEnd = held.length;
  return result;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      days: { type: "string", default: "10" },
      seed: { type: "string", default: "1" },
      "refresh-minutes": { type: "string", default: "15" },
    },
  });
  const days = Number(values.days);
  const seed0 = Number(values.seed);
  const refreshMinutes = Number(values["refresh-minutes"]);
  const rows: { greedy: number; bid: number; fallback: number }[] = [];
  const solves = { n: 0, ms: 0, max: 0 };
  const pct = (x: number) => x.toFixed(3);
  console.log(
    "day  market  leads  places  optimum $ (sold)     greedy best_margin     bid_price (steered)        bid_price, no history",
  );
  for (let i = 0; i < days; i++) {
    const seed = seed0 + i;
    const trace = generateTrace(seed);
    const places = trace.market.buyers.reduce((a, b) => a + (b.caps?.day ?? 0), 0);
    const best = optimum(trace);
    const greedy = route(trace, "best_margin");
    const bid = route(trace, "bid_price", { refreshMinutes });
    const fallback = route(trace, "bid_price", { refreshMinutes, history: false });
    for (const r of [bid, fallback]) {
      solves.n += r.solves;
      solves.ms += r.solveMs;
      solves.max = Math.max(solves.max, r.maxSolveMs);
    }
    const row = {
      greedy: greedy.margin / best.margin,
      bid: bid.margin / best.margin,
      fallback: fallback.margin / best.margin,
    };
    rows.push(row);
    console.log(
      `${String(i + 1).padStart(3)}  ${trace.market.tight ? "tight " : "loose "}  ${String(trace.leads.length).padStart(5)}  ${String(places).padStart(6)}  ` +
        `${(best.margin / 100).toFixed(0).padStart(8)} (${String(best.sold).padStart(4)})     ` +
        `${pct(row.greedy)} (${String(greedy.sold).padStart(4)} sold)     ` +
        `${pct(row.bid)} (${String(bid.sold).padStart(4)} sold, ${String(bid.steered).padStart(4)})     ` +
        `${pct(row.fallback)} (${String(fallback.sold).padStart(4)} sold)`,
    );
  }
  const avg = (k: keyof (typeof rows)[0]) => rows.reduce((a, r) => a + r[k], 0) / rows.length;
  const worst = (k: keyof (typeof rows)[0]) => Math.min(...rows.map((r) => r[k]));
  console.log(`\nceiling: the offline optimum of each day = 1.000 (refresh every ${refreshMinutes} min)`);
  console.log(`greedy best_margin      average ${pct(avg("greedy"))}  worst ${pct(worst("greedy"))}`);
  console.log(`bid_price               average ${pct(avg("bid"))}  worst ${pct(worst("bid"))}`);
  console.log(`bid_price, no history   average ${pct(avg("fallback"))}  worst ${pct(worst("fallback"))}`);
  console.log(
    `bid-price refresh (30 buyers × 50 states, min-cost flow): ${solves.n} solves, ` +
      `mean ${(solves.ms / solves.n).toFixed(2)} ms, max ${solves.max.toFixed(2)} ms`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
