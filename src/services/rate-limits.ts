import { RateLimited } from "../domain/errors.js";
import type { Source } from "../domain/source.js";

/** A token bucket's size: `perMinute` tokens come back each minute, and it holds that many at most. */
export interface Limit {
  perMinute: number;
}

const MINUTE_MS = 60_000;

interface Bucket {
  /** When it will be full again. */
  fullAt: number;
  perMinute: number;
}

/**
 * Token buckets by key, in this process's memory (limits are per process; see
 * docs/SECURITY.md). A bucket is kept as the time it will be full again (a generic cell rate
 * algorithm): each token taken pushes it `60 / perMinute` seconds on, and a token may be taken
 * while that leaves it at most a minute ahead of now. A key with no bucket has a full one, so
 * only keys that spent tokens lately take memory; past `maxKeys`, buckets that have filled up
 * again are dropped, and if that is not enough, the oldest, which forgives their keys early
 * rather than growing.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #maxKeys: number;

  constructor(maxKeys = 100_000) {
    this.#maxKeys = maxKeys;
  }

  get size(): number {
    return this.#buckets.size;
  }

  /** Takes a token from `key`'s bucket of `perMinute`: 0 when it had one, otherwise the milliseconds until it will. */
  take(key: string, perMinute: number, now: number): number {
    const bucket = this.#buckets.get(key);
    const next = fullAt(bucket, perMinute, now) + MINUTE_MS / perMinute;
    const wait = next - now - MINUTE_MS;
    if (wait > EPSILON_MS) return wait;
    if (bucket) {
      bucket.fullAt = next;
      bucket.perMinute = perMinute;
    } else {
      if (this.#buckets.size >= this.#maxKeys) this.#sweep(now);
      this.#buckets.set(key, { fullAt: next, perMinute });
    }
    return 0;
  }

  /** The milliseconds until `key`'s bucket of `perMinute` holds a token, 0 when it holds one now; takes nothing. */
  wait(key: string, perMinute: number, now: number): number {
    const bucket = this.#buckets.get(key);
    if (!bucket) return 0;
    const wait = fullAt(bucket, perMinute, now) + MINUTE_MS / perMinute - now - MINUTE_MS;
    return wait > EPSILON_MS ? wait : 0;
  }

  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) if (bucket.fullAt <= now) this.#buckets.delete(key);
    const keep = this.#maxKeys >> 1;
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= keep) break;
      this.#buckets.delete(key);
    }
  }
}

/** When `bucket` is full at `perMinute`, not before now: tokens taken at another limit count as many at this one. */
function fullAt(bucket: Bucket | undefined, perMinute: number, now: number): number {
  if (!bucket || bucket.fullAt <= now) return now;
  if (bucket.perMinute === perMinute) return bucket.fullAt;
  return now + ((bucket.fullAt - now) * bucket.perMinute) / perMinute;
}

/** Less than this is rounding in a `60 / perMinute` that is not a whole number of milliseconds. */
const EPSILON_MS = 1e-6;

/** Whole seconds for a `Retry-After` header: at least one, so a client never retries at once. */
export const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000 - EPSILON_MS));

/**
 * Failed attempts by key (a client address, a token, an account): after `limit.perMinute`
 * failures in a row, `check` refuses the key with `rate_limited` until its bucket refills
 * (one failure forgiven every `60 / perMinute` seconds). Callers check before they verify a
 * credential, so a refused caller learns nothing, and report each failure.
 *
 * ```ts
 * const byAddress = new FailureThrottle({ perMinute: 10 }, Date.now, "sign-in attempts from this address");
 * byAddress.check(request.ip);
 * if (!passwordMatches) byAddress.failed(request.ip);
 * ```
 */
export class FailureThrottle {
  readonly #buckets = new TokenBuckets();
  readonly #limit: Limit;
  readonly #clock: () => number;
  readonly #what: string;

  /** `what` names the attempts in the refusal: "sign-in attempts from this address". */
  constructor(limit: Limit, clock: () => number, what: string) {
    this.#limit = limit;
    this.#clock = clock;
    this.#what = what;
  }

  /** Throws `rate_limited` with the seconds to wait when `key` has failed too often lately. */
  check(key: string): void {
    if (this.#buckets.size === 0) return;
    const wait = this.#buckets.wait(key, this.#limit.perMinute, this.#clock());
    if (wait > 0) {
      const seconds = retryAfterSeconds(wait);
      throw new RateLimited(`too many failed ${this.#what}; try again in ${seconds} s`, seconds);
    }
  }

  failed(key: string): void {
    this.#buckets.take(key, this.#limit.perMinute, this.#clock());
  }
}

/** The server-wide limits; see docs/SECURITY.md. */
export interface RateLimitSettings {
  /** Leads a minute per source whose own `rateLimitPerMinute` is null. */
  intakePerMinute: number;
  /** Failed authentications a minute per client address, and per token presented. */
  failedAuthPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { intakePerMinute: 6000, failedAuthPerMinute: 30 };

/**
 * Leads a minute per source: its own `rateLimitPerMinute`, or the server's default. Every
 * request that reaches a source counts, whether its lead is stored, a duplicate or invalid.
 */
export class IntakeRateLimit {
  readonly #buckets = new TokenBuckets();
  readonly #defaultPerMinute: number;
  readonly #clock: () => number;

  constructor(defaultPerMinute: number, clock: () => number) {
    this.#defaultPerMinute = defaultPerMinute;
    this.#clock = clock;
  }

  /** Throws `rate_limited` when `source` has posted its limit lately. */
  take(source: Source): void {
    const perMinute = source.rateLimitPerMinute ?? this.#defaultPerMinute;
    const wait = this.#buckets.take(source.key, perMinute, this.#clock());
    if (wait > 0) {
      const seconds = retryAfterSeconds(wait);
      throw new RateLimited(
        `source ${source.key} may post ${perMinute} leads a minute; try again in ${seconds} s`,
        seconds,
      );
    }
  }
}

/**
 * Failed authentications (a wrong bearer token or intake key) per client address and per
 * token presented. A refused caller is refused before its credential is looked up.
 */
export class FailedAuthentications {
  readonly #byAddress: FailureThrottle;
  readonly #byToken: FailureThrottle;

  constructor(limit: Limit, clock: () => number) {
    this.#byAddress = new FailureThrottle(limit, clock, "authentications from this address");
    this.#byToken = new FailureThrottle(limit, clock, "authentications with this token");
  }

  /** Throws `rate_limited` when the address, or the token (a hash of it), has failed too often lately. */
  check(address: string, tokenHash?: string): void {
    this.#byAddress.check(address);
    if (tokenHash !== undefined) this.#byToken.check(tokenHash);
  }

  failed(address: string, tokenHash?: string): void {
    this.#byAddress.failed(address);
    if (tokenHash !== undefined) this.#byToken.failed(tokenHash);
  }
}

/** What a server limits, on one clock (the tests' own, to walk through refills). */
export class RateLimits {
  readonly intake: IntakeRateLimit;
  readonly failedAuth: FailedAuthentications;

  constructor(settings: Partial<RateLimitSettings> = {}, clock: () => number = Date.now) {
    const { intakePerMinute, failedAuthPerMinute } = { ...DEFAULT_RATE_LIMITS, ...settings };
    this.intake = new IntakeRateLimit(intakePerMinute, clock);
    this.failedAuth = new FailedAuthentications({ perMinute: failedAuthPerMinute }, clock);
  }
}
