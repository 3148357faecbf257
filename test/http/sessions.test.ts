import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/http/server.js";
import { hashSecret } from "../../src/services/auth.js";
import { admin, ADMIN_TOKEN, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { signIn } from "../support/sessions.js";
import { givenUser } from "../support/users.js";

const PASSWORD = "correct horse battery";
const MINUTE = 60_000;

describe.each(ENGINES)("signing in with a session on %s", (engine) => {
  let t: TestApp;
  let now = Date.UTC(2026, 0, 5, 9);
  beforeAll(async () => {
    t = await startTestApp(engine, { clock: () => now, sessionIdleMinutes: 30, trustProxy: true });
  });
  afterAll(async () => t.close());

  it("signs in a user created with a password, who is then known by GET /session and reads the API with the cookie", async () => {
    const manager = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, manager.email, PASSWORD);
    expect(browser.user).toMatchObject({
      id: manager.id,
      email: manager.email,
      role: "manager",
      recipient: null,
    });
    expect(browser.csrfToken).toMatch(/^[0-9a-f]{64}$/);

    const me = await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(me.statusCode).toBe(200);
    expect(me.data).toMatchObject({ id: manager.id, csrfToken: browser.csrfToken });
    const sources = await t.call({ method: "GET", url: "/api/v1/sources", headers: browser.reads });
    expect(sources.statusCode).toBe(200);
  });

  it("answers 401 to a signed-out GET /session", async () => {
    const res = await t.call({ method: "GET", url: "/api/v1/session" });
    expect(res.statusCode).toBe(401);
    expect(res.data.error.code).toBe("unauthorized");
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const wrongPassword = await t.call({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: user.email, password: "not the password" },
    });
    const unknownEmail = await t.call({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "nobody@example.com", password: PASSWORD },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.data.error.message).toBe(unknownEmail.data.error.message);
    expect(wrongPassword.headers["set-cookie"]).toBeUndefined();
  });

  it("does not sign in a user who has no password yet", async () => {
    const invited = await givenUser(t, "manager");
    const res = await t.call({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: invited.email, password: "" + PASSWORD },
    });
    expect(res.statusCode).toBe(401);
  });

  it("needs the session's CSRF token on a write made with the cookie, and none on a bearer write", async () => {
    const manager = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, manager.email, PASSWORD);
    const createCategory = (key: string, headers: Record<string, string>) =>
      t.call({ method: "POST", url: "/api/v1/categories", headers, payload: { key, name: key } });

    expect((await createCategory("csrf-missing", browser.reads)).statusCode).toBe(403);
    const wrongToken = { ...browser.reads, "x-csrf-token": "0".repeat(64) };
    expect((await createCategory("csrf-wrong", wrongToken)).statusCode).toBe(403);
    const listed = await t.call({ method: "GET", url: "/api/v1/categories", headers: admin });
    expect(listed.data.items.map((c: { key: string }) => c.key)).not.toContain("csrf-missing");

    expect((await createCategory("csrf-given", browser.writes)).statusCode).toBe(201);
    expect((await createCategory("bearer-write", manager.headers)).statusCode).toBe(201);
  });

  it("signs out by revoking the session in the database, so the cookie stops working", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, user.email, PASSWORD);
    const refused = await t.call({ method: "DELETE", url: "/api/v1/session", headers: browser.reads });
    expect(refused.statusCode).toBe(403);
    const out = await t.call({ method: "DELETE", url: "/api/v1/session", headers: browser.writes });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(/^carousel_session=;.*Max-Age=0/);
    const row = await t.store.db
      .selectFrom("sessions")
      .select("revoked_at")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBe(now);
    const after = await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(after.statusCode).toBe(401);
  });

  it("stores only a hash of the session id", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, user.email, PASSWORD);
    const id = browser.cookie.split("=")[1]!;
    const rows = await t.store.db.selectFrom("sessions").selectAll().where("user_id", "=", user.id).execute();
    expect(rows.map((r) => r.id_hash)).toEqual([hashSecret(id)]);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it("ends a session after the idle time, while requests within it keep it alive", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, user.email, PASSWORD);
    const seen = async () =>
      (await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads })).statusCode;
    now += 20 * MINUTE;
    expect(await seen()).toBe(200);
    now += 20 * MINUTE;
    expect(await seen(), "40 minutes after sign-in, 20 after the last request").toBe(200);
    now += 31 * MINUTE;
    expect(await seen(), "31 idle minutes").toBe(401);
  });

  it("writes the last-seen time at most once a minute", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, user.email, PASSWORD);
    const signedInAt = now;
    const lastSeen = async () =>
      (
        await t.store.db
          .selectFrom("sessions")
          .select("last_seen_at")
          .where("user_id", "=", user.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    now += 30_000;
    await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(await lastSeen()).toBe(signedInAt);
    now += 30_000;
    await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(await lastSeen()).toBe(now);
  });

  it("sets the cookie HttpOnly, SameSite=Lax and Path=/, and Secure only when the request came over TLS", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const payload = { email: user.email, password: PASSWORD };
    const plain = await t.call({ method: "POST", url: "/api/v1/session", payload });
    const cookie = String(plain.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const proxied = await t.call({
      method: "POST",
      url: "/api/v1/session",
      headers: { "x-forwarded-proto": "https" },
      payload,
    });
    expect(String(proxied.headers["set-cookie"])).toMatch(/; Secure/);
  });

  it("keeps sessions in the database, so they hold on another server process over the same store", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, user.email, PASSWORD);
    const other = await buildServer({ store: t.store, adminToken: ADMIN_TOKEN, clock: () => now });
    try {
      const res = await other.inject({ method: "GET", url: "/api/v1/session", headers: browser.reads });
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBe(user.id);
    } finally {
      await other.close();
    }
  });

  it("ends a disabled user's sessions at once and signs it in no more", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const browser = await signIn(t, user.email, PASSWORD);
    const disabled = await t.call({
      method: "PATCH",
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { disabled: true },
    });
    expect(disabled.statusCode).toBe(200);
    const me = await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(me.statusCode).toBe(401);
    const again = await t.call({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: user.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(401);
  });

  it("lets the cookie's holder act only within the user's role", async () => {
    const agentUser = await givenUser(t, "agent", "some-agent", PASSWORD);
    const browser = await signIn(t, agentUser.email, PASSWORD);
    const res = await t.call({ method: "GET", url: "/api/v1/sources", headers: browser.reads });
    expect(res.statusCode).toBe(403);
  });
});

describe.each(ENGINES)("throttling failed sign-ins on %s", (engine) => {
  let t: TestApp;
  let now = Date.UTC(2026, 0, 5, 9);
  beforeAll(async () => {
    t = await startTestApp(engine, { clock: () => now });
  });
  afterAll(async () => t.close());

  const attempt = (email: string, password: string, address = "203.0.113.7") =>
    t.call({ method: "POST", url: "/api/v1/session", remoteAddress: address, payload: { email, password } });

  it("answers 429 with Retry-After after five failures for one account in a minute, even with the right password, until one is forgiven", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    for (let i = 0; i < 5; i++) expect((await attempt(user.email, "wrong password")).statusCode).toBe(401);
    const throttled = await attempt(user.email, PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.data.error.code).toBe("rate_limited");
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
    now += 13_000;
    expect((await attempt(user.email, PASSWORD)).statusCode).toBe(200);
  });

  it("throttles one client address that tries many emails", async () => {
    for (let i = 0; i < 30; i++)
      expect((await attempt(`guess${i}@example.com`, "wrong password", "198.51.100.9")).statusCode).toBe(401);
    expect((await attempt("guess-next@example.com", "wrong password", "198.51.100.9")).statusCode).toBe(429);
    expect((await attempt("guess-next@example.com", "wrong password", "198.51.100.10")).statusCode).toBe(401);
  });
});
