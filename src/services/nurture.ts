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
import type { SequenceSendRow } from "../store/schema.js";
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

/** Sends a batch of due steps records at most, to go out while the next batch runs. */
const STEP_CHUNK = 100;

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
      const tracker = options.publicUrl
        ? emailTracker(await emailLinkSecret(store, at()), options.publicUrl)
        : undefined;
      // Marked a few at a time, each chunk while the next is on the wire: what a crash leaves
      // sent but unmarked is at most two chunks, sent again later with the same Message-IDs.
      const send = async (intents: readonly SequenceSendRow[]) => {
        let sent = 0;
        let marking: Promise<number> = Promise.resolve(0);
        for (let i = 0; i < intents.length; i += concurrency * 2) {
          const held = await holdSends(store, intents.slice(i, i + concurrency * 2), at(), leaseMs);
          const results = await sendIntents(channels, held, concurrency);
          sent += await marking;
          marking = recordOutcomes(store, results, at());
          // Its failure is thrown where it is awaited, after the next chunk's sending.
          marking.catch(() => undefined);
        }
        return sent + (await marking);
      };
      // Due steps are run a batch at a time, each batch while the intents of the one before go
      // out (they were committed first), until the pass's budget is recorded or nothing is due.
      let sending = send(stale);
      sending.catch(() => undefined);
      let left = budget - stale.length;
      let ran = 0;
      let sent = 0;
      while (left > 0) {
        const steps = await runDueSteps(store, now, {
          ...timer,
          budget: Math.min(left, STEP_CHUNK),
          ratePerSecond: options.ratePerSecond ?? 100,
          leaseMs,
          tracker,
        });
        ran += steps.ran;
        left -= steps.intents.length;
        sent += await sending;
        sending = send(steps.intents);
        sending.catch(() => undefined);
        if (steps.ran === 0) break;
      }
      sent += await sending;
      return { enrolled, ran, sent };
    },
    close: () => channels.close(),
  };
}
