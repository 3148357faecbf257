import { beta, type Random } from "./prng.js";

export interface ShareLimits {
  minShare: number;
  maxShare: number;
}

/**
 * Thompson sampling: each arm's share is the probability that it is the best, under Beta(1 + s,
 * 1 + f) posteriors of its successes and failures (estimated from `draws` joint draws), then held
 * within the manager's limits.
 */
export function thompsonShares(
  arms: readonly { trials: number; successes: number }[],
  limits: ShareLimits,
  random: Random,
  draws = 4000,
): number[] {
  const wins = new Array<number>(arms.length).fill(0);
  for (let d = 0; d < draws; d++) {
    let best = 0;
    let bestValue = -1;
    arms.forEach((a, i) => {
      const v = beta(random, 1 + a.successes, 1 + Math.max(0, a.trials - a.successes));
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    });
    wins[best]!++;
  }
  return withinLimits(
    wins.map((w) => w / draws),
    limits,
  );
}

/**
 * The shares moved as little as possible (the nearest point, shifting every share by one amount)
 * to lie within [minShare, maxShare] and sum to 1. Limits that cannot hold for this many arms
 * are widened to allow an even split.
 */
export function withinLimits(shares: readonly number[], limits: ShareLimits): number[] {
  const k = shares.length;
  const min = Math.min(limits.minShare, 1 / k);
  const max = Math.max(limits.maxShare, 1 / k);
  const at = (shift: number) => shares.map((s) => Math.min(max, Math.max(min, s + shift)));
  const total = (shift: number) => at(shift).reduce((a, b) => a + b, 0);
  // The total grows with the shift: bisect for the shift where it is 1.
  let lo = -1;
  let hi = 1;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < 1) lo = mid;
    else hi = mid;
  }
  const out = at((lo + hi) / 2);
  const sum = out.reduce((a, b) => a + b, 0);
  return out.map((s) => s / sum);
}
