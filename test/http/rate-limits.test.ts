import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenCategory, givenIntake, givenSource, postLead } from "../support/fixtures.js";
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

describe.each(ENGINES)("intake limits per source on %s", (engine) => {
  const clock = aClock();
  /** The server's default in this suite: leads a minute per source without a limit of its own. */
  const DEFAULT = 3;
  let t: TestApp;
  let category: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { rateLimits: { intakePerMinute: DEFAULT }, clock: clock.now });
    category = (await givenCategory(t)).key;
  });
  afterAll(async () => t.close());

  const leadCount = async (source: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads?source=${source}&limit=100`, headers: admin })).data
      .items.length;

  it("refuses a source's leads over its own limit with 429 and Retry-After, and takes them again as it refills", async () => {
    const source = await givenSource(t, category, { rateLimitPerMinute: 2 });
    expect(source).toMatchObject({ rateLimitPerMinute: 2 });
    for (let i = 0; i < 2; i++) expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
    const refused = await postLead(t, source.intakeKey, aLead());
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("30");
    expect(refused.data.error).toMatchObject({
      code: "rate_limited",
      message: `source ${source.key} may post 2 leads a minute; try again in 30 s`,
      retry: true,
    });
    expect(await leadCount(source.key)).toBe(2);
    clock.advance(29_000);
    expect((await postLead(t, source.intakeKey, aLead())).headers["retry-after"]).toBe("1");
    clock.advance(1_000);
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(429);
    expect(await leadCount(source.key)).toBe(3);
  });

  it("gives a source without a limit of its own the server's default, and each source a count of its own", async () => {
    const first = await givenSource(t, category);
    const second = await givenSource(t, category);
    expect(first).toMatchObject({ rateLimitPerMinute: null });
    for (let i = 0; i < DEFAULT; i++)
      expect((await postLead(t, first.intakeKey, aLead())).statusCode).toBe(201);
    expect((await postLead(t, first.intakeKey, aLead())).statusCode).toBe(429);
    expect((await postLead(t, second.intakeKey, aLead())).statusCode).toBe(201);
  });

  it("counts every request that reaches the source, invalid and duplicate leads too", async () => {
    const source = await givenSource(t, category, { rateLimitPerMinute: 2 });
    const lead = aLead();
    expect((await postLead(t, source.intakeKey, lead)).statusCode).toBe(201);
    expect((await postLead(t, source.intakeKey, lead)).statusCode).toBe(409);
    expect((await postLead(t, source.intakeKey, aLead({ creditScore: "high" }))).statusCode).toBe(429);
  });

  it("takes a limit set or cleared by PATCH from the next lead on", async () => {
    const source = await givenSource(t, category);
    const patch = (rateLimitPerMinute: number | null) =>
      t.call({
        method: "PATCH",
        url: `/api/v1/sources/${source.key}`,
        headers: admin,
        payload: { rateLimitPerMinute },
      });
    const limited = await patch(1);
    expect(limited.statusCode).toBe(200);
    expect(limited.data).toMatchObject({ rateLimitPerMinute: 1 });
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(429);
    expect((await patch(null)).data).toMatchObject({ rateLimitPerMinute: null });
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
    const listed = await t.call({ method: "GET", url: "/api/v1/sources", headers: admin });
    expect(listed.data.items.find((s: { key: string }) => s.key === source.key)).toMatchObject({
      rateLimitPerMinute: null,
    });
  });

  it("refuses a limit that is not a whole number from 1 to 1,000,000, naming the field", async () => {
    const source = await givenSource(t, category);
    for (const bad of [0, -5, 2.5, 1_000_001, "60"]) {
      const created = await t.call({
        method: "POST",
        url: "/api/v1/sources",
        headers: admin,
        payload: {
          key: `bad-limit-${String(bad).replace(/\W/g, "")}`,
          name: "x",
          category,
          rateLimitPerMinute: bad,
        },
      });
      expect(created.statusCode, String(bad)).toBe(422);
      expect(created.data.error.details.map((d: { field: string }) => d.field)).toContain(
        "rateLimitPerMinute",
      );
      const patched = await t.call({
        method: "PATCH",
        url: `/api/v1/sources/${source.key}`,
        headers: admin,
        payload: { rateLimitPerMinute: bad },
      });
      expect(patched.statusCode, String(bad)).toBe(422);
    }
    const sources = await t.call({ method: "GET", url: "/api/v1/sources", headers: admin });
    expect(sources.data.items.some((s: { key: string }) => s.key.startsWith("bad-limit-"))).toBe(false);
    expect(sources.data.items.find((s: { key: string }) => s.key === source.key)).toMatchObject({
      rateLimitPerMinute: null,
    });
  });
});
