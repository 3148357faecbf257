import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { BENCH_DEDUPE, BENCH_FIELDS, BENCH_RATE_LIMIT } from "./lead-bodies.js";
import { pgQuery } from "./pg.js";
import { BENCH_ROUTED_TIERS, benchRecipients } from "./routed-category.js";

export type TargetId =
  | "ceiling-a"
  | "ceiling-b"
  | "carousel-sqlite"
  | "carousel-sqlite-routed"
  | "ceiling-pg"
  | "carousel-pg"
  | "carousel-pg-routed";
export type BenchEngine = "sqlite" | "postgres";

export interface BenchContext {
  /** A PostgreSQL server where the benchmark may create and drop databases (this URL's database is only used to do so). */
  databaseUrl: string;
  /** Where SQLite files go, one fresh folder per run. */
  dataDir: string;
  /** When set, Carousel's server processes write a CPU profile here. */
  cpuProfileDir: string | null;
}

/** A server under test, listening and ready for leads. */
export interface Running {
  url: string;
  pid: number;
  intakeKey: string;
  /** The run's own PostgreSQL database, whose server processes' CPU is reported. */
  postgresUrl?: string;
  /** Stops the server and counts the leads its database holds; null for the bare ceiling. */
  stop(): Promise<number | null>;
  /** Removes its database; safe after a failure. */
  dispose(): Promise<void>;
}

export interface Target {
  id: TargetId;
  label: string;
  engine: BenchEngine | null;
  start(ctx: BenchContext): Promise<Running>;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Carousel as `npm start` runs it: compiled by `tsc` (built by the first server a benchmark starts). */
export const CAROUSEL = "dist/cli/main.js";
const CEILING = "bench/ceiling-server.ts";
/** The ceilings do not check intake keys; they get one anyway, so every request is the same size. */
const CEILING_INTAKE_KEY = "ceiling-does-not-check-this-key-00000000";

export const TARGETS: Target[] = [
  {
    id: "ceiling-a",
    label: "(a) fastify + JSON schema, no store",
    engine: null,
    start: async (ctx) => {
      const { server, intakeKey } = await launch(ctx, { ceiling: "validate", env: {} }, "ceiling-a");
      return { ...server, intakeKey, stop: async () => (await server.stop(), null), dispose: async () => {} };
    },
  },
  onSqlite("ceiling-b", "(b) (a) + better-sqlite3 group-commit insert", "ceiling.db", (file) => ({
    ceiling: "sqlite",
    env: { BENCH_SQLITE_FILE: file },
  })),
  onSqlite("carousel-sqlite", "Carousel intake, SQLite", "carousel.db", (file) => ({
    env: { CAROUSEL_DATA_DIR: dirname(file) },
  })),
  onSqlite("carousel-sqlite-routed", "Carousel intake + routing, SQLite", "carousel.db", (file) => ({
    env: { CAROUSEL_DATA_DIR: dirname(file) },
    routed: true,
  })),
  onPostgres("ceiling-pg", "PG ceiling: (a) + pg pool(20) INSERT", (url) => ({
    ceiling: "postgres",
    env: { BENCH_DATABASE_URL: url, BENCH_PG_POOL: "20" },
  })),
  onPostgres("carousel-pg", "Carousel intake, PostgreSQL", (url) => ({ env: { DATABASE_URL: url } })),
  onPostgres("carousel-pg-routed", "Carousel intake + routing, PostgreSQL", (url) => ({
    env: { DATABASE_URL: url },
    routed: true,
  })),
];

/** A server to start: a ceiling in one of its modes, or (no `ceiling`) Carousel itself. */
interface Launch {
  ceiling?: "validate" | "sqlite" | "postgres";
  env: Record<string, string>;
  /** Carousel only: give the category recipients and a plan, so every lead is routed and assigned. */
  routed?: boolean;
}

function onSqlite(id: TargetId, label: string, fileName: string, plan: (file: string) => Launch): Target {
  return {
    id,
    label,
    engine: "sqlite",
    start: async (ctx) => {
      const dir = mkdtempSync(join(ctx.dataDir, `${id}-`));
      const file = join(dir, fileName);
      return withDisposal(
        () => rmSync(dir, { recursive: true, force: true }),
        async () => {
          const { server, intakeKey } = await launch(ctx, plan(file), id);
          return { ...server, intakeKey, stop: stopThen(server, () => countSqlite(file)) };
        },
      );
    },
  };
}

function onPostgres(id: TargetId, label: string, plan: (url: string) => Launch): Target {
  return {
    id,
    label,
    engine: "postgres",
    start: async (ctx) => {
      const url = await createDatabase(ctx.databaseUrl);
      return withDisposal(
        () => dropDatabase(ctx.databaseUrl, url),
        async () => {
          const { server, intakeKey } = await launch(ctx, plan(url), id);
          return {
            ...server,
            intakeKey,
            postgresUrl: url,
            stop: stopThen(server, () => countPostgres(url)),
          };
        },
      );
    },
  };
}

/** Starts the server; for Carousel also creates the category and source the load posts into. */
async function launch(
  ctx: BenchContext,
  what: Launch,
  name: string,
): Promise<{ server: ServerProcess; intakeKey: string }> {
  if (what.ceiling) {
    const server = await spawnServer(CEILING, [what.ceiling], what.env);
    return { server, intakeKey: CEILING_INTAKE_KEY };
  }
  const token = randomBytes(24).toString("hex");
  // One folder per run: the main thread and the module loader's thread each write a profile.
  const profile = ctx.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(ctx.cpuProfileDir, name)}`] : [];
  const env = { ...what.env, CAROUSEL_ADMIN_TOKEN: token, LOG_LEVEL: "warn" };
  const server = await spawnServer(CAROUSEL, ["serve"], env, profile);
  try {
    return { server, intakeKey: await setUpCarousel(server, token, what.routed ?? false) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Runs `start` with `dispose` attached to what it returns, or disposes at once if it fails. */
async function withDisposal(
  dispose: () => void | Promise<void>,
  start: () => Promise<Omit<Running, "dispose">>,
): Promise<Running> {
  try {
    return { ...(await start()), dispose: async () => dispose() };
  } catch (error) {
    await dispose();
    throw error;
  }
}

function stopThen(server: ServerProcess, count: () => Promise<number>): () => Promise<number> {
  return async () => {
    await server.stop();
    return count();
  };
}

/** Settings of the shell the benchmark runs in that would point a server elsewhere. */
const INHERITED_SETTINGS = [
  "DATABASE_URL",
  "CAROUSEL_DATA_DIR",
  "CAROUSEL_ADMIN_TOKEN",
  "PORT",
  "HOST",
  "LOG_LEVEL",
];

export async function spawnServer(
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  if (script === CAROUSEL) buildOnce();
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_SETTINGS) delete childEnv[name];
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script, ...args], {
    cwd: ROOT,
    env: { ...childEnv, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url, pid: child.pid!, stop: () => stopProcess(child) };
}

let built = false;

/** Compiles Carousel into `dist/` once per benchmark run, so it measures the code as it is now. */
function buildOnce(): void {
  if (built) return;
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed");
  built = true;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited with ${child.signalCode ?? child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${url} was not ready within ${limitMs / 1000} s`);
}

/** SIGTERM, so Carousel closes its store (and writes a CPU profile); SIGKILL if it hangs. */
function stopProcess(child: ChildProcess, limitMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      process.stderr.write(
        `bench: server ${child.pid} did not stop within ${limitMs / 1000} s; killing it\n`,
      );
      child.kill("SIGKILL");
    }, limitMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The category and source the load posts into, created through Carousel's own API. */
async function setUpCarousel(server: ServerProcess, token: string, routed: boolean): Promise<string> {
  const post = async (path: string, body: unknown, method = "POST"): Promise<Record<string, unknown>> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = (await res.json()) as Record<string, unknown>;
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(data)}`);
    return data;
  };
  await post("/api/v1/categories", {
    key: "home-improvement",
    name: "Home improvement",
    fields: BENCH_FIELDS,
    dedupe: BENCH_DEDUPE,
  });
  const source = await post("/api/v1/sources", {
    key: "quote-landing-page",
    name: "Free quote landing page",
    category: "home-improvement",
    costPerLead: 35,
    rateLimitPerMinute: BENCH_RATE_LIMIT,
  });
  if (routed) {
    for (const r of benchRecipients("home-improvement")) await post("/api/v1/recipients", r);
    await post("/api/v1/categories/home-improvement/plan", { tiers: BENCH_ROUTED_TIERS }, "PUT");
  }
  return String(source["intakeKey"]);
}

async function countSqlite(file: string): Promise<number> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from leads").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function countPostgres(url: string): Promise<number> {
  const rows = await pgQuery(url, "select count(*)::int as n from leads");
  return (rows[0] as { n: number }).n;
}

/**
 * A fresh database per run rather than a schema: nothing another run or test left behind can
 * be seen (before ef49acd, Carousel's migrations took another schema's kysely_migration
 * tables for their own and failed in a search_path-isolated schema).
 */
export async function createDatabase(url: string): Promise<string> {
  const name = `carousel_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  await pgQuery(url, `create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await pgQuery(adminUrl, `drop database if exists ${name} with (force)`);
}
