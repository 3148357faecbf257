/**
 * The intake thread (`IntakeThread`): receives the leads the server's thread is posted, on a
 * connection of its own to the SQLite file, and answers each with its outcome.
 */
import { parentPort, workerData } from "node:worker_threads";
import { AppError } from "../domain/errors.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { WriteLock } from "../store/sqlite/write-lock.js";
import { forgetIntakeConfig } from "./intake-config.js";
import { acceptLead } from "./intake.js";
import {
  answerOf,
  INTAKE_THREAD_HOLDER,
  type FromIntakeThread,
  type IntakeThreadData,
  type ToIntakeThread,
} from "./intake-thread.js";

const port = parentPort!;
const data = workerData as IntakeThreadData;
const store = new SqliteStore(data.file, { writeLock: new WriteLock(INTAKE_THREAD_HOLDER, data.writeLock) });
const inFlight = new Set<Promise<void>>();

const reply = (message: FromIntakeThread) => port.postMessage(message);

port.on("message", (m: ToIntakeThread) => {
  switch (m.type) {
    case "lead": {
      const done = acceptLead(store, m.valid).then(
        (result) => reply({ n: m.n, answer: answerOf(result) }),
        (error: unknown) =>
          reply(
            error instanceof AppError
              ? {
                  n: m.n,
                  error: {
                    code: error.code,
                    message: error.message,
                    details: error.details,
                    extra: error.extra,
                  },
                }
              : { n: m.n, failure: error instanceof Error ? error.message : String(error) },
          ),
      );
      inFlight.add(done);
      void done.finally(() => inFlight.delete(done));
      return;
    }
    case "forget":
      forgetIntakeConfig(store);
      return;
    case "close":
      void Promise.all(inFlight)
        .then(() => store.close())
        .finally(() => port.close());
      return;
  }
});
