import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { pgQuery } from "./pg.js";

export interface Machine {
  /** The code measured: its commit, and whether src/ differs from it. */
  carousel: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  sqlite: string;
  /** The file system the SQLite files are written to: a tmpfs would make fsync free. */
  dataFileSystem: string;
  packages: Record<string, string>;
  /** Load average over the last minute before the run: other work on the machine skews figures. */
  loadAverage: number;
  postgres: PostgresInfo | { unreachable: string };
}

export interface PostgresInfo {
  version: string;
  /** Settings that decide what a commit costs. */
  settings: Record<string, string>;
}

const PACKAGES = ["fastify", "kysely", "better-sqlite3", "pg", "autocannon", "tsx"];
const PG_SETTINGS = ["synchronous_commit", "fsync", "wal_sync_method", "shared_buffers", "max_connections"];

export async function describeMachine(dataDir: string, databaseUrl: string): Promise<Machine> {
  const cpus = os.cpus();
  const packages: Record<string, string> = {};
  for (const name of PACKAGES) packages[name] = installedVersion(name);
  const memory = new BetterSqlite3(":memory:");
  const sqlite = (memory.prepare("select sqlite_version() as v").get() as { v: string }).v;
  memory.close();
  return {
    carousel: revision(),
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite,
    dataFileSystem: fileSystemOf(dataDir),
    packages,
    loadAverage: os.loadavg()[0]!,
    postgres: await describePostgres(databaseUrl),
  };
}

function revision(): string {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8" }).trim();
  try {
    const head = git("log", "-1", "--format=%h %s");
    const changed = git("status", "--porcelain", "--", "src", "package-lock.json")
      .split("\n")
      .filter(Boolean);
    return changed.length === 0
      ? `${head}`
      : `${head} + uncommitted changes to ${changed.length} files in src/`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** Read from node_modules: some packages do not export their package.json. */
function installedVersion(name: string): string {
  try {
    const file = fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url));
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

async function describePostgres(url: string): Promise<Machine["postgres"]> {
  try {
    const [version] = (await pgQuery(url, "show server_version")) as { server_version: string }[];
    const rows = (await pgQuery(
      url,
      `select name, setting, unit from pg_settings where name in (${PG_SETTINGS.map((s) => `'${s}'`).join(", ")})`,
    )) as { name: string; setting: string; unit: string | null }[];
    const settings: Record<string, string> = {};
    for (const r of rows) settings[r.name] = r.unit ? `${r.setting} × ${r.unit}` : r.setting;
    return { version: version!.server_version, settings };
  } catch (error) {
    return { unreachable: error instanceof Error ? error.message || error.name : String(error) };
  }
}

/** The type and device of the mount that holds `path` (Linux), e.g. "ext4 on /dev/vda". */
function fileSystemOf(path: string): string {
  try {
    let best: string[] | null = null;
    for (const line of readFileSync("/proc/mounts", "utf8").split("\n")) {
      const fields = line.split(" ");
      const mount = fields[1];
      if (!mount || !(path === mount || path.startsWith(mount === "/" ? "/" : `${mount}/`))) continue;
      if (!best || mount.length >= best[1]!.length) best = fields;
    }
    return best ? `${best[2]} on ${best[0]}` : "unknown";
  } catch {
    return "unknown";
  }
}
