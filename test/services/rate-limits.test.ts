import { describe, expect, it } from "vitest";
import { RateLimited } from "../../src/domain/errors.js";
import { FailureThrottle, retryAfterSeconds, TokenBuckets } from "../../src/services/rate-limits.js";
import { aClock } from "../support/clock.js";

const SIX_A_MINUTE = 6;

describe("token buckets", () => {
  it("hand out a minute's tokens at once, then one every 60 / perMinute seconds", () => {
    const buckets = new TokenBuckets();
    const t0 = 1_000_000;
    for (let i = 0; i < 6; i++) expect(buckets.take("a", SIX_A_MINUTE, t0)).toBe(0);
    expect(buckets.take("a", SIX_A_MINUTE, t0)).toBe(10_000);
    expect(buckets.take("a", SIX_A_MINUTE, t0 + 4_000)).toBe(6_000);
    expect(buckets.take("a", SIX_A_MINUTE, t0 + 10_000)).toBe(0);
    expect(buckets.take("a", SIX_A_MINUTE, t0 + 10_000)).toBe(10_000);
  });

  it("keep each key's bucket apart", () => {
    const buckets = new TokenBuckets();
    for (let i = 0; i < 6; i++) buckets.take("a", SIX_A_MINUTE, 0);
    expect(buckets.take("a", SIX_A_MINUTE, 0)).toBeGreaterThan(0);
    expect(buckets.take("b", SIX_A_MINUTE, 0)).toBe(0);
  });

  it("never fill past a minute's tokens however long a key stays away", () => {
    const buckets = new TokenBuckets();
    buckets.take("a", SIX_A_MINUTE, 0);
    const later = 3_600_000;
    for (let i = 0; i < 6; i++) expect(buckets.take("a", SIX_A_MINUTE, later)).toBe(0);
    expect(buckets.take("a", SIX_A_MINUTE, later)).toBe(10_000);
  });

  it("say how long until a token without taking it", () => {
    const buckets = new TokenBuckets();
    expect(buckets.wait("a", SIX_A_MINUTE, 0)).toBe(0);
    for (let i = 0; i < 6; i++) buckets.take("a", SIX_A_MINUTE, 0);
    expect(buckets.wait("a", SIX_A_MINUTE, 2_500)).toBe(7_500);
    expect(buckets.wait("a", SIX_A_MINUTE, 2_500)).toBe(7_500);
    expect(buckets.wait("a", SIX_A_MINUTE, 10_000)).toBe(0);
  });

  it("forget full buckets first, then the oldest, to stay within their bound of keys", () => {
    const buckets = new TokenBuckets(4);
    for (let i = 0; i < 6; i++) buckets.take("busy", SIX_A_MINUTE, 0);
    buckets.take("refilled", 60_000, 0);
    buckets.take("old", SIX_A_MINUTE, 1);
    buckets.take("new", SIX_A_MINUTE, 2);
    expect(buckets.size).toBe(4);
    buckets.take("newest", SIX_A_MINUTE, 10);
    expect(buckets.size).toBeLessThanOrEqual(4);
    // "refilled" was full again and went first; "busy", the oldest, went next.
    expect(buckets.wait("busy", SIX_A_MINUTE, 10)).toBe(0);
    for (let i = 0; i < 5; i++) expect(buckets.take("new", SIX_A_MINUTE, 10)).toBe(0);
    expect(buckets.take("new", SIX_A_MINUTE, 10)).toBeGreaterThan(0);
  });

  it("count the tokens taken under an old limit as as many under a new one", () => {
    const buckets = new TokenBuckets();
    for (let i = 0; i < 3; i++) buckets.take("a", SIX_A_MINUTE, 0);
    expect(buckets.wait("a", 3, 0)).toBe(20_000);
    for (let i = 0; i < 9; i++) expect(buckets.take("a", 12, 0)).toBe(0);
    expect(buckets.take("a", 12, 0)).toBe(5_000);
  });

  it("round a wait up to whole seconds, at least one", () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1_000)).toBe(1);
    expect(retryAfterSeconds(1_001)).toBe(2);
  });
});

describe("a failure throttle", () => {
  it("refuses a key once its failures use up a minute's allowance, and forgives one at a time", () => {
    const clock = aClock();
    const throttle = new FailureThrottle({ perMinute: 3 }, clock.now, "sign-in attempts from this address");
    for (let i = 0; i < 3; i++) {
      throttle.check("10.0.0.1");
      throttle.failed("10.0.0.1");
    }
    const refusal = catching(() => throttle.check("10.0.0.1"));
    expect(refusal).toBeInstanceOf(RateLimited);
    expect(refusal).toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 20,
      message: "too many failed sign-in attempts from this address; try again in 20 s",
    });
    expect(() => throttle.check("10.0.0.2")).not.toThrow();
    clock.advance(19_999);
    expect(() => throttle.check("10.0.0.1")).toThrow(RateLimited);
    clock.advance(1);
    expect(() => throttle.check("10.0.0.1")).not.toThrow();
    throttle.failed("10.0.0.1");
    expect(() => throttle.check("10.0.0.1")).toThrow(RateLimited);
  });
});

function catching(f: () => void): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}
