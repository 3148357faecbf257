import { systemClock, type Clock } from "./clock.js";
import { HeldBack } from "./due-rows.js";
import { expireDueOffers } from "./offers.js";
import { expireDuePools } from "./pool.js";
import { routeDueLeads } from "./unassigned.js";
import type { Store } from "../store/store.js";
import { fireDueTasks } from "./task-timer.js";
import type { Nurture } from "./nurture.js";
import { runDueExperiments } from "./experiments.js";
import { startDueRetests } from "./retest-schedules.js";
import { recomputeDueBands } from "./score-bands.js";
import { applyAutoPauseRules, sendPauseAlerts } from "./auto-pause.js";
import type { Mailer } from "./mailer.js";
import { REPORTS_ROLLED_UP_EVERY_MS, rollUpReportsNow } from "./lead-reports.js";

export interface Scheduler {
  /** Runs every due timer once, now. */
  tick(now?: number): Promise<void>;
  /** Settles when the sources' quality figures are first measured (or failed to be). */
  warmed: Promise<void>;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** Where the time comes from and the ticks repeat: the system clock by default. */
  clock?: Clock;
  /** How often every timer runs. */
  intervalMs?: number;
  /** The nurture sequences' timer, with its mail server; sequences wait without one. */
  nurture?: Nurture | undefined;
  /** Sends the admins' email when a rule pauses a source; none is sent without one. */
  mailer?: Mailer | null | undefined;
}

/** How often sources' auto-pause rules are judged (a return or a bad outcome also judges its source's at once). */
export const AUTO_PAUSE_EVERY_MS = 60_000;

/**
 * One loop over every timer Carousel keeps, all of them rows in the database: offers whose SLA
 * ran out, pools whose time is over, unassigned leads due for another try, follow-up tasks due,
 * experiments whose time or leads ran out or whose automatic shares are due, re-tests due by a
 * category's schedule, leads whose decaying score reaches another band. It also keeps the
 * report rollups up to date every minute, so that a report finds little left to roll up, and the
 * sources' quality figures that rules read: measured at its start and again whenever they are older than their time to live, so
 * intake never measures them; judges the sources' auto-pause rules every minute; and emails the
 * admins about the sources a rule paused.
 * Nothing lives in memory, so a restart loses no timer, and any number of processes may run this
 * loop: each due row is taken by one transaction that moves it from its state exactly once (see
 * `forEachDueBatch`). Offers, pools and retries are taken a category's batch at a time, tasks a
 * recipient's; a row that fails is reported to `onError` without holding back the others. A tick
 * starts when the one before it has ended.
 */
export function startScheduler(
  store: Store,
  onError: (error: unknown) => void,
  options: SchedulerOptions = {},
): Scheduler {
  const clock = options.clock ?? systemClock;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const quality = store.routingConfigs?.sourceQuality;
  const release = quality?.keep();
  let judgedAt = Number.NEGATIVE_INFINITY;
  let rolledUpAt = Number.NEGATIVE_INFINITY;
  const warmed = quality ? quality.refresh(store, clock.now()).catch(onError) : Promise.resolve();
  // The rows that failed alone, left out of every later tick's batches until they go through.
  const heldBack = new HeldBack();
  // Without `now` each row is handled at the clock's time when its transaction runs.
  const tick = async (now?: number) => {
    const timer = { onError, clock, heldBack };
    await expireDueOffers(store, now, timer);
    await expireDuePools(store, now, timer);
    await routeDueLeads(store, now, timer);
    await fireDueTasks(store, now, timer);
    await recomputeDueBands(store, now, timer);
    if (options.nurture) await options.nurture.pass(now, timer);
    await runDueExperiments(store, now ?? clock.now()).catch(onError);
    await startDueRetests(store, now ?? clock.now()).catch(onError);
    const at = now ?? clock.now();
    if (quality?.due(at)) await quality.refresh(store, at).catch(onError);
    if (at - judgedAt >= AUTO_PAUSE_EVERY_MS) {
      judgedAt = at;
      await applyAutoPauseRules(store, at).catch(onError);
    }
    if (options.mailer) await sendPauseAlerts(store, options.mailer, at).catch(onError);
    if (at - rolledUpAt >= REPORTS_ROLLED_UP_EVERY_MS) {
      rolledUpAt = at;
      await rollUpReportsNow(store).catch(onError);
    }
  };
  const repeat = clock.every(options.intervalMs ?? 250, () => {
    running = running.then(() => (stopped ? undefined : tick().catch(onError)));
    return running;
  });
  return {
    tick,
    warmed,
    stop: async () => {
      stopped = true;
      repeat.cancel();
      await running;
      await warmed;
      release?.();
      options.nurture?.close();
    },
  };
}
