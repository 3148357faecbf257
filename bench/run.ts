/**
 * `npm run bench`: Carousel's intake over HTTP on SQLite and PostgreSQL, against ceilings
 * measured in the same run on the same machine, then the routing-decision benchmark
 * when bench/routing-decision.ts provides one. See docs/BENCHMARKS.md.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runLoad } from "./load.js";
import { describeMachine } from "./machine.js";
import {
  goals,
  goalTable,
  machineLines,
  medianGoals,
  resultTable,
  storedCheck,
  type TargetResult,
} from "./report.js";
import { TARGETS, type BenchContext, type BenchEngine, type Target } from "./targets.js";

const USAGE = `npm run bench -- [options]          (each option also as an environment variable)

  --seconds N         measured seconds per run (BENCH_SECONDS, default 10)
  --warmup N          warm-up seconds before each measured run (BENCH_WARMUP, default 3)
  --connections N     concurrent connections (BENCH_CONNECTIONS, default 50)
  --engines LIST      sqlite,postgres (BENCH_ENGINES, default both)
  --targets LIST      only these runs: ${TARGETS.map((t) => t.id).join(",")} (BENCH_TARGETS)
  --database-url URL  PostgreSQL server to create scratch databases on
                      (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
  --data-dir DIR      where SQLite files go (BENCH_DATA_DIR, default the OS temp folder)
  --rounds N          run the chosen targets N times in turn, each round's ratios taken within it,
                      the goals judged on their median over the rounds (BENCH_ROUNDS, default 1)
  --cpu-prof          write CPU profiles of Carousel's server to .bench-results/profiles (BENCH_CPU_PROF=1)
  --skip-routing      do not run the routing-decision benchmark (BENCH_SKIP_ROUTING=1)
`;

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS_DIR = join(ROOT, ".bench-results");
const ENGINES: BenchEngine[] = ["sqlite", "postgres"];
/** More CPU than this used by neither server nor load generator makes a run suspect. */
const BUSY_MACHINE_CORES = 0.25;

interface Options {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  engines: BenchEngine[];
  targets: string[] | null;
  databaseUrl: string;
  dataDir: string;
  rounds: number;
  cpuProf: boolean;
  skipRouting: boolean;
}

function readOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      engines: { type: "string" },
      targets: { type: "string" },
      "database-url": { type: "string" },
      "data-dir": { type: "string" },
      rounds: { type: "string" },
      "cpu-prof": { type: "boolean" },
      "skip-routing": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return null;
  const env = process.env;
  const number = (name: string, raw: string | undefined, fallback: number) => {
    const n = raw === undefined || raw === "" ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, not ${raw}`);
    return n;
  };
  const list = (raw: string | undefined) => (raw ? raw.split(",").map((s) => s.trim()) : null);
  const engines = list(values.engines ?? env["BENCH_ENGINES"]) ?? ENGINES;
  for (const e of engines)
    if (!ENGINES.includes(e as BenchEngine)) throw new Error(`unknown engine ${e}: ${ENGINES.join(", ")}`);
  const targets = list(values.targets ?? env["BENCH_TARGETS"]);
  for (const t of targets ?? [])
    if (!TARGETS.some((x) => x.id === t)) throw new Error(`unknown target ${t}: ${TARGETS.map((x) => x.id)}`);
  return {
    seconds: Math.max(1, number("--seconds", values.seconds ?? env["BENCH_SECONDS"], 10)),
    warmupSeconds: number("--warmup", values.warmup ?? env["BENCH_WARMUP"], 3),
    connections: Math.max(
      1,
      Math.round(number("--connections", values.connections ?? env["BENCH_CONNECTIONS"], 50)),
    ),
    engines: engines as BenchEngine[],
    targets,
    databaseUrl:
      values["database-url"] ?? env["BENCH_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/test",
    dataDir: resolve(values["data-dir"] ?? env["BENCH_DATA_DIR"] ?? tmpdir()),
    rounds: Math.max(1, Math.round(number("--rounds", values.rounds ?? env["BENCH_ROUNDS"], 1))),
    cpuProf: values["cpu-prof"] ?? env["BENCH_CPU_PROF"] === "1",
    skipRouting: values["skip-routing"] ?? env["BENCH_SKIP_ROUTING"] === "1",
  };
}

async function measure(target: Target, ctx: BenchContext, options: Options): Promise<TargetResult> {
  const running = await target.start(ctx);
  let stopped = false;
  try {
    const load = await runLoad({
      url: running.url,
      intakeKey: running.intakeKey,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      seconds: options.seconds,
      tag: Date.now().toString(36),
      serverPid: running.pid,
      ...(running.postgresUrl ? { postgresUrl: running.postgresUrl } : {}),
    });
    stopped = true;
    const stored = await running.stop();
    const created201 = (load.warmup?.status["201"] ?? 0) + (load.measured.status["201"] ?? 0);
    return {
      id: target.id,
      label: target.label,
      engine: target.engine,
      ...load,
      stored,
      created: created201,
    };
  } finally {
    if (!stopped) await running.stop().catch(() => null);
    await running.dispose();
  }
}

/** bench/routing-decision.ts is another benchmark's; it runs here when present. */
async function runRoutingBenchmark(options: Options): Promise<void> {
  const file = new URL("./routing-decision.ts", import.meta.url);
  if (!existsSync(fileURLToPath(file))) {
    console.log("\nRouting decision: bench/routing-decision.ts is not there yet; skipped.");
    return;
  }
  const module = (await import(file.href)) as { runRoutingBench?: unknown };
  if (typeof module.runRoutingBench !== "function") {
    console.log("\nRouting decision: bench/routing-decision.ts exports no runRoutingBench; skipped.");
    return;
  }
  console.log("\nRouting decision benchmark");
  await (module.runRoutingBench as (o: { seconds: number }) => unknown)({ seconds: options.seconds });
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

async function main(): Promise<number> {
  const options = readOptions();
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }
  mkdirSync(options.dataDir, { recursive: true });
  const dataDir = mkdtempSync(join(options.dataDir, "carousel-bench-"));
  try {
    const machine = await describeMachine(dataDir, options.databaseUrl);
    console.log("Carousel intake benchmark\n");
    for (const line of machineLines(machine)) console.log(line);
    let engines = options.engines;
    if (engines.includes("postgres") && "unreachable" in machine.postgres) {
      console.log(
        `\nPostgreSQL skipped: cannot reach ${redact(options.databaseUrl)} (${machine.postgres.unreachable}).` +
          " Start it or pass --database-url.",
      );
      engines = engines.filter((e) => e !== "postgres");
    }
    const targets = TARGETS.filter(
      (t) =>
        (t.engine === null ? engines.length > 0 : engines.includes(t.engine)) &&
        (!options.targets || options.targets.includes(t.id)),
    );
    console.log(
      `\n${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.seconds} s measured per run,` +
        " each server in its own process, autocannon in another\n",
    );

    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const profileDir = join(RESULTS_DIR, "profiles", stamp);
    if (options.cpuProf) mkdirSync(profileDir, { recursive: true });
    const ctx: BenchContext = {
      databaseUrl: options.databaseUrl,
      dataDir,
      cpuProfileDir: options.cpuProf ? profileDir : null,
    };
    // Rounds take the targets in turn, so a ceiling and the run compared with it are measured
    // minutes apart at most, whatever the machine's neighbours do over a longer run.
    const rounds: TargetResult[][] = [];
    for (let round = 1; round <= options.rounds; round++) {
      if (options.rounds > 1) console.log(`Round ${round} of ${options.rounds}`);
      const results: TargetResult[] = [];
      for (const target of targets) {
        process.stdout.write(`  ${target.label} … `);
        const result = await measure(target, ctx, options);
        results.push(options.rounds > 1 ? { ...result, label: `${result.label}, round ${round}` } : result);
        const m = result.measured;
        console.log(`${Math.round(m.rate)} leads/s, p99 ${m.p99.toFixed(1)} ms`);
        for (const sample of m.errorSamples) console.log(`    non-2xx: ${sample}`);
      }
      rounds.push(results);
    }
    const results = rounds.flat();
    const judged = medianGoals(rounds.map(goals));

    console.log("");
    for (const line of resultTable(results)) console.log(line);
    console.log("");
    if (options.rounds > 1)
      console.log(`Goals: the median of the ${options.rounds} rounds, each round's range beside it\n`);
    for (const line of goalTable(judged)) console.log(line);

    const busy = results.filter((r) => (r.measured.cpu?.other ?? 0) > BUSY_MACHINE_CORES);
    if (busy.length > 0)
      console.log(
        `\nCaution: other processes used CPU during ${busy.map((r) => `${r.id} (${r.measured.cpu!.other.toFixed(2)} cores)`).join(", ")};` +
          " figures of a busy machine are low; rerun when it is quiet.",
      );

    const checks = results.map(storedCheck).filter((c) => c !== null);
    console.log("");
    for (const c of checks) console.log(c.line);
    if (options.cpuProf)
      console.log(
        `\nCPU profiles of Carousel's server (main thread: the largest file): ${profileDir}` +
          "\nSummarise one with: npx tsx bench/profile-top.ts FILE",
      );

    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `intake-${stamp}.json`);
    writeFileSync(file, JSON.stringify({ machine, options, results, goals: judged }, null, 2));
    console.log(`Results: ${file}`);

    if (!options.skipRouting) await runRoutingBenchmark(options);
    return checks.some((c) => c.failed) ? 1 : 0;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
