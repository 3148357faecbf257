import { describe, expect, it } from "vitest";
import { binomial, seeded, type Random } from "../../../src/domain/experiments/prng.js";
import { verdictOf } from "../../../src/domain/experiments/verdict.js";

/**
 * Simulated experiments with fixed seeds: each arm gets `perDay` leads a day for `days` days,
 * each won with its arm's probability, and someone looks at the verdict at every day's end and
 * stops at the first winner (the peeking a fixed-horizon test cannot survive).
 */
function watchedDaily(random: Random, rates: readonly number[], perDay: number, days: number) {
  const n = rates.map(() => 0);
  const x = rates.map(() => 0);
  const looks: { n: number[]; x: number[] }[] = [];
  for (let day = 0; day < days; day++) {
    rates.forEach((p, arm) => {
      n[arm]! += perDay;
      x[arm]! += binomial(random, perDay, p);
    });
    looks.push({ n: [...n], x: [...x] });
    const verdict = verdictOf(looks, rates.length, { metric: "win", alpha: 0.05 });
    if (verdict.winner !== null) return { winner: verdict.winner, day, verdict };
  }
  return { winner: null, day: days, verdict: verdictOf(looks, rates.length, { metric: "win", alpha: 0.05 }) };
}

function runs(count: number, seed: number, rates: readonly number[], perDay = 100, days = 20) {
  const random = seeded(seed);
  return Array.from({ length: count }, () => watchedDaily(random, rates, perDay, days));
}

describe("the sequential verdict on simulated traffic", () => {
  it("declares a winner in at most 5% of A/A experiments looked at every day", () => {
    for (const [seed, rate] of [
      [1, 0.2],
      [2, 0.1],
      [3, 0.5],
    ] as const) {
      const results = runs(500, seed, [rate, rate]);
      const declared = results.filter((r) => r.winner !== null).length;
      expect(declared / results.length, `win rate ${rate}`).toBeLessThanOrEqual(0.05);
    }
  });

  it("is needed: a fixed-horizon z-test looked at every day declares a winner in far more than 5% of A/A runs", () => {
    const random = seeded(1);
    let declared = 0;
    for (let run = 0; run < 500; run++) {
      const n = [0, 0];
      const x = [0, 0];
      for (let day = 0; day < 20; day++) {
        for (const arm of [0, 1]) {
          n[arm]! += 100;
          x[arm]! += binomial(random, 100, 0.2);
        }
        const [a, b] = [x[0]! / n[0]!, x[1]! / n[1]!];
        if (Math.abs(b - a) / Math.sqrt((a * (1 - a)) / n[0]! + (b * (1 - b)) / n[1]!) > 1.96) {
          declared++;
          break;
        }
      }
    }
    expect(declared / 500).toBeGreaterThan(0.15);
  });

  it("holds its level with three arms looked at every day", () => {
    const results = runs(300, 4, [0.2, 0.2, 0.2]);
    expect(results.filter((r) => r.winner !== null).length / results.length).toBeLessThanOrEqual(0.05);
  });

  it("finds a real five-point difference in win rate within 2,000 leads per arm in at least 80% of runs", () => {
    for (const [seed, base] of [
      [5, 0.1],
      [6, 0.2],
    ] as const) {
      const results = runs(500, seed, [base, base + 0.05]);
      const found = results.filter((r) => r.winner === 1).length;
      expect(found / results.length, `from ${base}`).toBeGreaterThanOrEqual(0.8);
      // Never the worse arm.
      expect(results.some((r) => r.winner === 0)).toBe(false);
    }
  });

  it("says by how much, with an interval that holds the true difference", () => {
    const results = runs(200, 7, [0.2, 0.25]).filter((r) => r.winner === 1);
    const covered = results.filter((r) => {
      const [lo, hi] = r.verdict.comparisons[0]!.interval!;
      return lo <= 0.05 && 0.05 <= hi;
    });
    expect(covered.length / results.length).toBeGreaterThanOrEqual(0.95);
    expect(results[0]!.verdict.statement).toMatch(/^Arm 1 wins: its win rate is \d+\.\d points higher/);
  });
});
