/**
 * `npm run bench:deliveries`: how fast Carousel's delivery worker gets leads to a buyer's HTTP
 * receiver that answers at once, on SQLite and PostgreSQL, beside a ceiling measured in the same
 * run: the same requests (the bodies Carousel sent, the same headers, as many in flight as the
 * worker keeps) sent by a bare loop in a process of its own. Then the time from intake to the
 * receiver getting the lead while leads keep coming. See docs/BENCHMARKS.md.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cpuBetween, sampleCpu, type CpuUse } from "./cpu.js";
import {
  CATEGORY,
  carouselApi,
  givenBenchCategory,
  percentile,
  postLeads,
  sleep,
  type Api,
} from "./carousel-api.js";
import { leadBodies } from "./lead-bodies.js";
import { describeMachine } from "./machine.js";
import { backendPids } from "./pg.js";
import { machineLines } from "./report.js";
import { CAROUSEL, createDatabase, dropDatabase, spawnServer, type BenchEngine } from "./targets.js";

const USAGE = `npm run bench:deliveries -- [options]

  --leads N           leads drained at once per engine (default 3000)
  --rate N            most leads per second posted during the latency phase (default 200;
                      never more than half the rate the engine took the drained leads in at)
  --seconds N         length of the latency phase (default 10)
  --engines LIST      sqlite,postgres (default both)
  --in-flight N       deliveries Carousel keeps on the wire (CAROUSEL_DELIVERY_CONCURRENCY), and
                      requests the bare loop does (default 16)
  --database-url URL  PostgreSQL server to create a scratch database on
                      (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
  --data-dir DIR      where SQLite files go (BENCH_DATA_DIR, default the OS temp folder)
`;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** What Carousel's delivery worker keeps in flight by default (`CAROUSEL_DELIVERY_CONCURRENCY`). */
const IN_FLIGHT = 16;
const ENGINES: BenchEngine[] = ["sqlite", "postgres"];

/** The receiver: answers every request at once and notes when each lead first arrived. */
class Receiver {
  readonly arrivals = new Map<string, number>();
  readonly bodies: { key: string; body: string }[] = [];
  requests = 0;
  keepBodies = false;
  #server: Server | null = null;
  url = "";

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const at = performance.now();
        this.requests += 1;
        const body = Buffer.concat(chunks).toString("utf8");
        const id = /"id":"([^"]+)"/.exec(body)?.[1] ?? "";
        if (!this.arrivals.has(id)) this.arrivals.set(id, at);
        if (this.keepBodies) this.bodies.push({ key: String(req.headers["idempotency-key"]), body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"ok":true}');
      });
    });
    this.#server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.#server!.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/leads`;
  }

  reset(): void {
    this.arrivals.clear();
    this.bodies.length = 0;
    this.requests = 0;
  }

  async until(count: number, limitMs: number): Promise<boolean> {
    const deadline = performance.now() + limitMs;
    while (this.arrivals.size < count && performance.now() < deadline) await sleep(20);
    return this.arrivals.size >= count;
  }

  stop(): Promise<void> {
    this.#server?.closeAllConnections();
    return new Promise((r) => (this.#server ? this.#server.close(() => r()) : r()));
  }
}

interface EngineResult {
  engine: BenchEngine;
  leads: number;
  drainMs: number;
  perSecond: number;
  requests: number;
  /** During the drain, in cores: the server, this process (the receiver), PostgreSQL, the rest. */
  cpu: CpuUse | null;
  /** The server's CPU time per delivery during the drain. */
  cpuMsPerDelivery: number | null;
  /** Leads per second intake took while the buyer was paused. */
  intakeRate: number;
  /** Intake's answer at the latency phase's rate with no delivery going out. */
  quietAckP50: number;
  latency: {
    rate: number;
    posted: number;
    arrived: number;
    /** Intake's answer, from the request going out. */
    ackP50: number;
    p50: number;
    p99: number;
    max: number;
  };
}

interface CeilingResult {
  requests: number;
  /** The bare loop's own CPU time per request. */
  cpuMsPerRequest: number;
  elapsedMs: number;
  perSecond: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      leads: { type: "string" },
      rate: { type: "string" },
      seconds: { type: "string" },
      engines: { type: "string" },
      "in-flight": { type: "string" },
      "database-url": { type: "string" },
      "data-dir": { type: "string" },
      "bare-loop": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  const inFlight = Number(values["in-flight"] ?? IN_FLIGHT);
  if (values["bare-loop"]) return bareLoop(values["bare-loop"], inFlight);
  if (values.help) return void process.stdout.write(USAGE);
  const leads = Number(values.leads ?? 3000);
  const rate = Number(values.rate ?? 200);
  const seconds = Number(values.seconds ?? 10);
  const engines = (values.engines?.split(",") ?? ENGINES) as BenchEngine[];
  const databaseUrl =
    values["database-url"] ?? process.env["BENCH_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
  const dataDir = resolve(values["data-dir"] ?? process.env["BENCH_DATA_DIR"] ?? tmpdir());

  console.log(machineLines(await describeMachine(dataDir, databaseUrl)).join("\n"));
  const receiver = new Receiver();
  await receiver.start();
  const results: EngineResult[] = [];
  let ceiling: CeilingResult | null = null;
  try {
    for (const engine of engines) {
      console.log(`\n${engine}: ${leads} leads waiting for a paused buyer, then resumed`);
      const settings = { leads, rate, seconds, inFlight, databaseUrl, dataDir };
      results.push(await measureEngine(engine, settings, receiver));
      // The ceiling sends the bodies Carousel just sent, once, after the first engine's run.
      if (!ceiling) ceiling = await measureCeiling(receiver, inFlight);
    }
  } finally {
    await receiver.stop();
  }
  report(results, ceiling, inFlight);
  const dir = join(ROOT, ".bench-results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `deliveries-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ results, ceiling }, null, 2));
  console.log(`\nresults: ${file}`);
}

interface Settings {
  leads: number;
  rate: number;
  seconds: number;
  inFlight: number;
  databaseUrl: string;
  dataDir: string;
}

async function measureEngine(engine: BenchEngine, s: Settings, receiver: Receiver): Promise<EngineResult> {
  const token = randomBytes(24).toString("hex");
  let dispose: () => Promise<void>;
  let env: Record<string, string>;
  let postgresUrl: string | null = null;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(s.dataDir, "deliveries-sqlite-"));
    env = { CAROUSEL_DATA_DIR: dir };
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const url = await createDatabase(s.databaseUrl);
    env = { DATABASE_URL: url };
    postgresUrl = url;
    dispose = () => dropDatabase(s.databaseUrl, url);
  }
  try {
    const server = await spawnServer(CAROUSEL, ["serve"], {
      ...env,
      CAROUSEL_ADMIN_TOKEN: token,
      LOG_LEVEL: "warn",
      CAROUSEL_DELIVERY_CONCURRENCY: String(s.inFlight),
    });
    try {
      const api = carouselApi(server.url, token);
      const intakeKey = await setUp(api, receiver.url);
      const tag = randomBytes(3).toString("hex");
      const next = leadBodies(tag);

      // Throughput: every lead waits for the paused buyer, then the worker drains them. While it
      // is paused, intake at the latency phase's rate gives the answer time without deliveries.
      await api("POST", "/api/v1/recipients/bench-buyer/delivery/pause");
      receiver.reset();
      receiver.keepBodies = true;
      const intakeStarted = performance.now();
      await postLeads([server.url], intakeKey, next, s.leads);
      const intakeRate = (s.leads / (performance.now() - intakeStarted)) * 1000;
      const rate = Math.min(s.rate, Math.floor(intakeRate / 2));
      const quiet = await postAtRate(server.url, intakeKey, next, rate, s.seconds);
      const waiting = s.leads + quiet.size;
      const watched = [[server.pid], [process.pid], postgresUrl ? await backendPids(postgresUrl) : []];
      const before = sampleCpu(watched.flat());
      const resumed = performance.now();
      await api("POST", "/api/v1/recipients/bench-buyer/delivery/resume");
      if (!(await receiver.until(waiting, 120_000)))
        throw new Error(`only ${receiver.arrivals.size} of ${waiting} leads arrived`);
      const last = Math.max(...receiver.arrivals.values());
      const drainMs = last - resumed;
      const cpu = cpuBetween(before, sampleCpu(watched.flat()), watched);
      const cpuMsPerDelivery = cpu ? (cpu.groups[0]! * drainMs) / waiting : null;
      const requests = receiver.requests;
      console.log(`  drained in ${(drainMs / 1000).toFixed(2)} s: ${rateOf(waiting, drainMs)} deliveries/s`);

      // Latency under load: leads keep coming at that rate, well within what intake takes; from
      // each intake request going out to the receiver getting its lead.
      receiver.keepBodies = false;
      const sent = await postAtRate(server.url, intakeKey, next, rate, s.seconds);
      await receiver.until(waiting + sent.size, 30_000);
      const latencies: number[] = [];
      const acks: number[] = [];
      for (const [id, { at, acked }] of sent) {
        acks.push(acked - at);
        const arrived = receiver.arrivals.get(id);
        if (arrived !== undefined) latencies.push(arrived - at);
      }
      latencies.sort((a, b) => a - b);
      acks.sort((a, b) => a - b);
      const latency = {
        rate,
        posted: sent.size,
        arrived: latencies.length,
        ackP50: percentile(acks, 0.5),
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
        max: latencies.at(-1) ?? NaN,
      };
      console.log(
        `  intake took ${Math.round(intakeRate)} leads/s; at ${rate} leads/s: intake to receiver p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms`,
      );
      const perSecond = (waiting / drainMs) * 1000;
      const quietAckP50 = percentile(
        [...quiet.values()].map((q) => q.acked - q.at).sort((a, b) => a - b),
        0.5,
      );
      return {
        engine,
        leads: waiting,
        drainMs,
        perSecond,
        requests,
        cpu,
        cpuMsPerDelivery,
        intakeRate,
        quietAckP50,
        latency,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await dispose();
  }
}

/** The bodies the receiver kept, sent again by a bare loop in its own process, `inFlight` at a time. */
async function measureCeiling(receiver: Receiver, inFlight: number): Promise<CeilingResult> {
  const dir = mkdtempSync(join(tmpdir(), "deliveries-ceiling-"));
  const file = join(dir, "requests.json");
  writeFileSync(file, JSON.stringify({ url: receiver.url, requests: receiver.bodies }));
  const count = receiver.bodies.length;
  receiver.reset();
  try {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "bench/deliveries.ts", "--bare-loop", file, "--in-flight", String(inFlight)],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise((r) => child.once("exit", r));
    const measured = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as {
      elapsedMs: number;
      cpuMs: number;
    };
    const elapsedMs = Number(measured.elapsedMs);
    console.log(`  ceiling: ${count} requests in ${(elapsedMs / 1000).toFixed(2)} s by a bare loop`);
    return {
      requests: count,
      cpuMsPerRequest: measured.cpuMs / count,
      elapsedMs,
      perSecond: (count / elapsedMs) * 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ceiling's process: the same requests Carousel sent, with fetch, `inFlight` at a time. */
async function bareLoop(file: string, inFlight: number): Promise<void> {
  const { url, requests } = JSON.parse(readFileSync(file, "utf8")) as {
    url: string;
    requests: { key: string; body: string }[];
  };
  let next = 0;
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < requests.length; i = next++) {
      const r = requests[i]!;
      const res = await fetch(url, {
        method: "POST",
        headers: { "user-agent": "Carousel", "content-type": "application/json", "idempotency-key": r.key },
        body: r.body,
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      });
      await res.text();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const elapsedMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuAtStart);
  process.stdout.write(`${JSON.stringify({ elapsedMs, cpuMs: (user + system) / 1000 })}\n`);
}

/** The benchmark category, whose leads all go directly to one buyer posting JSON to the receiver. */
async function setUp(api: Api, receiverUrl: string): Promise<string> {
  const intakeKey = await givenBenchCategory(api);
  await api("POST", "/api/v1/recipients", {
    key: "bench-buyer",
    name: "Buyer",
    kind: "buyer",
    categories: [CATEGORY],
    price: 60,
    delivery: { channel: "http", url: receiverUrl, format: "json" },
  });
  await api("PUT", `/api/v1/categories/${CATEGORY}/plan`, {
    tiers: [{ select: {}, method: "round_robin", mode: "direct" }],
  });
  return intakeKey;
}

async function postLead(url: string, intakeKey: string, body: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/leads`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-intake-key": intakeKey },
    body,
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${text}`);
  return (JSON.parse(text) as { id: string }).id;
}

/** Posts `rate` leads a second for `seconds`, open loop; returns when each was sent and answered, by lead id. */
async function postAtRate(
  url: string,
  intakeKey: string,
  next: () => string,
  rate: number,
  seconds: number,
): Promise<Map<string, { at: number; acked: number }>> {
  const sent = new Map<string, { at: number; acked: number }>();
  const pending: Promise<void>[] = [];
  const total = Math.round(rate * seconds);
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const at = performance.now();
    pending.push(
      postLead(url, intakeKey, next()).then((id) => void sent.set(id, { at, acked: performance.now() })),
    );
  }
  await Promise.all(pending);
  return sent;
}

function report(results: EngineResult[], ceiling: CeilingResult | null, inFlight: number): void {
  const f = (v: number) => v.toFixed(1);
  const cores = (v: number | undefined) => (v === undefined ? "–" : v.toFixed(2));
  const lines = [
    "",
    "| run | deliveries | s | deliveries/s | of the ceiling | sender CPU ms/delivery | CPU: sender / receiver / PG / other |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  if (ceiling)
    lines.push(
      `| ceiling: bare fetch loop, ${inFlight} in flight | ${ceiling.requests} | ${(ceiling.elapsedMs / 1000).toFixed(2)} | ${Math.round(ceiling.perSecond)} | 1.00 | ${ceiling.cpuMsPerRequest.toFixed(3)} | |`,
    );
  for (const r of results) {
    const c = r.cpu;
    lines.push(
      `| Carousel, ${name(r.engine)} | ${r.leads} | ${(r.drainMs / 1000).toFixed(2)} | ${Math.round(r.perSecond)} | ${ceiling ? (r.perSecond / ceiling.perSecond).toFixed(2) : "–"} | ${r.cpuMsPerDelivery?.toFixed(3) ?? "–"} | ${c ? `${cores(c.groups[0])} / ${cores(c.groups[1])} / ${r.engine === "postgres" ? cores(c.groups[2]) : "–"} / ${cores(c.other)}` : "–"} |`,
    );
  }
  lines.push(
    "",
    "| run | under load: leads/s | intake answer p50 ms, paused / delivering | intake → receiver p50 ms | p99 ms | max ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const r of results) {
    const l = r.latency;
    lines.push(
      `| Carousel, ${name(r.engine)} | ${l.rate} | ${f(r.quietAckP50)} / ${f(l.ackP50)} | ${f(l.p50)} | ${f(l.p99)} | ${f(l.max)} |`,
    );
  }
  console.log(lines.join("\n"));
}

const name = (engine: BenchEngine) => (engine === "sqlite" ? "SQLite" : "PostgreSQL");
const rateOf = (n: number, ms: number) => Math.round((n / ms) * 1000);

await main();
