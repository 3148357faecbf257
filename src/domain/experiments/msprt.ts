/**
 * The mixture sequential probability ratio test (mSPRT) on a difference of two proportions,
 * after Johari, Pekelis and Walsh, "Always valid inference" (2017). The difference observed,
 * θ̂ = p̂_B − p̂_A, is close to normal with variance V = p̂_A(1−p̂_A)/n_A + p̂_B(1−p̂_B)/n_B.
 * Against the hypothesis θ = θ₀, mixing the alternatives over θ ~ N(θ₀, τ²) gives the ratio
 *
 *   Λ(θ₀) = √(V / (V + τ²)) · exp( τ² (θ̂ − θ₀)² / (2 V (V + τ²)) ).
 *
 * Its reciprocal, kept as a running minimum over every look, is a p-value that stays valid
 * however often it is looked at and whenever the looking stops; the θ₀ it does not reject at
 * level α form an interval, kept as the running intersection over the looks.
 */

/** The mixture's spread: differences of about five points are the ones the test is tuned to find. */
export const DEFAULT_TAU = 0.05;

export interface Proportions {
  /** Trials and successes of the control (A) and of the challenger (B). */
  nA: number;
  xA: number;
  nB: number;
  xB: number;
}

export interface Look {
  difference: number;
  variance: number;
}

/** The observed difference p̂_B − p̂_A and its variance; null while either side has no trial or the variance is 0. */
export function lookAt(p: Proportions): Look | null {
  if (p.nA <= 0 || p.nB <= 0) return null;
  const a = p.xA / p.nA;
  const b = p.xB / p.nB;
  const variance = (a * (1 - a)) / p.nA + (b * (1 - b)) / p.nB;
  if (!(variance > 0)) return null;
  return { difference: b - a, variance };
}

/** The natural log of the mixture likelihood ratio Λ(θ₀). */
export function logMixtureRatio(look: Look, tau: number, theta0 = 0): number {
  const t2 = tau * tau;
  const v = look.variance;
  const d = look.difference - theta0;
  return 0.5 * Math.log(v / (v + t2)) + (t2 * d * d) / (2 * v * (v + t2));
}

/** Half the width of the interval of θ₀ that Λ(θ₀) does not reject at level α. */
export function halfWidth(look: Look, tau: number, alpha: number): number {
  const t2 = tau * tau;
  const v = look.variance;
  return Math.sqrt(((v * (v + t2)) / t2) * (2 * Math.log(1 / alpha) + Math.log((v + t2) / v)));
}

export interface SequentialResult {
  /** The difference at the last look, B − A. */
  difference: number | null;
  /** The always-valid p-value against no difference: the least 1/Λ(0) over the looks, at most 1. */
  pValue: number;
  /** The always-valid (1 − α) interval of the difference: the intersection over the looks. */
  interval: [number, number] | null;
  looks: number;
}

/**
 * The test over a sequence of looks at the cumulative counts (each look's counts include every
 * earlier one's), e.g. one a day.
 */
export function sequentialTest(
  looks: readonly Proportions[],
  options: { tau?: number; alpha: number },
): SequentialResult {
  const tau = options.tau ?? DEFAULT_TAU;
  let pValue = 1;
  let lo = -Infinity;
  let hi = Infinity;
  let difference: number | null = null;
  let counted = 0;
  for (const counts of looks) {
    const look = lookAt(counts);
    if (!look) continue;
    counted++;
    difference = look.difference;
    pValue = Math.min(pValue, Math.exp(-logMixtureRatio(look, tau)));
    const h = halfWidth(look, tau, options.alpha);
    lo = Math.max(lo, look.difference - h);
    hi = Math.min(hi, look.difference + h);
  }
  // Intervals of separate looks can miss each other only by chance (probability ≤ α); the
  // last look's difference stands in for an empty intersection then.
  const interval: [number, number] | null =
    counted === 0 ? null : lo <= hi ? [lo, hi] : [difference ?? 0, difference ?? 0];
  return { difference, pValue, interval, looks: counted };
}
