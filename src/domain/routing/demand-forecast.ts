/**
 * How many more leads of each segment (a state, `""` for a lead without one) a category can expect
 * before its cap period ends. Learned from the same weekday's hours in past weeks; when the
 * history is too short, the rate observed so far today goes on.
 */

/** Arrivals on the same weekday of past weeks, by segment and local hour of the day (0–23), summed over the weeks. */
export interface ArrivalHistory {
  /** How many past weeks the sums cover (weeks with no lead at all count too). */
  weeks: number;
  counts: ReadonlyMap<string, readonly number[]>;
}

export interface ForecastInput {
  history: ArrivalHistory;
  /** Arrivals so far today, by segment. */
  observed: ReadonlyMap<string, number>;
  /** Local hours elapsed since today began, e.g. 13.5 at half past one in the afternoon. */
  hoursElapsed: number;
  /** Hours the cap period lasts (24 for a day). */
  hoursInPeriod?: number;
  /** Fewer past weeks than this (or no arrival at all in them) is too short a history. Default 2. */
  minWeeks?: number;
}

export type ForecastBasis = "history" | "observed_rate";

export interface Forecast {
  /** Expected arrivals for the rest of the period, by segment. */
  expected: Map<string, number>;
  basis: ForecastBasis;
  /** History's level against today's so far (1 without history): the history's expectation is scaled by it. */
  level: number;
}

/** Today's volume against history's may move the forecast by at most this factor either way. */
const MAX_LEVEL = 2;
/** Pseudo-arrivals that keep an early morning's few leads from swinging the level. */
const LEVEL_PRIOR = 20;

/** Expected remaining arrivals per segment (see the module comment). */
export function forecastRemaining(input: ForecastInput): Forecast {
  const period = input.hoursInPeriod ?? 24;
  const elapsed = Math.min(Math.max(0, input.hoursElapsed), period);
  const { history, observed } = input;
  let historyTotal = 0;
  for (const row of history.counts.values()) for (const n of row) historyTotal += n;
  const enough = history.weeks >= (input.minWeeks ?? 2) && historyTotal > 0;

  if (!enough) {
    const expected = new Map<string, number>();
    const rate = elapsed > 0 ? (period - elapsed) / elapsed : 0;
    for (const [segment, n] of observed) if (n > 0) expected.set(segment, n * rate);
    return { expected, basis: "observed_rate", level: 1 };
  }

  const whole = Math.floor(elapsed);
  const part = elapsed - whole;
  const expected = new Map<string, number>();
  let expectedSoFar = 0;
  for (const [segment, row] of history.counts) {
    let before = 0;
    let after = 0;
    for (let h = 0; h < period; h++) {
      const avg = (row[h] ?? 0) / history.weeks;
      if (h < whole) before += avg;
      else if (h === whole) {
        before += avg * part;
        after += avg * (1 - part);
      } else after += avg;
    }
    expectedSoFar += before;
    if (after > 0) expected.set(segment, after);
  }
  let observedSoFar = 0;
  for (const n of observed.values()) observedSoFar += n;
  const level = Math.min(
    MAX_LEVEL,
    Math.max(1 / MAX_LEVEL, (observedSoFar + LEVEL_PRIOR) / (expectedSoFar + LEVEL_PRIOR)),
  );
  for (const [segment, n] of expected) expected.set(segment, n * level);
  return { expected, basis: "history", level };
}
