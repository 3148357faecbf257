import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNurture, type Nurture } from "../../src/services/nurture.js";
import { BOOTSTRAP } from "../../src/services/audit.js";
import { enrolByHand } from "../../src/services/sequences.js";
import { admin, suiteTestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";

const SENDER = {
  name: "Sunny Roofs",
  email: "hello@sunny.example",
  postalAddress: "1 Main St, Des Moines, IA 50309",
};
const SECOND = 1000;
const HOUR = 3_600_000;
/** Monday 5 January 2026, 12:00 UTC: 07:00 in New York, 04:00 in Los Angeles. */
const MONDAY_NOON_UTC = Date.UTC(2026, 0, 5, 12);

interface Received {
  to: string;
  at: number;
}

const PUBLIC_URL = "https://carousel.example";

/** A mail server that takes every message but refuses, for good (550), the addresses in `refuse`. */
async function mailServer(now: () => number) {
  const received: Received[] = [];
  const raw: string[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = new Error("5.1.1 no such mailbox") as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        raw.push(Buffer.concat(chunks).toString("utf8"));
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, at: now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    raw,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(ENGINES)("nurture timing, exits and bounces on %s", (engine) => {
  const t = suiteTestApp(engine);
  const clock = aClock(MONDAY_NOON_UTC);
  let smtp: Awaited<ReturnType<typeof mailServer>>;
  let nurture: Nurture;
  const call = (method: "GET" | "POST" | "PUT", url: string, payload?: Record<string, unknown>) =>
    t.call({ method, url, headers: admin, ...(payload ? { payload } : {}) });
  const pass = () => nurture.pass(undefined, { clock });

  beforeAll(async () => {
    smtp = await mailServer(() => clock.now());
    nurture = makeNurture(t.store, { smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    expect((await call("PUT", "/api/v1/settings/mail", SENDER)).statusCode).toBe(200);
    await call("POST", "/api/v1/templates", {
      key: "note",
      name: "Note",
      subject: "A note",
      html: "<p>Hi</p>",
    });
  });
  afterAll(async () => {
    nurture.close();
    await smtp.close();
  });

  const givenSequence = async (key: string, extra: Record<string, unknown> = {}) => {
    const res = await call("POST", "/api/v1/sequences", {
      key,
      name: key,
      enroll: {},
      exit: {},
      steps: [{ type: "email", template: "note" }],
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const givenEnrolled = async (sequence: string, overrides: Record<string, unknown>) => {
    const { source } = await givenIntake(t);
    const lead = await postLead(t, source.intakeKey, aLead(overrides));
    expect(lead.statusCode, lead.body).toBe(201);
    await enrolByHand(t.store, BOOTSTRAP, sequence, lead.data.id, clock.now());
    return lead.data.id as string;
  };
  const sentTo = (email: string) => smtp.received.filter((r) => r.to === email);
  const enrolmentOf = async (leadId: string) =>
    (await call("GET", `/api/v1/leads/${leadId}/enrolments`)).data.items[0];

  it("sends nothing outside the window, and sends at the window's opening in each lead's time zone", async () => {
    await givenSequence("office-hours", {
      window: { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" },
    });
    const east = `east.${Date.now()}@example.com`;
    const west = `west.${Date.now()}@example.com`;
    const eastId = await givenEnrolled("office-hours", { email: east, state: "NY", zip: "10001" });
    const westId = await givenEnrolled("office-hours", { email: west, state: "CA", zip: "94103" });

    await pass();
    expect(smtp.received.filter((r) => r.to === east || r.to === west)).toEqual([]);
    // 09:00 in New York is 14:00 UTC; in Los Angeles, 17:00 UTC.
    expect(Date.parse((await enrolmentOf(eastId)).nextAt)).toBe(MONDAY_NOON_UTC + 2 * HOUR);
    expect(Date.parse((await enrolmentOf(westId)).nextAt)).toBe(MONDAY_NOON_UTC + 5 * HOUR);

    await clock.advance(2 * HOUR - SECOND);
    await pass();
    expect(sentTo(east)).toEqual([]);
    await clock.advance(SECOND);
    await pass();
    expect(sentTo(east)).toEqual([{ to: east, at: MONDAY_NOON_UTC + 2 * HOUR }]);
    expect(sentTo(west)).toEqual([]);

    await clock.advance(3 * HOUR);
    await pass();
    expect(sentTo(west)).toEqual([{ to: west, at: MONDAY_NOON_UTC + 5 * HOUR }]);
    expect(sentTo(east)).toHaveLength(1);
  });

  it("an unsubscribe, a suppression or a stage change in the second a step falls due stops it", async () => {
    await givenSequence("same-second", {
      steps: [
        { type: "wait", seconds: 60 },
        { type: "email", template: "note" },
      ],
    });
    const stamp = Date.now();
    const emails = {
      kept: `kept.${stamp}@example.com`,
      suppressed: `gone.${stamp}@example.com`,
      won: `won.${stamp}@example.com`,
    };
    const ids = {
      kept: await givenEnrolled("same-second", { email: emails.kept }),
      suppressed: await givenEnrolled("same-second", { email: emails.suppressed }),
      won: await givenEnrolled("same-second", { email: emails.won }),
    };
    await pass();
    await clock.advance(60 * SECOND);
    // The step is due now; these land before the scheduler's transaction that would run it.
    const listed = await call("POST", "/api/v1/suppressions", {
      kind: "email",
      values: [emails.suppressed],
      reason: "unsubscribed",
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const moved = await call("POST", `/api/v1/leads/${ids.won}/stage`, { stage: "won", revenue: 100 });
    expect(moved.statusCode, moved.body).toBe(200);
    await pass();

    expect(sentTo(emails.kept)).toHaveLength(1);
    expect(sentTo(emails.suppressed)).toEqual([]);
    expect(sentTo(emails.won)).toEqual([]);
    expect(await enrolmentOf(ids.suppressed)).toMatchObject({ status: "exited", exitReason: "suppressed" });
    expect(await enrolmentOf(ids.won)).toMatchObject({ status: "exited", exitReason: "stage" });
  });

  it("a permanent SMTP failure suppresses the address and ends the lead's enrolment", async () => {
    await givenSequence("bouncing", {
      steps: [
        { type: "email", template: "note" },
        { type: "wait", seconds: 60 },
        { type: "email", template: "note" },
      ],
    });
    const email = `nobody.${Date.now()}@example.com`;
    smtp.refuse.add(email);
    const leadId = await givenEnrolled("bouncing", { email });
    await pass();
    expect(await enrolmentOf(leadId)).toMatchObject({ status: "exited", exitReason: "bounced" });
    const listed = await call("GET", `/api/v1/suppressions?kind=email&q=${encodeURIComponent(email)}`);
    expect(listed.data.items).toMatchObject([{ value: email }]);
    expect(listed.data.items[0].reason).toContain("hard bounce");
    smtp.refuse.delete(email);
    await clock.advance(120 * SECOND);
    await pass();
    expect(sentTo(email)).toEqual([]);
  });

  it("an email carries a one-click unsubscribe link, and following it stops the lead's next step", async () => {
    await givenSequence("tracked", {
      steps: [
        { type: "email", template: "note" },
        { type: "wait", seconds: 60 },
        { type: "email", template: "note" },
      ],
    });
    const email = `tracked.${Date.now()}@example.com`;
    const leadId = await givenEnrolled("tracked", { email });
    await pass();
    expect(sentTo(email)).toHaveLength(1);
    const raw = smtp.raw.find((m) => m.includes(email))!;
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
    const unsubscribe = unfolded.match(/^List-Unsubscribe: <([^>]+)>/m)![1]!.replace(/\s+/g, "");
    expect(unsubscribe.startsWith(`${PUBLIC_URL}/u/`)).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.html).toContain(`${PUBLIC_URL}/t/o/`);
    expect(mail.text).toContain(`Unsubscribe: ${unsubscribe}`);

    const oneClick = await t.call({
      method: "POST",
      url: unsubscribe.slice(PUBLIC_URL.length),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.statusCode, oneClick.body).toBe(200);
    await clock.advance(60 * SECOND);
    await pass();
    expect(sentTo(email)).toHaveLength(1);
    expect(await enrolmentOf(leadId)).toMatchObject({ status: "exited" });
  });

  it("sends no email while the server has no public URL for its unsubscribe link", async () => {
    await givenSequence("no-public-url");
    const email = `unlinked.${Date.now()}@example.com`;
    await givenEnrolled("no-public-url", { email });
    const unlinked = makeNurture(t.store, { smtpUrl: smtp.url });
    try {
      await unlinked.pass(undefined, { clock });
    } finally {
      unlinked.close();
    }
    expect(sentTo(email)).toEqual([]);
  });
});
