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
  } catch {
    parentPort.postMessage({ ok: false });
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
  readonly #exited: Promise<void>;
  #running = false;
  /** The worker is gone (it failed): the writer then checkpoints itself. */
  #gone = false;
  #closing = false;
  /** The writer should checkpoint itself the next time it asks `mustFinish()`. */
  #mustFinish = false;

  constructor(file: string, maxFrames: number) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    // Plain CommonJS needs none of the process's flags: a loader it was started with
    // (`--import`) would only be loaded again in this thread.
    this.#worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { file, driver } });
    this.#worker.unref();
    this.#exited = new Promise((resolve) => this.#worker.once("exit", () => resolve()));
    void this.#exited.then(() => (this.#gone = true));
    // A checkpoint that failed here (the file busy, say) is done by the writer instead, where a
    // failure surfaces with its transaction.
    this.#worker.on("message", (m: { ok: boolean; frames?: number }) => {
      this.#running = false;
      this.#mustFinish ||= !m.ok || m.frames! >= maxFrames;
    });
    this.#worker.on("error", () => {
      this.#running = false;
      this.#gone = true;
    });
  }

  /**
   * Starts a checkpoint unless one is running; answers whether it started one. Without a
   * worker, the writer's next `mustFinish()` answers yes: it checkpoints itself, as often.
   */
  request(): boolean {
    if (this.#running || this.#closing) return false;
    if (this.#gone) return (this.#mustFinish = true);
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
    if (!this.#closing && !this.#gone) {
      // Held until it is closed: an unreferenced worker would let the process end first.
      this.#worker.ref();
      this.#worker.postMessage("close");
    }
    this.#closing = true;
    return this.#exited;
  }
}
