import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DeliveryWorker } from "../../src/services/delivery/worker.js";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import type { Engine, Store } from "../../src/store/store.js";
import { suiteTestApp, type TestApp } from "./app.js";
import { aLead, givenIntake, postLead } from "./fixtures.js";
import { receiverPool, startSmtpListener } from "./receivers.js";
import { givenPlan, givenRecipient } from "./routing.js";

type SmtpListener = Awaited<ReturnType<typeof startSmtpListener>>;

export interface DeliverySuiteOptions {
  /** The worker's draw for retry jitter (0.5 unless given). */
  random?: () => number;
  /** Start an SMTP listener and send the worker's mail to it. */
  smtp?: boolean;
  /** What is undone after each test (by default: the deliveries it left waiting are cancelled). */
  afterEachTest?: (t: TestApp) => Promise<unknown>;
}

/**
 * Sets up a suite that delivers leads: before its first test an app on `engine` and a delivery
 * worker over its store (sending mail to an SMTP listener of its own with `smtp: true`), after each
 * test `afterEachTest`, after its last the receivers it started, the listener and the app closed
 * (in that order: vitest runs the later `afterAll` first).
 * The app, worker and listener it answers stand for the ones started, so the suite's body can name
 * them before they exist.
 */
export function deliverySuite(engine: Engine, options: DeliverySuiteOptions = {}) {
  const t = suiteTestApp(engine);
  const receivers = receiverPool();
  let started: { worker: DeliveryWorker; smtp: SmtpListener | undefined } | undefined;
  const running = () => {
    if (!started) throw new Error("the suite has not started: use it inside a test");
    return started;
  };
  beforeAll(async () => {
    const smtp = options.smtp ? await startSmtpListener() : undefined;
    const random = options.random ?? (() => 0.5);
    const worker = new DeliveryWorker(t.store, smtp ? { smtpUrl: smtp.url, random } : { random });
    started = { worker, smtp };
  });
  afterEach(() => (options.afterEachTest ?? ((app) => cancelWaitingDeliveries(app.store)))(t));
  afterAll(async () => {
    await receivers.stopAll();
    await started?.smtp?.close();
  });

  const worker: Pick<DeliveryWorker, "tick"> = { tick: (...args) => running().worker.tick(...args) };
  const smtp: Pick<SmtpListener, "url" | "mails"> = {
    get url() {
      return smtpOf(running()).url;
    },
    get mails() {
      return smtpOf(running()).mails;
    },
  };
  return { t, worker, smtp, receivers };
}

function smtpOf(suite: { smtp: SmtpListener | undefined }): SmtpListener {
  if (!suite.smtp) throw new Error("the suite has no SMTP listener: set it up with `smtp: true`");
  return suite.smtp;
}

/**
 * A category whose leads go straight (mode direct, method priority) to the first of the given
 * buyers that has not had them, each buyer with the delivery settings given for it.
 */
export async function givenBuyers(t: TestApp, ...deliveries: Record<string, unknown>[]) {
  const { category, source } = await givenIntake(t);
  const keys: string[] = [];
  for (const [i, delivery] of deliveries.entries()) {
    keys.push(`buyer${i}-${category.key}`);
    await givenRecipient(t, {
      key: keys[i],
      kind: "buyer",
      categories: [category.key],
      price: 20,
      priority: deliveries.length - i,
      delivery,
    });
  }
  await givenPlan(t, category.key, [{ select: {}, method: "priority", mode: "direct" }]);
  return { category, source, keys };
}

/** Posts a lead and expects it taken. */
export async function intake(t: TestApp, intakeKey: string, lead = aLead()) {
  const answer = await postLead(t, intakeKey, lead);
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.data as { id: string; assignments: { id: string; recipient: string }[] };
}

/** The one delivery of a lead. */
export async function onlyDelivery(store: Store, leadId: string) {
  const list = await deliveriesOfLead(store.db, leadId);
  expect(list).toHaveLength(1);
  return list[0]!;
}

/** What a test leaves waiting to be sent is not the next test's business. */
export async function cancelWaitingDeliveries(store: Store): Promise<void> {
  await store.db
    .updateTable("deliveries")
    .set({ status: "cancelled" })
    .where("status", "in", ["pending", "failed", "sending"])
    .execute();
}
