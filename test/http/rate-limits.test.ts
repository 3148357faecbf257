import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake } from "../support/fixtures.js";
import { givenUser } from "../support/users.js";

/** Three failures a minute: one is forgiven every 20 s. */
const FAILURES = 3;

describe.each(ENGINES)("failed authentication limits on %s", (engine) => {
  const clock = aClock();
  let t: TestApp;
  let address = 0;
  /** A client address no other test has used. */
  const newAddress = () => `10.1.0.${++address}`;

  beforeAll(async () => {
    t = await startTestApp(engine, { rateLimits: { failedAuthPerMinute: FAILURES }, clock: clock.now });
  });
  afterAll(async () => t.close());

  const listSources = (from: string, headers: Record<string, string> = {}) =>
    t.call({ method: "GET", url: "/api/v1/sources", headers, remoteAddress: from });
  const wrongToken = (n: number | string) => ({ authorization: `Bearer crsl_wrong_${n}` });

  it("refuses an address with 429 and Retry-After once its wrong tokens use up the allowance, even with a valid token", async () => {
    const from = newAddress();
    for (let i = 0; i < FAILURES; i++) expect((await listSources(from, wrongToken(i))).statusCode).toBe(401);
    const refused = await listSources(from, admin);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("20");
    expect(refused.data).toEqual({
      error: {
        code: "rate_limited",
        message: "too many failed authentications from this address; try again in 20 s",
        details: [],
        requestId: expect.any(String),
        retry: true,
      },
    });
    expect((await listSources(newAddress(), admin)).statusCode).toBe(200);
  });

  it("forgives one failure every 60 / limit seconds on the clock", async () => {
    const from = newAddress();
    for (let i = 0; i < FAILURES; i++) await listSources(from, wrongToken(i));
    clock.advance(19_000);
    const stillRefused = await listSources(from, admin);
    expect(stillRefused.statusCode).toBe(429);
    expect(stillRefused.headers["retry-after"]).toBe("1");
    clock.advance(1_000);
    expect((await listSources(from, admin)).statusCode).toBe(200);
    expect((await listSources(from, wrongToken("again"))).statusCode).toBe(401);
    expect((await listSources(from, admin)).statusCode).toBe(429);
  });

  it("refuses a wrong token tried from many addresses once it has failed as often as the limit", async () => {
    const token = wrongToken("spread");
    for (let i = 0; i < FAILURES; i++) expect((await listSources(newAddress(), token)).statusCode).toBe(401);
    const refused = await listSources(newAddress(), token);
    expect(refused.statusCode).toBe(429);
    expect(refused.data.error.message).toBe(
      "too many failed authentications with this token; try again in 20 s",
    );
  });

  it("does not count requests that present no credential, nor a valid token used for a forbidden route", async () => {
    const from = newAddress();
    const manager = await givenUser(t, "manager");
    const createUser = (headers: Record<string, string> = {}) =>
      t.call({ method: "POST", url: "/api/v1/users", headers, payload: {}, remoteAddress: from });
    for (let i = 0; i < FAILURES + 2; i++) {
      expect((await listSources(from)).statusCode).toBe(401);
      expect((await createUser(manager.headers)).statusCode).toBe(403);
    }
    expect((await listSources(from, admin)).statusCode).toBe(200);
  });

  it("counts wrong intake keys against the address, and refuses its leads before looking at their keys", async () => {
    const { source } = await givenIntake(t);
    const from = newAddress();
    const post = (key: string): InjectOptions => ({
      method: "POST",
      url: "/api/v1/leads",
      headers: { "x-intake-key": key },
      payload: aLead(),
      remoteAddress: from,
    });
    for (let i = 0; i < FAILURES; i++) expect((await t.call(post(`ik_wrong_${i}`))).statusCode).toBe(401);
    const refused = await t.call(post(source.intakeKey));
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("20");
    expect((await listSources(from, admin)).statusCode).toBe(429);
    clock.advance(20_000);
    expect((await t.call(post(source.intakeKey))).statusCode).toBe(201);
  });

  it("documents 429 on every route that checks its caller", async () => {
    const doc = (await t.call({ method: "GET", url: "/openapi.json" })).data;
    const operations = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((p) =>
      Object.values(p),
    );
    const withBearer = operations.filter((op) => op.security?.some((s: object) => "bearer" in s));
    expect(withBearer.length).toBeGreaterThan(10);
    for (const op of withBearer) expect(Object.keys(op.responses), op.summary).toContain("429");
    expect(Object.keys(doc.paths["/api/v1/leads"].post.responses)).toContain("429");
  });
});
