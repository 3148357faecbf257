import { describe, expect, it } from "vitest";
import { configFromEnv } from "../../src/config.js";

describe("settings from the environment", () => {
  it("keeps 16 deliveries on the wire unless CAROUSEL_DELIVERY_CONCURRENCY says otherwise", () => {
    expect(configFromEnv({}).deliveryConcurrency).toBe(16);
    expect(configFromEnv({ CAROUSEL_DELIVERY_CONCURRENCY: "64" }).deliveryConcurrency).toBe(64);
  });

  it("refuses a delivery concurrency that is not a whole number from 1 to 1000", () => {
    for (const bad of ["0", "-3", "2.5", "many", "1001"])
      expect(() => configFromEnv({ CAROUSEL_DELIVERY_CONCURRENCY: bad }), bad).toThrow(
        /CAROUSEL_DELIVERY_CONCURRENCY/,
      );
  });

  it("allows 30 failed authentications a minute per address and token unless CAROUSEL_AUTH_FAILURE_LIMIT says otherwise", () => {
    expect(configFromEnv({}).failedAuthPerMinute).toBe(30);
    expect(configFromEnv({ CAROUSEL_AUTH_FAILURE_LIMIT: "5" }).failedAuthPerMinute).toBe(5);
    for (const bad of ["0", "-1", "1.5", "lots"])
      expect(() => configFromEnv({ CAROUSEL_AUTH_FAILURE_LIMIT: bad }), bad).toThrow(
        /CAROUSEL_AUTH_FAILURE_LIMIT/,
      );
  });

  it("lets a source without a limit of its own post 6,000 leads a minute unless CAROUSEL_INTAKE_RATE_LIMIT says otherwise", () => {
    expect(configFromEnv({}).intakePerMinute).toBe(6000);
    expect(configFromEnv({ CAROUSEL_INTAKE_RATE_LIMIT: "600" }).intakePerMinute).toBe(600);
    for (const bad of ["0", "1000001", "1e3.5", "fast"])
      expect(() => configFromEnv({ CAROUSEL_INTAKE_RATE_LIMIT: bad }), bad).toThrow(
        /CAROUSEL_INTAKE_RATE_LIMIT/,
      );
  });
});
