import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode, type ErrorDetail } from "../domain/errors.js";
import type { Assignment } from "../store/queries/assignments.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { forgetIntakeConfig } from "./intake-config.js";
import {
  receiveLead,
  validateLead,
  type IntakeRequest,
  type IntakeResult,
  type ValidLead,
} from "./intake.js";

/** What the intake route answers with: the new lead's outcome, or the lead it duplicates. */
export type IntakeAnswer =
  | {
      kind: "created";
      id: string;
      status: string;
      score: number;
      priority: string;
      assignments: Assignment[];
    }
  | { kind: "duplicate"; duplicateOf: string };

/** Where the HTTP intake route hands the leads it is posted. */
export interface Intake {
  receive(req: IntakeRequest): Promise<IntakeAnswer>;
  /** A source or a category changed: read them anew for the next lead. */
  forgetConfig(): void;
  /** Answers the leads received so far, then takes no more. */
  close(): Promise<void>;
}

export function answerOf(result: IntakeResult): IntakeAnswer {
  if (result.kind === "duplicate") return { kind: "duplicate", duplicateOf: result.duplicateOf };
  const { id, status, score, priority } = result.lead;
  return { kind: "created", id, status, score, priority, assignments: result.assignments };
}

/** Intake on the calling thread, with the store the rest of the server uses. */
export function inProcessIntake(store: Store): Intake {
  return {
    receive: async (req) => answerOf(await receiveLead(store, req)),
    forgetConfig: () => forgetIntakeConfig(store),
    close: async () => {},
  };
}

/**
 * The server's intake: on a thread of its own for an SQLite file unless `thread` is false, in
 * process otherwise.
 */
export function intakeFor(store: Store, thread = true): Intake {
  return thread && store instanceof SqliteStore && store.file !== ":memory:"
    ? new IntakeThread(store)
    : inProcessIntake(store);
}

/** The write lock holder id of the intake thread's connection (the server's is 1). */
export const INTAKE_THREAD_HOLDER = 2;

export interface IntakeThreadData {
  file: string;
  writeLock: SharedArrayBuffer;
}

export type ToIntakeThread =
  { type: "lead"; n: number; valid: ValidLead } | { type: "forget" } | { type: "close" };

export type FromIntakeThread =
  | { n: number; answer: IntakeAnswer }
  | {
      n: number;
      error: { code: ErrorCode; message: string; details: ErrorDetail[]; extra: Record<string, unknown> };
    }
  | { n: number; failure: string };

/**
 * Intake of an embedded SQLite database on a thread of its own, with a connection of its own to
 * the file: the server's thread parses and answers requests while this one validates, dedupes,
 * routes and stores leads, so intake uses a second core. It is the same `receiveLead` as in
 * process, and it sees the database as a second server process would: a change of a source or
 * category made on the server's thread reaches it with `forgetConfig`, routing configuration
 * through the database. The two connections' write transactions take turns on the store's
 * `writeLock`.
 */
export class IntakeThread implements Intake {
  readonly #store: SqliteStore;
  readonly #pending = new Map<number, { resolve: (a: IntakeAnswer) => void; reject: (e: unknown) => void }>();
  #worker: Worker | null = null;
  #exited: Promise<void> = Promise.resolve();
  #next = 0;
  #closed = false;

  constructor(store: SqliteStore) {
    this.#store = store;
  }

  /**
   * Validates the lead here, so the thread is sent only a normalized lead (and an invalid one is
   * answered without it), then has the thread dedupe, store and route it.
   */
  async receive(req: IntakeRequest): Promise<IntakeAnswer> {
    if (this.#closed) throw new AppError("unavailable", "the server is shutting down");
    const { valid } = await validateLead(this.#store, req);
    return new Promise((resolve, reject) => {
      const n = this.#next++;
      this.#pending.set(n, { resolve, reject });
      this.#send({ type: "lead", n, valid });
    });
  }

  forgetConfig(): void {
    forgetIntakeConfig(this.#store);
    if (this.#worker) this.#send({ type: "forget" });
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#worker) this.#send({ type: "close" });
    await this.#exited;
  }

  #send(message: ToIntakeThread): void {
    (this.#worker ??= this.#start()).postMessage(message);
  }

  /** The thread, started when the first lead arrives and again after it failed. */
  #start(): Worker {
    const workerData: IntakeThreadData = { file: this.#store.file, writeLock: this.#store.writeLock.buffer };
    // From the compiled server the thread runs the compiled module; from the TypeScript sources
    // (tests, `tsx`), the source module, once tsx's loader is registered on the thread.
    const worker = import.meta.url.endsWith(".js")
      ? new Worker(new URL("./intake-worker.js", import.meta.url), { workerData })
      : new Worker(
          `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./intake-worker.ts", import.meta.url).href)}); });`,
          { eval: true, workerData },
        );
    worker.on("message", (m: FromIntakeThread) => this.#settle(m));
    let failure: unknown = null;
    worker.on("error", (error) => (failure = error));
    this.#exited = new Promise((resolve) =>
      worker.once("exit", () => {
        if (this.#worker === worker) this.#worker = null;
        this.#store.writeLock.releaseHeldBy(INTAKE_THREAD_HOLDER);
        const error = failure ?? new Error("the intake thread ended");
        for (const p of this.#pending.values()) p.reject(error);
        this.#pending.clear();
        resolve();
      }),
    );
    return worker;
  }

  #settle(m: FromIntakeThread): void {
    const pending = this.#pending.get(m.n);
    if (!pending) return;
    this.#pending.delete(m.n);
    if ("answer" in m) pending.resolve(m.answer);
    else if ("error" in m)
      pending.reject(new AppError(m.error.code, m.error.message, m.error.details, m.error.extra));
    else pending.reject(new Error(m.failure));
  }
}
