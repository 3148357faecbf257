import type { Clock } from "../../src/services/clock.js";

/** A clock that stands still until the test moves it. */
export interface TestClock extends Clock {
  now: () => number;
  /**
   * Moves the time on by `ms`, stopping at each moment a repeat falls due to run it (and wait
   * for what it answers), so a scheduler ticks exactly as it would have in that time.
   */
  advance(ms: number): Promise<void>;
}

export function aClock(start = Date.UTC(2026, 0, 5, 12)): TestClock {
  let at = start;
  const repeats = new Set<{ due: number; ms: number; run: () => unknown }>();
  return {
    now: () => at,
    every(ms, run) {
      const repeat = { due: at + ms, ms, run };
      repeats.add(repeat);
      return { cancel: () => repeats.delete(repeat) };
    },
    async advance(ms) {
      const end = at + ms;
      for (;;) {
        let next: { due: number; ms: number; run: () => unknown } | undefined;
        for (const r of repeats) if (r.due <= end && (!next || r.due < next.due)) next = r;
        if (!next) break;
        at = next.due;
        next.due += next.ms;
        await next.run();
      }
      at = end;
    },
  };
}
