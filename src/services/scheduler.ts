import { expireDueOffers } from "./offers.js";
import { expireDuePools } from "./pool.js";
import { routeDueLeads } from "./unassigned.js";
import type { Store } from "../store/store.js";
import { fireDueTasks } from "./task-timer.js";

export interface Scheduler {
  /** Runs every due timer once, now. */
  tick(now?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * One loop over every timer Carousel keeps, all of them rows in the database: offers whose SLA
 * ran out, pools whose time is over, unassigned leads due for another try, follow-up tasks due.
 * Nothing lives in memory, so a restart loses no timer, and any number of processes may run this
 * loop: each due row is taken by one transaction that moves it from its state exactly once (see
 * `forEachDueBatch`). Offers, pools and retries are taken a category's batch at a time, tasks a
 * recipient's; a row that fails is reported to `onError` without holding back the others.
 */
export function startScheduler(store: Store, onError: (error: unknown) => void, intervalMs = 250): Scheduler {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // Without `now` each row is handled at the clock's time when its transaction runs.
  const tick = async (now?: number) => {
    await expireDueOffers(store, now, { onError });
    await expireDuePools(store, now, { onError });
    await routeDueLeads(store, now, { onError });
    await fireDueTasks(store, now, { onError });
  };
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : tick().catch(onError)));
  }, intervalMs);
  timer.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
