import { parentPort, workerData } from "node:worker_threads";
import { AppError } from "../domain/errors.js";
import { openStore } from "../store/open-store.js";
import { captureAccepted, Intake } from "./intake.js";
import type {
  CaptureReply,
  CaptureThreadData,
  FromCaptureThread,
  ThreadCapture,
  ToCaptureThread,
} from "./capture-thread.js";

/**
 * The capture thread (see `CaptureThread`): the same database opened again, and intake's batches
 * on it. The leads it is sent passed every check of their request already; it finds their source
 * and category by intake key in its own cache of them.
 */
const port = parentPort!;
const store = openStore((workerData as CaptureThreadData).store);
await store.migrate();
const intake = new Intake(store);
const unwatch = await store.watchEvents?.(() => port.postMessage("committed" satisfies FromCaptureThread));
let inFlight = 0;
let closing = false;

let replies: CaptureReply[] = [];
function answer(reply: CaptureReply): void {
  if (replies.push(reply) === 1)
    setImmediate(() => {
      const batch = replies;
      replies = [];
      port.postMessage(batch satisfies FromCaptureThread);
      if (closing && inFlight === 0) void stop();
    });
}

port.on("message", (message: ToCaptureThread) => {
  if (message !== "close") for (const request of message) void capture(request.id, request);
  else if (inFlight === 0) void stop();
  else closing = true;
});

async function capture(id: number, request: ThreadCapture): Promise<void> {
  inFlight++;
  try {
    const { source, category } = await intake.configs.read(request.intakeKey, request.now);
    if (!source || !category) throw new AppError("unauthorized", "the intake key is not valid");
    const { lead, ip, now } = request;
    answer({ id, result: await captureAccepted(intake, { source, category, lead, ip, now }) });
  } catch (error) {
    answer(
      error instanceof AppError
        ? {
            id,
            error: { code: error.code, message: error.message, details: error.details, extra: error.extra },
          }
        : { id, failure: error instanceof Error ? error.message : String(error) },
    );
  } finally {
    inFlight--;
  }
}

async function stop(): Promise<void> {
  await unwatch?.();
  await store.close();
  // Only this thread ends.
  process.exit(0);
}
