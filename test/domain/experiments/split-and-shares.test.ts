import { describe, expect, it } from "vitest";
import { normalizeShares, splitsAt } from "../../../src/domain/experiments/experiment.js";
import { seeded } from "../../../src/domain/experiments/prng.js";
import { armFor } from "../../../src/domain/experiments/split.js";
import { thompsonShares, withinLimits } from "../../../src/domain/experiments/thompson.js";
import { newId } from "../../../src/domain/ids.js";

describe("the split of leads between arms", () => {
  it("puts the same lead in the same arm every time", () => {
    const id = newId("lead", Date.UTC(2026, 0, 1));
    const arm = armFor(id, [0.3, 0.3, 0.4]);
    for (let i = 0; i < 10; i++) expect(armFor(id, [0.3, 0.3, 0.4])).toBe(arm);
  });

  it("gives each arm its share of leads, within a percent over 20,000 leads", () => {
    const counts = [0, 0, 0];
    const t = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 20_000; i++) counts[armFor(newId("lead", t + i), [0.1, 0.3, 0.6])]!++;
    expect(counts[0]! / 20_000).toBeCloseTo(0.1, 1);
    expect(Math.abs(counts[1]! / 20_000 - 0.3)).toBeLessThan(0.01);
    expect(Math.abs(counts[2]! / 20_000 - 0.6)).toBeLessThan(0.01);
  });

  it("takes shares as fractions or as percentages, and refuses others", () => {
    expect(normalizeShares([0.25, 0.75])).toEqual({ shares: [0.25, 0.75] });
    expect(normalizeShares([10, 90])).toEqual({ shares: [0.1, 0.9] });
    expect(normalizeShares([0.5, 0.4])).toMatchObject({ error: { field: "arms" } });
    expect(normalizeShares([1, 0])).toMatchObject({ error: { field: "arms.1.share" } });
  });

  it("splits only while running, before its end and under its number of leads", () => {
    const e = { status: "running" as const, endsAt: 1000, maxLeads: 10, leads: 9 };
    expect(splitsAt(e, 999)).toBe(true);
    expect(splitsAt(e, 1000)).toBe(false);
    expect(splitsAt({ ...e, leads: 10 }, 0)).toBe(false);
    expect(splitsAt({ ...e, status: "stopped" }, 0)).toBe(false);
  });
});

describe("automatic shares by Thompson sampling", () => {
  it("moves most of the leads to the arm that wins more, as far as the manager's limit", () => {
    const shares = thompsonShares(
      [
        { trials: 500, successes: 50 },
        { trials: 500, successes: 100 },
      ],
      { minShare: 0.1, maxShare: 0.8 },
      seeded(1),
    );
    expect(shares[0]).toBeCloseTo(0.2, 6);
    expect(shares[1]).toBeCloseTo(0.8, 6);
  });

  it("keeps even shares while it knows nothing, and answers the same for the same seed", () => {
    const arms = [
      { trials: 0, successes: 0 },
      { trials: 0, successes: 0 },
      { trials: 0, successes: 0 },
    ];
    const a = thompsonShares(arms, { minShare: 0.05, maxShare: 0.9 }, seeded(7));
    expect(a).toEqual(thompsonShares(arms, { minShare: 0.05, maxShare: 0.9 }, seeded(7)));
    for (const s of a) expect(s).toBeCloseTo(1 / 3, 1);
  });

  it("holds shares within the limits and summing to 1", () => {
    for (const raw of [
      [0.98, 0.01, 0.01],
      [0.5, 0.5, 0],
      [0.2, 0.3, 0.5],
    ]) {
      const s = withinLimits(raw, { minShare: 0.1, maxShare: 0.6 });
      expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      for (const v of s) {
        expect(v).toBeGreaterThanOrEqual(0.1 - 1e-9);
        expect(v).toBeLessThanOrEqual(0.6 + 1e-9);
      }
    }
    const kept = withinLimits([0.2, 0.3, 0.5], { minShare: 0.1, maxShare: 0.6 });
    [0.2, 0.3, 0.5].forEach((v, i) => expect(kept[i]).toBeCloseTo(v, 9));
  });
});
