/** A clock that stands still until the test moves it. */
export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function aClock(start = Date.UTC(2026, 0, 5, 12)): TestClock {
  let at = start;
  return {
    now: () => at,
    advance: (ms) => {
      at += ms;
    },
  };
}
