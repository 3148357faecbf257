/**
 * Where the timers get the time, and how they repeat in it. The system clock is the wall clock
 * and `setInterval`; a test passes one that stands still until the test moves it, so a timer's
 * tests advance time instead of waiting for it.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Calls `run` every `ms` until the answered `cancel` is called. `run` may answer a promise:
   * the system clock does not wait for it (the caller chains its runs), a test clock does.
   */
  every(ms: number, run: () => unknown): { cancel(): void };
}

/** The wall clock; its repeats keep no process alive. */
export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, run) {
    const timer = setInterval(run, ms);
    timer.unref();
    return { cancel: () => clearInterval(timer) };
  },
};
