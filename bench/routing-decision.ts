/**
 * The routing decision alone, in process: for categories of 100 to 100,000 recipients spread
 * over the 50 states (real zip codes and coordinates), the time from a lead to its decision —
 * territory index lookup, joining each candidate's counters, full eligibility, the method, the
 * trace. Prints p50/p99 per decision and how they grow with the number of recipients, beside a
 * scan of every recipient without the index.
 *
 * Every decision of the measured phase counts, garbage collection included, after a warm-up of
 * at least a second. The phase is cut into rounds, each with its own p99, so one burst of other
 * work on the machine shows as one bad round. A decision during which the operating system
 * switched this process out (an involuntary context switch) is counted as preempted: on a busy
 * machine those decisions, not the routing code, make the wall-clock tail. The other programs'
 * CPU use during each size is printed beside the figures.
 *
 *   npx tsx bench/routing-decision.ts [--seconds N] [--rounds N] [--sizes 100,1000,10000,100000] [--no-scan]
 */
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  decide,
  RecipientIndex,
  type Candidate,
  type Plan,
  type RecipientConfig,
  type RecipientState,
  type RoutableLead,
  type Schedule,
  type Territory,
} from "../src/domain/routing/index.js";
import type { BidPriceTable } from "../src/domain/routing/bid-prices.js";
import { cpuBetween, sampleCpu } from "./cpu.js";
import { mulberry32 } from "./random.js";

export interface RoutingBenchResult {
  recipients: number;
  decisions: number;
  /** Recipients the index returned per decision, on average. */
  candidates: number;
  /** Eligible recipients in the tiers the decision ran (a tier that finds one ends the waterfall), on average. */
  eligible: number;
  assignedShare: number;
  p50Micros: number;
  p99Micros: number;
  maxMicros: number;
  /** The lowest and highest p99 of the rounds the measured phase was cut into. */
  roundP99Micros: [number, number];
  /** Decisions during which this process was switched out involuntarily (another process ran). */
  preempted: number;
  /** p99 of the decisions that were not preempted. */
  unpreemptedP99Micros: number;
  /**
   * The decision's own CPU time (getrusage around each decision): unlike wall time, not inflated
   * by waiting while other processes run, on a shared machine.
   */
  cpuP50Micros: number;
  cpuP99Micros: number;
  /** Garbage collection pauses during the measured phase. */
  gcPauses: number;
  gcMillis: number;
  /** Cores used by other processes during the measured phase (null where /proc is missing). */
  otherCores: number | null;
  /** The same decisions over every recipient, without the index (NaN when not measured). */
  scanP50Micros: number;
  scanP99Micros: number;
  indexBuildMs: number;
}

export interface RoutingBenchOptions {
  /** Measured seconds per size (the index run; the scan gets a fifth of it). */
  seconds?: number;
  /** Rounds the measured phase is cut into (default 5). */
  rounds?: number;
  sizes?: number[];
  /** Print the table (default true). */
  print?: boolean;
  /** Also time a scan of every recipient without the index (default true). */
  scan?: boolean;
  /** The method of the plan's first tier (premium buyers): `best_margin` (default) or `bid_price`. */
  method?: "best_margin" | "bid_price";
}

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  state: string;
  country: string;
}

const STATES = (
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA " +
  "RI SC SD TN TX UT VT VA WA WV WI WY"
).split(" ");
const PACIFIC = new Set(["CA", "OR", "WA", "NV"]);
const MOUNTAIN = new Set(["AZ", "CO", "ID", "MT", "NM", "UT", "WY"]);
const CENTRAL = new Set([
  "AL",
  "AR",
  "IL",
  "IA",
  "KS",
  "LA",
  "MN",
  "MS",
  "MO",
  "NE",
  "ND",
  "OK",
  "SD",
  "TN",
  "TX",
  "WI",
]);

function zoneOf(state: string): string {
  if (state === "AK") return "America/Anchorage";
  if (state === "HI") return "Pacific/Honolulu";
  if (state === "AZ") return "America/Phoenix";
  if (PACIFIC.has(state)) return "America/Los_Angeles";
  if (MOUNTAIN.has(state)) return "America/Denver";
  if (CENTRAL.has(state)) return "America/Chicago";
  return "America/New_York";
}

/** The same recipients and leads on every run. */
const random = mulberry32;

interface Geography {
  zips: ZipRecord[];
  byState: Map<string, ZipRecord[]>;
}

function loadGeography(): Geography {
  const require = createRequire(import.meta.url);
  const { codes } = require("zipcodes") as { codes: Record<string, ZipRecord> };
  const wanted = new Set(STATES);
  const zips = Object.values(codes).filter((z) => z.country === "US" && wanted.has(z.state));
  const byState = new Map<string, ZipRecord[]>();
  for (const z of zips) byState.set(z.state, [...(byState.get(z.state) ?? []), z]);
  return { zips, byState };
}

const WEEKDAY_HOURS: [string, string][] = [["08:00", "18:00"]];
const schedules = new Map<string, Schedule>();
function officeHours(timezone: string, saturday: boolean): Schedule {
  const key = `${timezone}|${saturday}`;
  let s = schedules.get(key);
  if (!s) {
    s = {
      timezone,
      hours: {
        mon: WEEKDAY_HOURS,
        tue: WEEKDAY_HOURS,
        wed: WEEKDAY_HOURS,
        thu: WEEKDAY_HOURS,
        fri: WEEKDAY_HOURS,
        ...(saturday ? { sat: [["09:00", "13:00"] as [string, string]] } : {}),
      },
    };
    schedules.set(key, s);
  }
  return s;
}

/**
 * Whole-state contracts belong to a limited set of large buyers and dealers (15% of recipients,
 * at most 1,500: about 30 a state); beyond that a category grows by local recipients (zip
 * prefixes, zip lists, radius circles), plus a handful that take leads from everywhere.
 */
function makeRecipients(n: number, geo: Geography, rand: () => number): RecipientConfig[] {
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(rand() * list.length)];
    if (item === undefined) throw new Error("empty list");
    return item;
  };
  const stateWide = Math.min(Math.round(n * 0.15), 1500);
  const everywhere = Math.min(5, Math.max(1, Math.round(n * 0.01)));
  const out: RecipientConfig[] = [];
  for (let i = 0; i < n; i++) {
    const home = pick(geo.zips);
    const inState = geo.byState.get(home.state) ?? [home];
    let territory: Territory | undefined;
    if (i < everywhere) territory = undefined;
    else if (i < everywhere + stateWide)
      territory = { states: rand() < 0.7 ? [home.state] : [home.state, pick(STATES)] };
    else {
      const r = rand();
      if (r < 0.4)
        territory = {
          zipPrefixes:
            rand() < 0.7 ? [home.zip.slice(0, 3)] : [home.zip.slice(0, 3), pick(inState).zip.slice(0, 3)],
        };
      else if (r < 0.75)
        territory = { zips: Array.from({ length: 5 + Math.floor(rand() * 20) }, () => pick(inState).zip) };
      else
        territory = {
          radius: {
            zip: home.zip,
            lat: home.latitude,
            lon: home.longitude,
            miles: 10 + Math.floor(rand() * 40),
          },
        };
    }
    const buyer = rand() < 0.4;
    const config: RecipientConfig = {
      key: `r${i}`,
      name: `Recipient ${i}`,
      kind: buyer ? "buyer" : "agent",
      categories: ["solar"],
      ...(territory ? { territory } : {}),
      status: rand() < 0.05 ? "away" : "available",
      tags: rand() < 0.2 ? ["premium"] : [],
      createdAt: i,
      weight: 1 + Math.floor(rand() * 5),
      priority: Math.floor(rand() * 3),
    };
    if (rand() < 0.3) {
      config.filters =
        rand() < 0.5
          ? [{ field: "creditScore", op: "gte", value: 580 + Math.floor(rand() * 5) * 30 }]
          : [
              { field: "product", op: "in", value: rand() < 0.5 ? ["panels", "battery"] : ["panels"] },
              { field: "homeowner", op: "eq", value: true },
            ];
    }
    if (rand() < 0.7)
      config.caps = {
        day: 5 + Math.floor(rand() * 45),
        ...(rand() < 0.3 ? { hour: 2 + Math.floor(rand() * 5) } : {}),
      };
    if (rand() < 0.2) config.caps = { ...config.caps, month: 200 + Math.floor(rand() * 800) };
    if (rand() < 0.6) config.schedule = officeHours(zoneOf(home.state), rand() < 0.3);
    if (buyer) {
      const base = 1000 + Math.floor(rand() * 40) * 100;
      config.price =
        rand() < 0.5
          ? base
          : {
              default: base,
              rules: [{ when: [{ field: "priority", op: "eq", value: "hot" }], price: base * 2 }],
            };
      if (rand() < 0.5) config.budgetCents = 100_000 + Math.floor(rand() * 50) * 10_000;
    } else if (rand() < 0.5) config.capacity = 10 + Math.floor(rand() * 30);
    out.push(config);
  }
  return out;
}

function makeState(config: RecipientConfig, rand: () => number, sequence: number): RecipientState {
  const day = Math.floor(rand() * (config.caps?.day ?? 30) * 1.05);
  return {
    counts: { hour: Math.floor(rand() * 3), day, week: day * 3, month: day * 10 },
    spentCents: Math.floor(rand() * (config.budgetCents ?? 100_000)),
    openLeads: Math.floor(rand() * (config.capacity ?? 20)),
    rotation: { lastServed: Math.floor(rand() * sequence), currentWeight: 0 },
  };
}

function makeLead(i: number, geo: Geography, rand: () => number, now: number): RoutableLead {
  const zip = geo.zips[Math.floor(rand() * geo.zips.length)] ?? geo.zips[0];
  if (!zip) throw new Error("no zips");
  const score = Math.floor(rand() * 100);
  return {
    id: `lead_${i.toString(36)}`,
    category: "solar",
    source: "web",
    createdAt: now,
    state: zip.state,
    zip: zip.zip,
    lat: zip.latitude,
    lon: zip.longitude,
    score,
    priority: score >= 80 ? "hot" : score >= 40 ? "warm" : "cold",
    costCents: 500 + Math.floor(rand() * 1500),
    fields: {
      email: `lead${i}@example.com`,
      state: zip.state,
      zip: zip.zip,
      creditScore: 550 + Math.floor(rand() * 300),
      product: rand() < 0.6 ? "panels" : "battery",
      homeowner: rand() < 0.8,
    },
  };
}

function planFor(method: "best_margin" | "bid_price"): Plan {
  return {
    version: 1,
    tiers: [
      { select: { kind: "buyer", tags: ["premium"] }, method, mode: "direct" },
      { select: { kind: "agent" }, method: "round_robin", mode: "direct" },
      { select: {}, method: "weighted", mode: "direct" },
    ],
  };
}

let PLAN = planFor("best_margin");
/** With `--method bid_price`: a bid price for every recipient, as the router caches them between refreshes. */
let BID_PRICES: BidPriceTable | undefined;

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

interface Timing {
  /** Per decision, in the order they were made. */
  micros: Float64Array;
  cpuMicros: Float64Array;
  /** 1 where the process was switched out involuntarily during the decision. */
  preempted: Uint8Array;
  candidates: number;
  eligible: number;
  assigned: number;
  /** `performance.now()` at the first and after the last decision. */
  from: number;
  to: number;
}

/** What the index files: a recipient with its counters, as a store would keep them side by side. */
interface Filed {
  territory?: Territory;
  candidate: Candidate;
}

/** Times decisions for `seconds` (at least `min`, at most `max` of them). */
function timeDecisions(
  count: { seconds: number; min: number; max: number },
  geo: Geography,
  find: (lead: RoutableLead) => Filed[],
  byKey: ReadonlyMap<string, Candidate>,
  total: number,
  seed: number,
): Timing {
  const rand = random(seed);
  const micros: number[] = [];
  const cpuMicros: number[] = [];
  const preempted: number[] = [];
  let candidates = 0;
  let eligible = 0;
  let assigned = 0;
  let sequence = 1_000_000;
  // Tuesday 10:00 in Chicago: most schedules open; a lead every 50 ms of simulated time.
  let now = Date.parse("2026-11-24T16:00:00Z");
  const from = performance.now();
  const stop = process.hrtime.bigint() + BigInt(Math.round(count.seconds * 1e9));
  for (let i = 0; i < count.max && (i < count.min || process.hrtime.bigint() < stop); i++) {
    now += 50;
    const lead = makeLead(i, geo, rand, now);
    const before = process.resourceUsage();
    const started = process.hrtime.bigint();
    const found = find(lead);
    const withStates: Candidate[] = found.map((f) => f.candidate);
    const decision = decide(lead, PLAN, withStates, sequence, now, {
      prunedByIndex: total - found.length,
      ...(BID_PRICES ? { bidPrices: BID_PRICES } : {}),
    });
    const ended = process.hrtime.bigint();
    const after = process.resourceUsage();
    micros.push(Number(ended - started) / 1000);
    cpuMicros.push(after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime);
    preempted.push(after.involuntaryContextSwitches > before.involuntaryContextSwitches ? 1 : 0);
    candidates += found.length;
    for (const t of decision.trace.tiers) for (const c of t.candidates) if (c.eligible) eligible++;
    if (!decision.unassigned) assigned++;
    sequence = decision.categorySequence;
    // Rotation moves as the store would commit it; counters stay as generated, so the mix of
    // capped, closed and full recipients is the same throughout the run.
    for (const u of decision.updates) {
      const state = byKey.get(u.key)?.state;
      if (!state || !u.rotation) continue;
      state.rotation = {
        lastServed: u.rotation.lastServed ?? state.rotation.lastServed,
        currentWeight: u.rotation.currentWeight ?? state.rotation.currentWeight,
      };
    }
  }
  const n = micros.length;
  return {
    micros: Float64Array.from(micros),
    cpuMicros: Float64Array.from(cpuMicros),
    preempted: Uint8Array.from(preempted),
    candidates: candidates / n,
    eligible: eligible / n,
    assigned: assigned / n,
    from,
    to: performance.now(),
  };
}

function sorted(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort();
}

/** The lowest and highest p99 of `rounds` consecutive equal parts. */
function roundP99s(micros: Float64Array, rounds: number): [number, number] {
  const size = Math.ceil(micros.length / rounds);
  let low = Infinity;
  let high = 0;
  for (let r = 0; r * size < micros.length; r++) {
    const p99 = percentile(sorted(micros.subarray(r * size, (r + 1) * size)), 0.99);
    low = Math.min(low, p99);
    high = Math.max(high, p99);
  }
  return [low, high];
}

/** Garbage collection pauses, as the runtime reports them (after the fact, on the event loop). */
const gcPauses: { start: number; duration: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration });
});

function measure(
  size: number,
  seconds: number,
  rounds: number,
  geo: Geography,
  withScan: boolean,
): { result: RoutingBenchResult; from: number; to: number } {
  const recipients = makeRecipients(size, geo, random(size));
  if (PLAN.tiers[0]?.method === "bid_price") {
    // Bid prices as a refresh leaves them: every buyer has one, up to $30.
    const rand = random(size + 2);
    const prices = new Map<string, number>();
    for (const r of recipients) if (r.kind === "buyer") prices.set(r.key, Math.floor(rand() * 3000));
    BID_PRICES = {
      prices,
      computedAt: 0,
      validUntil: Date.UTC(2100, 0, 1),
      basis: "history",
      expectedLeads: 5000,
    };
  }
  const filed: Filed[] = recipients.map((config) => ({
    ...(config.territory ? { territory: config.territory } : {}),
    candidate: { config, state: makeState(config, random(0), 0) },
  }));
  const byKey = new Map(filed.map((f) => [f.candidate.config.key, f.candidate]));
  const reset = () => {
    const rand = random(size + 1);
    for (const f of filed) f.candidate.state = makeState(f.candidate.config, rand, 1_000_000);
  };
  const built = process.hrtime.bigint();
  const index = RecipientIndex.build(filed);
  const indexBuildMs = Number(process.hrtime.bigint() - built) / 1e6;

  const viaIndex = (lead: RoutableLead) => index.candidatesFor(lead);
  reset();
  timeDecisions({ seconds: 1, min: 3000, max: 200_000 }, geo, viaIndex, byKey, size, 7); // warm-up
  reset();
  const cpuBefore = sampleCpu([process.pid]);
  const timed = timeDecisions({ seconds, min: 10_000, max: 300_000 }, geo, viaIndex, byKey, size, 42);
  const cpu = cpuBetween(cpuBefore, sampleCpu([process.pid]), [[process.pid]]);
  reset();
  const scan = withScan
    ? timeDecisions({ seconds: seconds / 5, min: 50, max: 20_000 }, geo, () => filed, byKey, size, 42)
    : null;
  const micros = sorted(timed.micros);
  const cpuMicros = sorted(timed.cpuMicros);
  const unpreempted = sorted(timed.micros.filter((_, i) => timed.preempted[i] === 0));
  const scanMicros = scan ? sorted(scan.micros) : null;
  const result: RoutingBenchResult = {
    recipients: size,
    decisions: micros.length,
    candidates: timed.candidates,
    eligible: timed.eligible,
    assignedShare: timed.assigned,
    p50Micros: percentile(micros, 0.5),
    p99Micros: percentile(micros, 0.99),
    maxMicros: micros[micros.length - 1] ?? 0,
    roundP99Micros: roundP99s(timed.micros, rounds),
    preempted: timed.preempted.reduce((sum, p) => sum + p, 0),
    unpreemptedP99Micros: percentile(unpreempted, 0.99),
    cpuP50Micros: percentile(cpuMicros, 0.5),
    cpuP99Micros: percentile(cpuMicros, 0.99),
    gcPauses: 0,
    gcMillis: 0,
    otherCores: cpu ? cpu.other : null,
    scanP50Micros: scanMicros ? percentile(scanMicros, 0.5) : NaN,
    scanP99Micros: scanMicros ? percentile(scanMicros, 0.99) : NaN,
    indexBuildMs,
  };
  return { result, from: timed.from, to: timed.to };
}

function markdown(head: string[], rows: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function table(results: readonly RoutingBenchResult[]): string {
  const head = [
    "recipients",
    "decisions",
    "candidates",
    "eligible in tiers run",
    "assigned",
    "p50 µs",
    "p99 µs",
    "p99 of rounds µs",
    "max µs",
    "CPU p50 µs",
    "CPU p99 µs",
    "p99 growth",
    "scan p50 µs",
    "scan p99 µs",
    "index build ms",
  ];
  const rows = results.map((r, i) => {
    const prev = results[i - 1];
    const growth = prev
      ? `×${(r.p99Micros / prev.p99Micros).toFixed(2)} for ×${r.recipients / prev.recipients}`
      : "";
    return [
      r.recipients.toLocaleString("en-US"),
      r.decisions.toLocaleString("en-US"),
      r.candidates.toFixed(1),
      r.eligible.toFixed(1),
      `${(r.assignedShare * 100).toFixed(0)}%`,
      r.p50Micros.toFixed(1),
      r.p99Micros.toFixed(1),
      `${r.roundP99Micros[0].toFixed(0)}–${r.roundP99Micros[1].toFixed(0)}`,
      r.maxMicros.toFixed(0),
      r.cpuP50Micros.toFixed(0),
      r.cpuP99Micros.toFixed(0),
      growth,
      Number.isNaN(r.scanP50Micros) ? "-" : r.scanP50Micros.toFixed(0),
      Number.isNaN(r.scanP99Micros) ? "-" : r.scanP99Micros.toFixed(0),
      r.indexBuildMs.toFixed(0),
    ];
  });
  return markdown(head, rows);
}

/** What else happened while each size was measured. */
function conditions(results: readonly RoutingBenchResult[]): string {
  const head = [
    "recipients",
    "preempted decisions",
    "p99 of the others µs",
    "GC pauses",
    "GC ms",
    "other processes, cores",
  ];
  const rows = results.map((r) => [
    r.recipients.toLocaleString("en-US"),
    `${r.preempted.toLocaleString("en-US")} (${((100 * r.preempted) / r.decisions).toFixed(2)}%)`,
    r.unpreemptedP99Micros.toFixed(1),
    String(r.gcPauses),
    r.gcMillis.toFixed(1),
    r.otherCores === null ? "-" : r.otherCores.toFixed(2),
  ]);
  return markdown(head, rows);
}

/** Runs every size and prints the tables; `bench/run.ts` calls this too. */
export async function runRoutingBench(options: RoutingBenchOptions = {}): Promise<RoutingBenchResult[]> {
  const seconds = Math.max(0.5, Math.min(options.seconds ?? 5, 10));
  const rounds = Math.max(1, Math.round(options.rounds ?? 5));
  const sizes = options.sizes ?? [100, 1_000, 10_000, 100_000];
  const print = options.print ?? true;
  const cores = availableParallelism();
  PLAN = planFor(options.method ?? "best_margin");
  BID_PRICES = undefined;
  if (print)
    console.log(
      `Machine: ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${cores} cores, Node ${process.version};` +
        ` load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(" / ")} (1 / 5 / 15 min) before the run.`,
    );
  const geo = loadGeography();
  const results: RoutingBenchResult[] = [];
  gcObserver.observe({ entryTypes: ["gc"] });
  try {
    for (const size of sizes) {
      const { result, from, to } = measure(size, seconds, rounds, geo, options.scan ?? true);
      // Give the event loop a turn between sizes, so a caller's timers and output keep up and the
      // runtime hands over its reports of the collections.
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const gc of gcPauses) {
        if (gc.start < from || gc.start > to) continue;
        result.gcPauses++;
        result.gcMillis += gc.duration;
      }
      gcPauses.length = 0;
      results.push(result);
    }
  } finally {
    gcObserver.disconnect();
  }
  if (print) {
    console.log(
      `Routing decision (index lookup + counters join + decide), ${geo.zips.length.toLocaleString("en-US")} real zips` +
        ` in 50 states; plan: ${PLAN.tiers[0]?.method} premium buyers → round_robin agents → weighted everyone.` +
        ` ${seconds} s per size in ${rounds} rounds after a warm-up of at least 1 s; every decision counts, GC included.`,
    );
    console.log(table(results));
    console.log(conditions(results));
    const [load] = loadavg();
    const busiest = Math.max(...results.map((r) => r.otherCores ?? 0));
    console.log(
      `Load average ${load?.toFixed(2) ?? "?"} after the run; other processes used up to ${busiest.toFixed(2)} of ${cores} cores` +
        " during a size. A decision preempted mid-way counts its wait in wall-clock time; the CPU columns count" +
        " this process's own time.",
    );
    const at10k = results.find((r) => r.recipients === 10_000);
    if (at10k)
      console.log(
        `Target p99 ≤ 200 µs at 10,000 recipients: ${at10k.p99Micros.toFixed(1)} µs (${at10k.p99Micros <= 200 ? "met" : "MISSED"}),` +
          ` rounds ${at10k.roundP99Micros[0].toFixed(1)}–${at10k.roundP99Micros[1].toFixed(1)} µs;` +
          ` ${((100 * at10k.preempted) / at10k.decisions).toFixed(2)}% of the decisions preempted,` +
          ` p99 of the others ${at10k.unpreemptedP99Micros.toFixed(1)} µs.`,
      );
    const exponent = (ratio: number, n: number) => (Math.log(ratio) / Math.log(n)).toFixed(2);
    const growth = (a: RoutingBenchResult, b: RoutingBenchResult) => {
      const n = b.recipients / a.recipients;
      const p50 = b.p50Micros / a.p50Micros;
      const p99 = b.p99Micros / a.p99Micros;
      return (
        `${a.recipients.toLocaleString("en-US")} → ${b.recipients.toLocaleString("en-US")} recipients (×${n}):` +
        ` candidates ×${(b.candidates / a.candidates).toFixed(1)}, p50 ×${p50.toFixed(2)} (exponent ${exponent(p50, n)}),` +
        ` p99 ×${p99.toFixed(2)} (exponent ${exponent(p99, n)})`
      );
    };
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1];
      const b = results[i];
      if (a && b) console.log(growth(a, b));
    }
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last && last !== first) {
      const n = last.recipients / first.recipients;
      const verdict = (ratio: number) => (ratio < n ? "sub-linear" : "NOT sub-linear");
      console.log(
        `Overall, ${growth(first, last)}: ${verdict(last.p50Micros / first.p50Micros)} by p50,` +
          ` ${verdict(last.p99Micros / first.p99Micros)} by p99 (an exponent of 1 is linear; p99 moves with` +
          " the preempted share above).",
      );
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string" },
      rounds: { type: "string" },
      sizes: { type: "string" },
      "no-scan": { type: "boolean" },
      method: { type: "string" },
    },
  });
  await runRoutingBench({
    ...(values.seconds ? { seconds: Number(values.seconds) } : {}),
    ...(values.rounds ? { rounds: Number(values.rounds) } : {}),
    ...(values.sizes ? { sizes: values.sizes.split(",").map(Number) } : {}),
    scan: !values["no-scan"],
    ...(values.method === "bid_price" ? { method: "bid_price" as const } : {}),
  });
}
