import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, verifyWebhook } from "../../src/domain/delivery/signature.js";
import { DeliveryWorker } from "../../src/services/delivery/worker.js";
import { smtpMailer } from "../../src/services/mailer.js";
import { startScheduler, type Scheduler } from "../../src/services/scheduler.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, postLead } from "../support/fixtures.js";
import { startReceiver, startSmtpListener, type Receiver } from "../support/receivers.js";
import { givenUser } from "../support/users.js";
import { as, givenDesk, givenLead, type Desk } from "../support/work.js";

type SmtpListener = Awaited<ReturnType<typeof startSmtpListener>>;

describe.each(ENGINES)("auto-pause rules on %s", (engine) => {
  let t: TestApp;
  let smtp: SmtpListener;
  let receiver: Receiver;
  let scheduler: Scheduler;
  const errors: unknown[] = [];
  beforeAll(async () => {
    t = await startTestApp(engine);
    smtp = await startSmtpListener();
    receiver = await startReceiver();
    // Its clock stands still: the test says when it runs (`tick` below).
    scheduler = startScheduler(t.store, (e) => errors.push(e), {
      clock: aClock(Date.now()),
      mailer: smtpMailer(smtp.url),
    });
  });
  afterAll(async () => {
    await scheduler.stop();
    await receiver.stop();
    await smtp.close();
    await t.close();
  });

  /** Runs the scheduler once, each time a minute on (and never behind the wall clock). */
  let at = 0;
  const tick = () => scheduler.tick((at = Math.max(at + 60_000, Date.now())));
  const patchSource = (key: string, payload: Record<string, unknown>, headers = admin) =>
    t.call({ method: "PATCH", url: `/api/v1/sources/${key}`, headers, payload });
  const sourceOf = async (desk: Desk) =>
    ((await as(t)("GET", "/api/v1/sources")).data.items as Record<string, any>[]).find(
      (s) => s.intakeKey === desk.intakeKey,
    )!;
  const giveBack = async (desk: Desk, id: string) => {
    const res = await t.call({
      method: "POST",
      url: `/api/v1/leads/${id}/return`,
      headers: desk.users[0]!.headers,
      payload: { reason: "Wrong number" },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** A buyer's desk whose source pauses when more than 40% of its last 10 leads come back, with 10 leads. */
  const givenRuledDesk = async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { key } = await sourceOf(desk);
    const patched = await patchSource(key, { autoPause: { maxReturnRate: 40, lastLeads: 10 } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.data.autoPause).toEqual({ maxReturnRate: 40, lastLeads: 10, minLeads: 10 });
    const leads = [];
    for (let i = 0; i < 10; i++) leads.push((await givenLead(t, desk)).id);
    return { desk, key: key as string, leads };
  };

  it("pauses a source once more of its last leads come back than its rule allows, and says why to the webhook and the admins", async () => {
    const boss = await givenUser(t, "admin");
    const subscribed = await as(t)("POST", "/api/v1/webhooks", {
      url: receiver.url,
      events: ["source_paused"],
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    const { desk, key, leads } = await givenRuledDesk();

    for (const id of leads.slice(0, 4)) await giveBack(desk, id);
    await tick();
    // 4 of 10 is 40%: not more than the limit.
    expect((await sourceOf(desk)).enabled).toBe(true);

    // A buyer saying a lead is bad counts as a return: 5 of the last 10 is 50%.
    const bad = await as(t)("POST", `/api/v1/leads/${leads[4]}/outcome`, { outcome: "bad", reason: "Fake" });
    expect(bad.statusCode, bad.body).toBe(200);
    const paused = await sourceOf(desk);
    expect(paused).toMatchObject({
      enabled: false,
      paused: {
        reason: "5 of the last 10 leads came back (50%), more than 40%",
        leads: 10,
        returned: 5,
        returnRate: 50,
        rule: { maxReturnRate: 40, lastLeads: 10, minLeads: 10 },
      },
    });
    const refused = await postLead(t, desk.intakeKey, aLead());
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain(`source ${key} is disabled`);

    const audit = await as(t)("GET", `/api/v1/audit?entity=source&key=${key}`);
    expect(audit.data.items[0]).toMatchObject({
      actor: "auto-pause",
      action: "pause",
      after: { enabled: false, paused: { returned: 5, leads: 10, returnRate: 50 } },
    });

    await new DeliveryWorker(t.store, { random: () => 0 }).tick();
    expect(receiver.received).toHaveLength(1);
    const [hook] = receiver.received;
    expect(hook!.headers["carousel-event"]).toBe("source_paused");
    expect(
      verifyWebhook(
        subscribed.data.secret,
        String(hook!.headers[SIGNATURE_HEADER]),
        hook!.body,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(true);
    expect(JSON.parse(hook!.body)).toMatchObject({
      type: "source_paused",
      source: { key, category: desk.category },
      data: { returned: 5, leads: 10, returnRate: 50, reason: paused.paused.reason },
    });

    await tick();
    await tick();
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toContain(boss.email);
    // The body is quoted-printable: its soft line breaks are taken out to read it.
    const text = smtp.mails[0]!.raw.replace(/=\r\n/g, "");
    expect(text).toContain(`Subject: Source Landing page (${key}) was paused by its rule`);
    expect(text).toContain("Why: 5 of the last 10 leads came back (50%), more than 40%.");
    expect(errors).toEqual([]);
  });

  it("resumes a paused source, whose rule then counts only the leads that came after", async () => {
    const { desk, key, leads } = await givenRuledDesk();
    for (const id of leads.slice(0, 5)) await giveBack(desk, id);
    expect((await sourceOf(desk)).enabled).toBe(false);

    const resumed = await patchSource(key, { enabled: true });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.data).toMatchObject({ enabled: true, paused: null });
    expect((await postLead(t, desk.intakeKey, aLead())).statusCode).toBe(201);
    // The old leads still come back, but they were the evidence for the pause already.
    for (const id of leads.slice(5, 8)) await giveBack(desk, id);
    await tick();
    expect((await sourceOf(desk)).enabled).toBe(true);
    expect((await postLead(t, desk.intakeKey, aLead())).statusCode).toBe(201);
    expect(errors).toEqual([]);
  });

  it("pauses, at the scheduler's next run, a source already past the limit of a rule just set", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { key } = await sourceOf(desk);
    const leads = [];
    for (let i = 0; i < 4; i++) leads.push((await givenLead(t, desk)).id);
    for (const id of leads.slice(0, 2)) await giveBack(desk, id);
    expect(
      (await patchSource(key, { autoPause: { maxReturnRate: 25, lastLeads: 20, minLeads: 4 } })).statusCode,
    ).toBe(200);
    expect((await sourceOf(desk)).enabled).toBe(true);
    await tick();
    expect((await sourceOf(desk)).paused).toMatchObject({ leads: 4, returned: 2, returnRate: 50 });
    expect((await postLead(t, desk.intakeKey, aLead())).statusCode).toBe(403);
  });

  it("refuses a rule out of range, or judging on more leads than it reads, with 422, and anyone but staff with 403", async () => {
    const desk = await givenDesk(t, ["partner"]);
    const { key } = await sourceOf(desk);
    for (const autoPause of [
      { maxReturnRate: 101, lastLeads: 10 },
      { maxReturnRate: -1, lastLeads: 10 },
      { maxReturnRate: 40, lastLeads: 0 },
      { maxReturnRate: 40, lastLeads: 10.5 },
      { maxReturnRate: 40, lastLeads: 10, minLeads: 11 },
      { maxReturnRate: 40 },
      { maxReturnRate: 40, lastLeads: 10, since: 0 },
    ]) {
      const res = await patchSource(key, { autoPause });
      expect(res.statusCode, JSON.stringify(autoPause)).toBe(422);
    }
    const wrong = await patchSource(key, { autoPause: { maxReturnRate: 40, lastLeads: 10, minLeads: 11 } });
    expect(wrong.data.error.details[0]).toMatchObject({ field: "autoPause.minLeads" });
    expect(
      (await patchSource(key, { autoPause: { maxReturnRate: 40, lastLeads: 10 } }, desk.users[0]!.headers))
        .statusCode,
    ).toBe(403);
    expect((await sourceOf(desk)).autoPause).toBeNull();
  });

  /** A buyer's desk with 10 leads of its source, 5 of them given back; its source has no rule yet. */
  const givenHalfReturned = async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { key } = await sourceOf(desk);
    const leads = [];
    for (let i = 0; i < 10; i++) leads.push((await givenLead(t, desk)).id);
    for (const id of leads.slice(0, 5)) await giveBack(desk, id);
    return { desk, key: key as string };
  };
  const patchCategory = (key: string, payload: Record<string, unknown>, headers = admin) =>
    t.call({ method: "PATCH", url: `/api/v1/categories/${key}`, headers, payload });

  it("pauses a source without a rule of its own by its category's default rule, and says whose rule it was", async () => {
    const { desk } = await givenHalfReturned();
    const manager = await givenUser(t, "manager");
    const set = await patchCategory(
      desk.category,
      { autoPause: { maxReturnRate: 40, lastLeads: 10 } },
      manager.headers,
    );
    expect(set.statusCode, set.body).toBe(200);
    expect(set.data.autoPause).toEqual({ maxReturnRate: 40, lastLeads: 10, minLeads: 10 });
    expect((await sourceOf(desk)).autoPause).toBeNull();
    await tick();
    expect(await sourceOf(desk)).toMatchObject({
      enabled: false,
      paused: {
        reason: `5 of the last 10 leads came back (50%), more than 40% (the default rule of category ${desk.category})`,
        rule: { maxReturnRate: 40, lastLeads: 10, minLeads: 10 },
      },
    });
  });

  it("judges a source by its own rule over its category's default, and not at all when it opted out with none", async () => {
    const own = await givenHalfReturned();
    const optedOut = await givenHalfReturned();
    expect((await patchSource(own.key, { autoPause: { maxReturnRate: 60, lastLeads: 10 } })).statusCode).toBe(
      200,
    );
    const none = await patchSource(optedOut.key, { autoPause: "none" });
    expect(none.statusCode, none.body).toBe(200);
    expect(none.data.autoPause).toBe("none");
    for (const desk of [own.desk, optedOut.desk])
      expect(
        (await patchCategory(desk.category, { autoPause: { maxReturnRate: 10, lastLeads: 10 } })).statusCode,
      ).toBe(200);
    await tick();
    expect((await sourceOf(own.desk)).enabled).toBe(true);
    expect((await sourceOf(optedOut.desk)).enabled).toBe(true);
    // Back to the category's default: the next judgement pauses it.
    expect((await patchSource(optedOut.key, { autoPause: null })).statusCode).toBe(200);
    await tick();
    expect((await sourceOf(optedOut.desk)).enabled).toBe(false);
  });

  it("refuses a category default judging on more leads than it reads with 422 naming the field, and changes nothing", async () => {
    const { desk } = await givenHalfReturned();
    const wrong = await patchCategory(desk.category, {
      name: "Renamed",
      autoPause: { maxReturnRate: 40, lastLeads: 10, minLeads: 20 },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.data.error.details.map((d: { field: string }) => d.field)).toEqual(["autoPause.minLeads"]);
    const out = await patchCategory(desk.category, { autoPause: { maxReturnRate: 140, lastLeads: 10 } });
    expect(out.statusCode).toBe(422);
    expect(out.data.error.details[0].field).toBe("autoPause.maxReturnRate");
    const category = await t.call({
      method: "GET",
      url: `/api/v1/categories/${desk.category}`,
      headers: admin,
    });
    expect(category.data).toMatchObject({ autoPause: null });
    expect(category.data.name).not.toBe("Renamed");
  });
});
