import type { Store } from "../store/store.js";
import { systemClock, type Clock } from "./clock.js";
import type { TimerOptions } from "./due-rows.js";
import { enrolFromEvents } from "./sequence-enroller.js";
import {
  holdSends,
  nurtureChannels,
  reclaimSends,
  recordOutcomes,
  sendIntents,
  type NurtureChannels,
} from "./sequence-sender.js";
import { emailLinkSecret, emailTracker } from "./email-tracking.js";
import { runDueSteps } from "./sequence-steps.js";

export interface NurtureOptions {
  /** The mail server nurture emails go through; without one, sequences wait. */
  smtpUrl: string | null;
  /** Emails and texts a second, all processes together (100 by default). */
  ratePerSecond?: number | undefined;
  /** How long a process holds a send before another may try it again (60 s by default). */
  leaseMs?: number | undefined;
  /** Sends one pass records and sends at most (500 by default). */
  budget?: number | undefined;
  /** Sends on the wire at once (8 by default). */
  concurrency?: number | undefined;
  /**
   * Where people reach this server (`CAROUSEL_PUBLIC_URL`): emails get a one-click unsubscribe
   * link, tracked links and an open pixel back to it. Without it no email is sent.
   */
  publicUrl?: string | undefined;
  /** Where sends go instead of `smtpUrl` and `fetch` (tests). */
  channels?: NurtureChannels | undefined;
}

export interface PassResult {
  enrolled: number;
  ran: number;
  sent: number;
}

/** The nurture timer: what the scheduler runs on each tick, with the mail transport it keeps. */
export interface Nurture {
  /** Enrols, runs due steps, sends what they recorded and what was left unsent, once. */
  pass(now?: number, timer?: TimerOptions): Promise<PassResult>;
  close(): void;
}

export function makeNurture(store: Store, options: NurtureOptions): Nurture {
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 8;
  const channels =
    options.channels ??
    nurtureChannels(options.smtpUrl, {
      timeoutMs: Math.min(10_000, Math.floor(leaseMs / 3)),
      connections: concurrency,
    });
  const budget = options.budget ?? 500;
  return {
    async pass(now, timer = {}) {
      const clock: Clock = timer.clock ?? systemClock;
      const at = () => now ?? clock.now();
      const enrolled = await enrolFromEvents(store, at());
      const stale = await reclaimSends(store, now, { ...timer, budget, leaseMs });
      const steps = await runDueSteps(store, now, {
        ...timer,
        budget: budget - stale.length,
        ratePerSecond: options.ratePerSecond ?? 100,
        leaseMs,
        tracker: options.publicUrl
          ? emailTracker(await emailLinkSecret(store, at()), options.publicUrl)
          : undefined,
      });
      // Marked a few at a time: what a crash leaves sent but unmarked is at most one chunk.
      const intents = [...stale, ...steps.intents];
      let sent = 0;
      for (let i = 0; i < intents.length; i += concurrency * 2) {
        const held = await holdSends(store, intents.slice(i, i + concurrency * 2), at(), leaseMs);
        const results = await sendIntents(channels, held, concurrency);
        sent += await recordOutcomes(store, results, at());
      }
      return { enrolled, ran: steps.ran, sent };
    },
    close: () => channels.close(),
  };
}
