/** How long the first retry waits at most; each later one may wait twice as long, up to `MAX_DELAY_MS`. */
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 3_600_000;
export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Exponential backoff with full jitter: after the n-th failed try, a delay drawn evenly from
 * one second up to `BASE_DELAY_MS · 2^(n-1)` (capped), so receivers coming back from an outage
 * are not hit by every waiting delivery at once.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return 1000 + Math.floor(random() * (ceiling - 1000));
}
