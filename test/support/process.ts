import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A port nobody listens on right now (another process may still take it before we do). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process has written to stdout and stderr, for a failing test's message. */
  output(): string;
  /** Kills the process with `signal` and waits for it to be gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ServerProcess>();

/**
 * Starts `carousel serve` as a separate process on the database `env` points at, and
 * waits until it answers /health. Callers end it with `kill`, or `killAll` in an afterAll.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(env, await freePort(), timeoutMs);
    } catch (error) {
      lastError = error;
      if (!String(error).includes("EADDRINUSE")) break;
    }
  }
  throw lastError;
}

async function startOnce(
  env: Record<string, string>,
  port: number,
  timeoutMs: number,
): Promise<ServerProcess> {
  const inherited = { ...process.env };
  for (const name of ["DATABASE_URL", "CAROUSEL_DATA_DIR", "PORT", "HOST", "CAROUSEL_ADMIN_TOKEN"])
    delete inherited[name];
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: ROOT,
    env: { ...inherited, LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      running.delete(server);
    },
  };
  running.add(server);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const res = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.kill();
  throw new Error(`carousel serve did not become healthy on port ${port}:\n${output}`);
}

/** Kills every server process still running; for afterAll. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((server) => server.kill()));
}
