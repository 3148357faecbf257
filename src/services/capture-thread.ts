import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode, type ErrorDetail, type ErrorExtra } from "../domain/errors.js";
import type { NormalizedLead } from "../domain/lead.js";
import type { Reopening } from "../store/store.js";
import type { StoreConfig } from "../store/open-store.js";
import type { IntakeResult } from "./intake.js";

/** A lead whose request passed every check (source, rate, body), to be captured on the thread. */
export interface ThreadCapture {
  intakeKey: string;
  lead: NormalizedLead;
  ip: string | null;
  now: number;
}

/** What the thread is sent: the leads of one event-loop turn, or the word to stop. */
export type ToCaptureThread = (ThreadCapture & { id: number })[] | "close";

/** What the thread answers: the captures of one turn, or that it committed (watchers wake). */
export type FromCaptureThread = CaptureReply[] | "committed";

export type CaptureReply =
  | { id: number; result: IntakeResult }
  | { id: number; error: { code: ErrorCode; message: string; details: ErrorDetail[]; extra: ErrorExtra } }
  | { id: number; failure: string };

export interface CaptureThreadData {
  store: StoreConfig;
}

/**
 * Captures the leads this process accepts on a thread of its own, with its own connection to the
 * same SQLite file (`Store.reopening`): dedupe, routing decisions, the rows and the group commit
 * of intake run there, beside this thread's HTTP work instead of after it. SQLite runs one writer
 * at a time: this thread's own writes (the API, the scheduler) take turns with the capture
 * thread's transactions, as a second process's would. The leads of one event-loop turn go in one
 * message, and the thread answers those of one of its turns in one.
 *
 * A lead is answered once its transaction is durably committed there, as in this thread. Should
 * the thread stop, the leads it had not answered fail (500) and a new thread starts.
 */
export class CaptureThread {
  #worker: Worker;
  readonly #reopening: Reopening;
  readonly #waiting = new Map<number, { resolve: (r: IntakeResult) => void; reject: (e: unknown) => void }>();
  #next = 1;
  #outgoing: (ThreadCapture & { id: number })[] = [];
  #closing = false;

  constructor(reopening: Reopening) {
    this.#reopening = reopening;
    this.#worker = this.#start();
  }

  capture(capture: ThreadCapture): Promise<IntakeResult> {
    if (this.#closing) return Promise.reject(new AppError("unavailable", "the server is stopping"));
    return new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#waiting.set(id, { resolve, reject });
      if (this.#outgoing.push({ id, ...capture }) === 1) setImmediate(() => this.#send());
    });
  }

  #send(): void {
    if (this.#outgoing.length === 0) return;
    const batch = this.#outgoing;
    this.#outgoing = [];
    this.#worker.postMessage(batch satisfies ToCaptureThread);
  }

  #start(): Worker {
    const worker = startWorker({ store: this.#reopening.config });
    worker.on("message", (message: FromCaptureThread) => this.#heard(message));
    // An error ends the thread too: its leads fail on `exit`.
    worker.on("error", () => undefined);
    worker.on("exit", () => {
      const lost = new Error("the capture thread stopped before answering");
      for (const w of this.#waiting.values()) w.reject(lost);
      this.#waiting.clear();
      if (!this.#closing) this.#worker = this.#start();
    });
    return worker;
  }

  #heard(message: FromCaptureThread): void {
    if (message === "committed") return this.#reopening.committedElsewhere();
    for (const reply of message) {
      const waiting = this.#waiting.get(reply.id);
      if (!waiting) continue;
      this.#waiting.delete(reply.id);
      if ("result" in reply) waiting.resolve(reply.result);
      else if ("error" in reply) {
        const { code, message, details, extra } = reply.error;
        waiting.reject(new AppError(code, message, details, extra));
      } else waiting.reject(new Error(reply.failure));
    }
  }

  /** Lets the leads given so far finish, then stops the thread (its store closes). */
  async close(): Promise<void> {
    this.#closing = true;
    if (this.#outgoing.length > 0) this.#send();
    const exited = new Promise((resolve) => this.#worker.once("exit", resolve));
    this.#worker.postMessage("close" satisfies ToCaptureThread);
    await exited;
  }
}

/**
 * The capture thread's module beside this one. Run from the sources (tests and benchmarks under
 * tsx), the thread registers tsx before loading the TypeScript file, as this thread did.
 */
function startWorker(workerData: CaptureThreadData): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./capture-worker.js", import.meta.url), { workerData });
  const entry = new URL("./capture-worker.ts", import.meta.url).href;
  const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData });
}
