/**
 * What the timer and pool benchmarks share: a scratch database per run that several `carousel
 * serve` processes can open, Carousel's API as an admin, intake at full speed over many
 * connections, and percentiles.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import { BENCH_DEDUPE, BENCH_FIELDS, BENCH_RATE_LIMIT } from "./lead-bodies.js";
import { describeMachine } from "./machine.js";
import { pgQuery } from "./pg.js";
import { machineLines } from "./report.js";
import {
  CAROUSEL,
  createDatabase,
  dropDatabase,
  spawnServer,
  type BenchEngine,
  type ServerProcess,
} from "./targets.js";

export const CATEGORY = "home-improvement";

/** One measured configuration: an engine and how many `carousel serve` processes share it. */
export interface Run {
  id: string;
  label: string;
  engine: BenchEngine;
  processes: number;
}

export const RUNS: Run[] = [
  { id: "sqlite", label: "SQLite, 1 process", engine: "sqlite", processes: 1 },
  { id: "pg1", label: "PostgreSQL, 1 process", engine: "postgres", processes: 1 },
  { id: "pg3", label: "PostgreSQL, 3 processes", engine: "postgres", processes: 3 },
];

/** Where a run's scratch databases go. */
export interface Where {
  databaseUrl: string;
  dataDir: string;
}

const COMMON_USAGE = `  --runs LIST         ${RUNS.map((r) => r.id).join(",")} (default all)
  --database-url URL  PostgreSQL server to create scratch databases on
                      (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
  --data-dir DIR      where SQLite files go (BENCH_DATA_DIR, default the OS temp folder)
`;

/**
 * A benchmark's start: reads its numeric options (`--name N`, defaults as given) and the common
 * ones, prints the machine, and runs `body` over the runs asked for with a scratch data folder
 * that is removed afterwards. `usage` lists the numeric options; `--help` prints it.
 */
export async function benchMain<N extends string>(
  title: string,
  usage: string,
  defaults: Record<N, number>,
  body: (numbers: Record<N, number>, runs: Run[], where: Where) => Promise<void>,
): Promise<void> {
  const names = Object.keys(defaults) as N[];
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(names.map((n) => [n, { type: "string" as const }])),
      runs: { type: "string" },
      "database-url": { type: "string" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void process.stdout.write(`${usage}${COMMON_USAGE}`);
  const numbers = Object.fromEntries(
    names.map((n) => [n, Number((values as Record<string, unknown>)[n] ?? defaults[n])]),
  ) as Record<N, number>;
  const wanted = (values.runs as string | undefined)?.split(",") ?? RUNS.map((r) => r.id);
  const databaseUrl =
    (values["database-url"] as string | undefined) ??
    process.env["BENCH_DATABASE_URL"] ??
    "postgres://postgres@127.0.0.1:5432/test";
  const base = resolve(
    (values["data-dir"] as string | undefined) ?? process.env["BENCH_DATA_DIR"] ?? tmpdir(),
  );
  mkdirSync(base, { recursive: true });
  const dataDir = mkdtempSync(join(base, "carousel-bench-"));
  try {
    console.log(`${title}\n`);
    for (const line of machineLines(await describeMachine(dataDir, databaseUrl))) console.log(line);
    await body(
      numbers,
      RUNS.filter((r) => wanted.includes(r.id)),
      { databaseUrl, dataDir },
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A run's own database and the Carousel servers on it. */
export interface Scratch {
  servers: ServerProcess[];
  token: string;
  /** The run's database: its SQLite file, or its PostgreSQL URL. */
  database: { engine: "sqlite"; file: string } | { engine: "postgres"; url: string };
  /** Rows of a read-only query on the run's database. */
  query<T>(text: string): Promise<T[]>;
  stopServers(): Promise<void>;
  /** Stops the servers and removes the database. */
  dispose(): Promise<void>;
}

/** A fresh database (a SQLite folder, a PostgreSQL database) and `processes` servers on it. */
export async function startScratch(engine: BenchEngine, processes: number, where: Where): Promise<Scratch> {
  const token = randomBytes(24).toString("hex");
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  let query: Scratch["query"];
  let database: Scratch["database"];
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(where.dataDir, "carousel-bench-"));
    env = { CAROUSEL_DATA_DIR: dir };
    database = { engine, file: join(dir, "carousel.db") };
    remove = async () => rmSync(dir, { recursive: true, force: true });
    query = async <T>(text: string) => {
      const db = new BetterSqlite3(join(dir, "carousel.db"), { readonly: true });
      try {
        return db.prepare(text).all() as T[];
      } finally {
        db.close();
      }
    };
  } else {
    const url = await createDatabase(where.databaseUrl);
    env = { DATABASE_URL: url };
    database = { engine, url };
    remove = () => dropDatabase(where.databaseUrl, url);
    query = async <T>(text: string) => (await pgQuery(url, text)) as T[];
  }
  const servers: ServerProcess[] = [];
  const stopServers = async () => void (await Promise.all(servers.map((s) => s.stop())));
  const dispose = async () => {
    await stopServers();
    await remove();
  };
  try {
    const settings = { ...env, CAROUSEL_ADMIN_TOKEN: token, LOG_LEVEL: "warn" };
    // One after another: the first migrates the database, the others find it ready.
    for (let i = 0; i < processes; i++) servers.push(await spawnServer(CAROUSEL, ["serve"], settings));
  } catch (error) {
    await dispose();
    throw error;
  }
  return { servers, token, database, query, stopServers, dispose };
}

export type Api = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

/** Carousel's API at `url`, called with `token`; anything but a 2xx throws. */
export function carouselApi(url: string, token: string): Api {
  return async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
}

/** The benchmark category (the intake benchmark's fields and dedupe) and a source; answers its intake key. */
export async function givenBenchCategory(api: Api): Promise<string> {
  await api("POST", "/api/v1/categories", {
    key: CATEGORY,
    name: "Home improvement",
    fields: BENCH_FIELDS,
    dedupe: BENCH_DEDUPE,
  });
  const source = await api("POST", "/api/v1/sources", {
    key: "quote-landing-page",
    name: "Free quote landing page",
    category: CATEGORY,
    costPerLead: 35,
    rateLimitPerMinute: BENCH_RATE_LIMIT,
  });
  return String(source["intakeKey"]);
}

/** `count` agents of the category, each with a user; answers each agent's bearer token, by key. */
export async function givenAgents(api: Api, count: number): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const key = `agent-${i}`;
    await api("POST", "/api/v1/recipients", {
      key,
      name: `Agent ${i}`,
      kind: "agent",
      categories: [CATEGORY],
    });
    const user = await api("POST", "/api/v1/users", {
      email: `${key}@example.com`,
      name: `Agent ${i}`,
      role: "agent",
      recipient: key,
    });
    tokens.set(key, String(user["token"]));
  }
  return tokens;
}

/** Posts `count` leads over `connections` connections spread over the servers; answers the ids. */
export async function postLeads(
  urls: readonly string[],
  intakeKey: string,
  next: () => string,
  count: number,
  connections = 32,
): Promise<string[]> {
  const ids: string[] = [];
  let left = count;
  const lane = async (n: number) => {
    const url = urls[n % urls.length]!;
    while (left-- > 0) {
      const res = await fetch(`${url}/api/v1/leads`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-intake-key": intakeKey },
        body: next(),
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${text}`);
      ids.push((JSON.parse(text) as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, n) => lane(n)));
  return ids;
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
