import { RateLimited } from "../domain/errors.js";

/** A token bucket's size: `perMinute` tokens come back each minute, and it holds that many at most. */
export interface Limit {
  perMinute: number;
}

const MINUTE_MS = 60_000;

/**
 * Token buckets by key, in this process's memory (limits are per process; see
 * docs/SECURITY.md). A bucket is kept as one number, the time it will be full again (a
 * generic cell rate algorithm): each token taken pushes it `60 / perMinute` seconds on, and a
 * token may be taken while that leaves it at most a minute ahead of now. A key with no bucket
 * has a full one, so only keys that spent tokens lately take memory; past `maxKeys`, buckets
 * that have filled up again are dropped, and if that is not enough, the oldest, which forgives
 * their keys early rather than growing.
 */
export class TokenBuckets {
  readonly #fullAt = new Map<string, number>();
  readonly #maxKeys: number;

  constructor(maxKeys = 100_000) {
    this.#maxKeys = maxKeys;
  }

  get size(): number {
    return this.#fullAt.size;
  }

  /** Takes a token from `key`'s bucket: 0 when it had one, otherwise the milliseconds until it will. */
  take(key: string, limit: Limit, now: number): number {
    const fullAt = this.#fullAt.get(key);
    const next = (fullAt === undefined || fullAt < now ? now : fullAt) + MINUTE_MS / limit.perMinute;
    const wait = next - now - MINUTE_MS;
    if (wait > EPSILON_MS) return wait;
    if (fullAt === undefined && this.#fullAt.size >= this.#maxKeys) this.#sweep(now);
    this.#fullAt.set(key, next);
    return 0;
  }

  /** The milliseconds until `key`'s bucket holds a token, 0 when it holds one now; takes nothing. */
  wait(key: string, limit: Limit, now: number): number {
    const fullAt = this.#fullAt.get(key);
    if (fullAt === undefined) return 0;
    const wait = Math.max(fullAt, now) + MINUTE_MS / limit.perMinute - now - MINUTE_MS;
    return wait > EPSILON_MS ? wait : 0;
  }

  #sweep(now: number): void {
    for (const [key, fullAt] of this.#fullAt) if (fullAt <= now) this.#fullAt.delete(key);
    const keep = this.#maxKeys >> 1;
    for (const key of this.#fullAt.keys()) {
      if (this.#fullAt.size <= keep) break;
      this.#fullAt.delete(key);
    }
  }
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
    const wait = this.#buckets.wait(key, this.#limit, this.#clock());
    if (wait > 0) {
      const seconds = retryAfterSeconds(wait);
      throw new RateLimited(`too many failed ${this.#what}; try again in ${seconds} s`, seconds);
    }
  }

  failed(key: string): void {
    this.#buckets.take(key, this.#limit, this.#clock());
  }
}

/** The server-wide limits; see docs/SECURITY.md. */
export interface RateLimitSettings {
  /** Failed authentications a minute per client address, and per token presented. */
  failedAuthPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { failedAuthPerMinute: 30 };

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
  readonly failedAuth: FailedAuthentications;

  constructor(settings: RateLimitSettings = DEFAULT_RATE_LIMITS, clock: () => number = Date.now) {
    this.failedAuth = new FailedAuthentications({ perMinute: settings.failedAuthPerMinute }, clock);
  }
}
