import type { Store } from "../../store/store.js";
import { deliveryChannels, type Channels } from "./channels.js";
import { LeadDeliveries } from "./lead-deliveries.js";
import { Auctions } from "./ping-post.js";
import { Webhooks } from "./webhooks.js";

/**
 * One kind of outbox the worker drains. `claim` takes due items in a short transaction that only
 * talks to the database; `deliver` sends one outside any transaction and records how it went.
 */
export interface OutboxQueue<T> {
  /** `eager`: an explicit tick, which does now what a running worker may do less often. */
  claim(now: number, limit: number, eager?: boolean): Promise<T[]>;
  deliver(item: T, clock: () => number): Promise<void>;
}

export interface DeliveryWorkerOptions {
  smtpUrl?: string | undefined;
  /** Most deliveries in flight at once. */
  concurrency?: number;
  /** How often an idle worker looks for due deliveries. */
  intervalMs?: number;
  /** How often it looks while work keeps coming (within a second of finding some). */
  busyIntervalMs?: number;
  onError?: (error: unknown) => void;
  /** The jitter's randomness, for tests. */
  random?: () => number;
  channels?: Channels;
}

type Job = { queue: OutboxQueue<unknown>; item: unknown };

/** How long after finding work the worker keeps looking at its busy interval. */
const BUSY_WINDOW_MS = 1_000;

/**
 * Sends what the outboxes hold: the deliveries of assignments to their recipients, and webhooks
 * to their subscribers. Everything it works from is a row in the database, so a restart loses
 * nothing and any number of workers (processes) may run at once.
 */
export class DeliveryWorker {
  readonly #queues: OutboxQueue<unknown>[];
  readonly #concurrency: number;
  readonly #intervalMs: number;
  readonly #busyIntervalMs: number;
  /** When a claim last found something to send. */
  #lastFound = 0;
  readonly #onError: (error: unknown) => void;
  readonly #inflight = new Set<Promise<void>>();
  #loop: Promise<void> | null = null;
  #stopped = false;
  #wake: (() => void) | null = null;

  constructor(store: Store, options: DeliveryWorkerOptions = {}) {
    this.#concurrency = options.concurrency ?? 16;
    this.#intervalMs = options.intervalMs ?? 250;
    this.#busyIntervalMs = Math.min(options.busyIntervalMs ?? 20, this.#intervalMs);
    this.#onError = options.onError ?? (() => {});
    const random = options.random ?? Math.random;
    const channels = options.channels ?? deliveryChannels(options.smtpUrl);
    // Auctions first: their bidders wait for a ping with a deadline.
    this.#queues = [
      new Auctions(store),
      new LeadDeliveries(store, channels, this.#onError, random),
      new Webhooks(store, random),
    ] as OutboxQueue<unknown>[];
  }

  /**
   * Sends everything due at `now` (up to `limit` of each kind) and records each outcome at that
   * same `now`, so tests can walk a retry schedule with an explicit clock. Returns how many were sent.
   */
  async tick(now?: number, limit = 100): Promise<number> {
    const clock = now === undefined ? Date.now : () => now;
    const jobs = await this.#claim(clock(), limit, limit, true);
    const lane = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await job.queue.deliver(job.item, clock);
    };
    const count = jobs.length;
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, count) }, lane));
    return count;
  }

  /** Runs until `stop`: keeps up to `concurrency` deliveries in flight, claiming more as they finish. */
  start(): this {
    this.#loop ??= this.#run();
    return this;
  }

  /** Claims nothing more, and resolves once the deliveries in flight are sent and recorded. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#loop;
    await Promise.all(this.#inflight);
  }

  /** Up to `total` jobs, at most `each` of every kind, in the order of the queues. */
  async #claim(now: number, each: number, total: number, eager = false): Promise<Job[]> {
    const jobs: Job[] = [];
    for (const queue of this.#queues) {
      const room = Math.min(each, total - jobs.length);
      if (room <= 0) break;
      for (const item of await queue.claim(now, room, eager)) jobs.push({ queue, item });
    }
    return jobs;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      const free = this.#concurrency - this.#inflight.size;
      let claimed = 0;
      if (free > 0) {
        try {
          for (const job of await this.#claim(Date.now(), free, free)) {
            const done: Promise<void> = job.queue
              .deliver(job.item, Date.now)
              .catch(this.#onError)
              .finally(() => {
                this.#inflight.delete(done);
                this.#wake?.();
              });
            this.#inflight.add(done);
            claimed += 1;
          }
        } catch (error) {
          this.#onError(error);
        }
      }
      // Nothing more due, or no free slot: wait for a slot to free up or for the interval. While
      // work keeps coming the interval is short, so a delivery due now does not wait an idle
      // worker's interval to go out; an idle worker reads the outboxes seldom.
      if (claimed > 0) this.#lastFound = Date.now();
      const busy = Date.now() - this.#lastFound < BUSY_WINDOW_MS;
      if (claimed < free || free <= 0) await this.#sleep(busy ? this.#busyIntervalMs : this.#intervalMs);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = null;
        done();
      };
    });
  }
}

export function startDeliveryWorker(store: Store, options: DeliveryWorkerOptions = {}): DeliveryWorker {
  return new DeliveryWorker(store, options).start();
}
