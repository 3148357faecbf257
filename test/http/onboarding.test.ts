import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { startSmtpListener, type Mail } from "../support/receivers.js";
import { browserOf, signIn } from "../support/sessions.js";
import { givenUser } from "../support/users.js";

const PASSWORD = "correct horse battery";
const SETUP_CODE = "ABCD-EFGH-JKMN-PQRS-TVWX";

async function mailTo(mails: Mail[], address: string): Promise<Mail> {
  await expect.poll(() => mails.some((m) => m.to.includes(address)), { timeout: 10_000 }).toBe(true);
  return mails.find((m) => m.to.includes(address))!;
}

/** The link in a mail, its quoted-printable soft line breaks undone. */
const linkIn = (mail: Mail, path: string) =>
  new RegExp(`https?://\\S+/${path}/([A-Za-z0-9_-]{43})`).exec(mail.raw.replace(/=\r?\n/g, ""))?.[1];

describe.each(ENGINES)("first-run setup on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { setupCode: SETUP_CODE });
  });
  afterAll(async () => t.close());

  const setup = (code: string, email: string) =>
    t.call({
      method: "POST",
      url: "/api/v1/setup",
      payload: { code, email, name: "First Admin", password: PASSWORD },
    });

  it("says setup is needed while no user exists, refuses a wrong code, and makes the first admin with the right one", async () => {
    expect((await t.call({ method: "GET", url: "/api/v1/setup" })).data).toEqual({ needed: true });
    const wrong = await setup("AAAA-AAAA-AAAA-AAAA-AAAA", "stranger@example.com");
    expect(wrong.statusCode).toBe(403);
    expect((await t.call({ method: "GET", url: "/api/v1/setup" })).data).toEqual({ needed: true });

    const [first, second] = await Promise.all([
      setup(SETUP_CODE.toLowerCase(), "first@example.com"),
      setup(SETUP_CODE, "racer@example.com"),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    const won = first.statusCode === 201 ? first : second;
    const browser = browserOf(won);
    expect(browser.user.role).toBe("admin");
    const users = await t.store.db.selectFrom("users").select("email").execute();
    expect(users).toEqual([{ email: won.data.email }]);

    expect((await t.call({ method: "GET", url: "/api/v1/setup" })).data).toEqual({ needed: false });
    expect((await setup(SETUP_CODE, "late@example.com")).statusCode).toBe(409);
    const me = await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(me.data.email).toBe(won.data.email);
  });
});

describe.each(ENGINES)("invites and password resets by email on %s", (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let now = Date.UTC(2026, 0, 5, 9);
  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await startTestApp(engine, {
      smtpUrl: smtp.url,
      publicUrl: "https://leads.example.com/",
      clock: () => now,
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invite = (email: string) =>
    t.call({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: { email, name: "Invited", role: "manager" },
    });
  const accept = (token: string, password = PASSWORD) =>
    t.call({ method: "POST", url: `/api/v1/invites/${token}/accept`, payload: { password } });

  it("answers an invite link once and emails it; accepting it sets the password and signs in, once", async () => {
    const created = await invite("invitee@example.com");
    expect(created.statusCode).toBe(201);
    const token = /^https:\/\/leads\.example\.com\/invite\/([A-Za-z0-9_-]{43})$/.exec(
      created.data.inviteUrl,
    )?.[1];
    expect(token).toBeDefined();
    expect(linkIn(await mailTo(smtp.mails, "invitee@example.com"), "invite")).toBe(token);

    const accepted = await accept(token!);
    expect(accepted.statusCode).toBe(200);
    expect(browserOf(accepted).user.email).toBe("invitee@example.com");
    expect((await accept(token!, "another password 2")).statusCode).toBe(404);
    await signIn(t, "invitee@example.com", PASSWORD);
  });

  it("refuses an invite link after it expires", async () => {
    const created = await invite("late.invitee@example.com");
    now += 8 * 86_400_000;
    const token = created.data.inviteUrl.split("/").pop();
    expect((await accept(token)).statusCode).toBe(404);
  });

  it("answers 202 to a reset request for an unknown address and emails nothing", async () => {
    const res = await t.call({
      method: "POST",
      url: "/api/v1/password-reset",
      payload: { email: "ghost@example.com" },
    });
    expect(res.statusCode).toBe(202);
    const known = await givenUser(t, "manager", undefined, PASSWORD);
    await t.call({ method: "POST", url: "/api/v1/password-reset", payload: { email: known.email } });
    await mailTo(smtp.mails, known.email);
    expect(smtp.mails.some((m) => m.to.includes("ghost@example.com"))).toBe(false);
  });

  it("resets a password through the emailed link once, ending the user's other sessions", async () => {
    const user = await givenUser(t, "manager", undefined, PASSWORD);
    const before = await signIn(t, user.email, PASSWORD);
    const asked = await t.call({
      method: "POST",
      url: "/api/v1/password-reset",
      payload: { email: user.email.toUpperCase() },
    });
    expect(asked.statusCode).toBe(202);
    const token = linkIn(await mailTo(smtp.mails, user.email), "reset");
    expect(token).toBeDefined();

    const newPassword = "a brand new password";
    const reset = await t.call({
      method: "POST",
      url: `/api/v1/password-reset/${token}`,
      payload: { password: newPassword },
    });
    expect(reset.statusCode).toBe(200);
    expect(browserOf(reset).user.id).toBe(user.id);
    const old = await t.call({ method: "GET", url: "/api/v1/session", headers: before.reads });
    expect(old.statusCode).toBe(401);
    const oldPassword = await t.call({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: user.email, password: PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    await signIn(t, user.email, newPassword);
    const again = await t.call({
      method: "POST",
      url: `/api/v1/password-reset/${token}`,
      payload: { password: "yet another password" },
    });
    expect(again.statusCode).toBe(404);
  });

  it("refuses a password that is too short, and a malformed token, with 422", async () => {
    const short = await t.call({
      method: "POST",
      url: "/api/v1/invites/abc/accept",
      payload: { password: "short" },
    });
    expect(short.statusCode).toBe(422);
  });
});
