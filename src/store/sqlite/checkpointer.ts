import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * The worker's code, plain CommonJS so it runs the same from the compiled server and from the
 * TypeScript sources in tests. Its own connection checkpoints under `synchronous=FULL`: SQLite
 * syncs the log before it copies it into the database file and syncs the file before it lets
 * the log be reused, whatever the writing connection's level.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = FULL");
db.pragma("wal_autocheckpoint = 0");
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [result] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ ok: true, frames: result.log });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message) });
  }
});
`;

/**
 * Copies a WAL-mode database's write-ahead log into the database file from a thread of its own,
 * while the writer goes on: a checkpoint copies and syncs megabytes, which on the writer's
 * thread would hold up every request for that long. A checkpoint is PASSIVE (it never waits
 * for the writer) and one runs at a time; asking while one runs does nothing.
 */
export class Checkpointer {
  readonly #worker: Worker;
  #running = false;
  #closed: Promise<void> | null = null;
  /** The last checkpoint's failure, if it failed: the log then grows until one succeeds. */
  lastError: string | null = null;
  /** A checkpoint left a long log behind since the writer last asked `mustFinish()`. */
  #mustFinish = false;

  constructor(file: string, maxFrames: number) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    // Plain CommonJS needs none of the process's flags: a loader it was started with
    // (`--import`) would only be loaded again in this thread.
    this.#worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { file, driver } });
    this.#worker.unref();
    this.#worker.on("message", (m: { ok: boolean; frames?: number; message?: string }) => {
      this.#running = false;
      this.#mustFinish ||= m.ok && m.frames! >= maxFrames;
      this.lastError = m.ok ? null : (m.message ?? "checkpoint failed");
    });
    this.#worker.on("error", (error) => {
      this.#running = false;
      this.lastError = error.message;
    });
  }

  /** Starts a checkpoint unless one is running; answers whether it started one. */
  request(): boolean {
    if (this.#running || this.#closed) return false;
    this.#running = true;
    this.#worker.postMessage("checkpoint");
    return true;
  }

  /**
   * Whether the writer should finish a checkpoint itself, now. The log is reused from its start
   * only once a checkpoint has copied all of it, which a checkpoint beside a busy writer never
   * does: after a lull it has, and the log starts over by itself. Under a long burst the log
   * grows until it is `maxFrames` pages long; then the writer checkpoints between its
   * transactions, copying only what was written since the last checkpoint (and syncing, which
   * holds it up for milliseconds), and the log starts over.
   */
  mustFinish(): boolean {
    const must = this.#mustFinish;
    this.#mustFinish = false;
    return must;
  }

  /** Lets a running checkpoint finish, then closes the worker's connection. */
  close(): Promise<void> {
    this.#closed ??= new Promise<void>((resolve) => {
      // Held until it is closed: an unreferenced worker would let the process end first.
      this.#worker.ref();
      this.#worker.once("exit", () => resolve());
      this.#worker.postMessage("close");
    });
    return this.#closed;
  }
}
