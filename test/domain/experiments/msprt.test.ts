import { describe, expect, it } from "vitest";
import {
  halfWidth,
  logMixtureRatio,
  lookAt,
  sequentialTest,
  type Look,
} from "../../../src/domain/experiments/msprt.js";

/**
 * The reference: the mixture likelihood ratio as its definition says, an integral over the
 * alternatives θ ~ N(θ₀, τ²) of the normal likelihood of the observed difference under θ
 * against under θ₀, taken numerically (Simpson's rule) rather than by the closed form.
 */
function referenceRatio(look: Look, tau: number, theta0 = 0): number {
  const sd = Math.sqrt(look.variance);
  const density = (x: number, mean: number, s: number) =>
    Math.exp(-((x - mean) ** 2) / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));
  const under0 = density(look.difference, theta0, sd);
  const f = (theta: number) => density(theta, theta0, tau) * (density(look.difference, theta, sd) / under0);
  const lo = theta0 - 12 * tau;
  const hi = theta0 + 12 * tau;
  const n = 20_000;
  const h = (hi - lo) / n;
  let s = f(lo) + f(hi);
  for (let i = 1; i < n; i++) s += f(lo + i * h) * (i % 2 === 1 ? 4 : 2);
  return (s * h) / 3;
}

/** The reference interval's edge above the estimate: where the integral crosses 1/α, by bisection. */
function referenceUpperEdge(look: Look, tau: number, alpha: number): number {
  let lo = look.difference;
  let hi = look.difference + 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (referenceRatio(look, tau, mid) < 1 / alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const looks: [string, { nA: number; xA: number; nB: number; xB: number }][] = [
  ["no difference", { nA: 1000, xA: 200, nB: 1000, xB: 200 }],
  ["a small difference", { nA: 800, xA: 160, nB: 820, xB: 180 }],
  ["a five-point difference at 2,000 leads each", { nA: 2000, xA: 400, nB: 2000, xB: 500 }],
  ["the challenger worse", { nA: 500, xA: 150, nB: 450, xB: 100 }],
  ["few leads", { nA: 40, xA: 6, nB: 35, xB: 9 }],
];

describe("the mSPRT on a difference of proportions", () => {
  it.each(looks)("matches the integral of its definition for %s", (_, counts) => {
    const look = lookAt(counts)!;
    for (const tau of [0.02, 0.05, 0.2]) {
      const reference = referenceRatio(look, tau);
      expect(Math.exp(logMixtureRatio(look, tau)) / reference).toBeCloseTo(1, 6);
    }
  });

  it.each(looks)("gives the interval the integral gives for %s", (_, counts) => {
    const look = lookAt(counts)!;
    const edge = referenceUpperEdge(look, 0.05, 0.05);
    expect(look.difference + halfWidth(look, 0.05, 0.05)).toBeCloseTo(edge, 6);
  });

  it("matches a value worked by hand", () => {
    // θ̂ = 0.05, V = 0.2·0.8/2000 + 0.25·0.75/2000 = 1.7375e-4, τ² = 0.0025:
    // ½·ln(V/(V+τ²)) = ½·ln 0.064984 = −1.3668 and τ²θ̂²/(2V(V+τ²)) = 6.25e-6 / 9.2913e-7 = 6.7267,
    // so ln Λ = 5.3599 and the always-valid p-value is e^−5.3599 = 0.00470.
    const look = lookAt({ nA: 2000, xA: 400, nB: 2000, xB: 500 })!;
    expect(look.variance).toBeCloseTo(1.7375e-4, 10);
    expect(logMixtureRatio(look, 0.05)).toBeCloseTo(5.3599, 3);
    expect(sequentialTest([{ nA: 2000, xA: 400, nB: 2000, xB: 500 }], { alpha: 0.05 }).pValue).toBeCloseTo(
      0.0047,
      4,
    );
  });

  it("keeps the least p-value and the intersection of the intervals over the looks", () => {
    const seq = [
      { nA: 100, xA: 20, nB: 100, xB: 35 },
      { nA: 200, xA: 40, nB: 200, xB: 50 },
      { nA: 300, xA: 60, nB: 300, xB: 66 },
    ];
    const result = sequentialTest(seq, { alpha: 0.05, tau: 0.05 });
    const each = seq.map((c) => {
      const l = lookAt(c)!;
      const h = halfWidth(l, 0.05, 0.05);
      return {
        p: Math.min(1, Math.exp(-logMixtureRatio(l, 0.05))),
        lo: l.difference - h,
        hi: l.difference + h,
      };
    });
    expect(result.pValue).toBe(Math.min(...each.map((e) => e.p)));
    expect(result.interval).toEqual([Math.max(...each.map((e) => e.lo)), Math.min(...each.map((e) => e.hi))]);
    expect(result.difference).toBeCloseTo(0.02, 10);
    expect(result.looks).toBe(3);
  });

  it("waits while a side has no lead or the rates have no variance", () => {
    expect(lookAt({ nA: 0, xA: 0, nB: 10, xB: 3 })).toBeNull();
    expect(lookAt({ nA: 10, xA: 0, nB: 10, xB: 0 })).toBeNull();
    expect(sequentialTest([{ nA: 10, xA: 0, nB: 10, xB: 0 }], { alpha: 0.05 })).toMatchObject({
      pValue: 1,
      interval: null,
      difference: null,
    });
  });
});
