import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CpuUse } from "./cpu.js";

export interface LoadPlan {
  /** Where the server listens, e.g. http://127.0.0.1:3900 */
  url: string;
  intakeKey: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** Keeps the emails of one run apart from any other run's. */
  tag: string;
  /** The server process, whose CPU use is reported. */
  serverPid: number;
  /** The run's PostgreSQL database: its server processes' CPU use is reported too. */
  postgresUrl?: string;
}

export interface PhaseReport {
  /** From the first request to the last answer. */
  seconds: number;
  sent: number;
  /** Answers by status code. */
  status: Record<string, number>;
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Requests still without an answer when the load stopped; 0 unless the server hung. */
  unanswered: number;
  /** 2xx answers per second. */
  rate: number;
  p50: number;
  p99: number;
  max: number;
  /** The first few non-2xx answers, to say what went wrong. */
  errorSamples: string[];
  /** `groups` are [server, load generator, PostgreSQL's processes for this database]. */
  cpu: CpuUse | null;
}

export interface LoadReport {
  warmup: PhaseReport | null;
  measured: PhaseReport;
}

const WORKER = fileURLToPath(new URL("./load-worker.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs the load generator in a process of its own, so it does not compete with the
 * server under test for an event loop. It drives a warm-up, then the measured phase,
 * each ending by itself after its time; the worker is killed if it overstays.
 */
export function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const child = fork(WORKER, [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const limitMs = (plan.warmupSeconds + plan.seconds) * 1000 + 90_000;
  return new Promise<LoadReport>((resolve, reject) => {
    let report: LoadReport | null = null;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the load generator did not finish within ${limitMs / 1000} s`));
    }, limitMs);
    child.once("message", (message) => {
      report = message as LoadReport;
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (report) resolve(report);
      else reject(new Error(`the load generator exited with ${signal ?? code} before reporting`));
    });
    child.send(plan);
  });
}
