import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordBehavior } from "../../src/services/behavior.js";
import { makeNurture, type Nurture } from "../../src/services/nurture.js";
import { recomputeDueBands } from "../../src/services/score-bands.js";
import { bandDueOf } from "../../src/store/queries/score-history.js";
import { admin, suiteTestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { startSmtpListener } from "../support/receivers.js";
import { ADMIN } from "../support/work.js";

const SENDER = {
  name: "Sunny Roofs",
  email: "hello@sunny.example",
  postalAddress: "1 Main St, Des Moines, IA 50309",
};
const SECOND = 1000;

describe.each(ENGINES)("nurture sequences on %s", (engine) => {
  const t = suiteTestApp(engine);
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  let nurture: Nurture;
  const call = (
    method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT",
    url: string,
    payload?: Record<string, unknown>,
  ) => t.call({ method, url, headers: admin, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    smtp = await startSmtpListener();
    nurture = makeNurture(t.store, {
      smtpUrl: smtp.url,
      leaseMs: 5_000,
      publicUrl: "https://carousel.example",
    });
    expect((await call("PUT", "/api/v1/settings/mail", SENDER)).statusCode).toBe(200);
    for (const key of ["hello", "nudge", "last"])
      expect(
        (
          await call("POST", "/api/v1/templates", {
            key,
            name: key,
            subject: `${key} {{ lead.firstName }}`,
            html: `<p>${key}, {{ lead.firstName }}</p>`,
          })
        ).statusCode,
      ).toBe(201);
  });
  afterAll(async () => {
    nurture.close();
    await smtp.close();
  });

  const threeSteps = (key: string, extra: Record<string, unknown> = {}) => ({
    key,
    name: `Three emails ${key}`,
    enroll: {},
    exit: {},
    steps: [
      { type: "email", template: "hello" },
      { type: "wait", seconds: 60 },
      { type: "email", template: "nudge" },
      { type: "wait", seconds: 60 },
      { type: "email", template: "last" },
    ],
    ...extra,
  });
  const givenLeadId = async (overrides: Record<string, unknown> = {}) => {
    const { source } = await givenIntake(t);
    const res = await postLead(t, source.intakeKey, aLead(overrides));
    expect(res.statusCode, res.body).toBe(201);
    return res.data.id as string;
  };
  const mailsTo = async (address: string) =>
    Promise.all(smtp.mails.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));

  it("stores a sequence, lists it, reads it, and a change is a new version in the audit log", async () => {
    const created = await call("POST", "/api/v1/sequences", threeSteps("welcome"));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({ key: "welcome", version: 1, window: null, dailyLimit: null });
    expect((await call("GET", "/api/v1/sequences")).data.items.map((s: { key: string }) => s.key)).toContain(
      "welcome",
    );
    const patched = await call("PATCH", "/api/v1/sequences/welcome", { name: "Welcome", dailyLimit: 500 });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.data).toMatchObject({ version: 2, name: "Welcome", dailyLimit: 500 });
    expect((await call("GET", "/api/v1/sequences/welcome")).data.version).toBe(2);
    const audit = await t.call({
      method: "GET",
      url: "/api/v1/audit",
      headers: admin,
      query: { entity: "sequence" },
    });
    expect(audit.data.items.map((e: { action: string }) => e.action)).toEqual(["update", "create"]);
    expect((await call("POST", "/api/v1/sequences", threeSteps("welcome"))).statusCode).toBe(409);
  });

  it("lists every version newest first, each with when, who and the steps it had", async () => {
    await call("POST", "/api/v1/sequences", threeSteps("versioned"));
    const shorter = [{ type: "email", template: "hello" }];
    expect((await call("PATCH", "/api/v1/sequences/versioned", { steps: shorter })).statusCode).toBe(200);
    const history = await call("GET", "/api/v1/sequences/versioned/versions");
    expect(history.statusCode, history.body).toBe(200);
    expect(history.data).toMatchObject({ key: "versioned", current: 2 });
    const versions = history.data.versions as {
      version: number;
      by: string;
      steps: unknown[];
      createdAt: string;
    }[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.map((v) => v.by)).toEqual(["the admin token", "the admin token"]);
    expect(versions[0]!.steps).toHaveLength(1);
    expect(versions[1]!.steps).toEqual(threeSteps("versioned").steps);
    expect(Date.parse(versions[1]!.createdAt)).not.toBeNaN();
    expect((await call("GET", "/api/v1/sequences/no-such/versions")).statusCode).toBe(404);
  });

  it("refuses a branch that jumps back, a template that does not exist and a condition on a later step, changing nothing", async () => {
    const backwards = await call("POST", "/api/v1/sequences", {
      ...threeSteps("loop"),
      steps: [
        { id: "a", type: "email", template: "hello" },
        { id: "b", type: "branch", if: { opened: "a" }, then: "a" },
      ],
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain("forward only");
    const unknown = await call("POST", "/api/v1/sequences", {
      ...threeSteps("unknown"),
      steps: [{ type: "email", template: "no-such-template" }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain("no-such-template");
    const later = await call("POST", "/api/v1/sequences", {
      ...threeSteps("later"),
      steps: [
        { id: "x", type: "branch", if: { clicked: "y" }, then: "end" },
        { id: "y", type: "email", template: "hello" },
      ],
    });
    expect(later.statusCode).toBe(422);
    for (const key of ["loop", "unknown", "later"])
      expect((await call("GET", `/api/v1/sequences/${key}`)).statusCode).toBe(404);
  });

  it("sends each step's email once, waits between them, and shows the next step on the lead", async () => {
    await call("POST", "/api/v1/sequences", threeSteps("drip"));
    const email = `drip.${Date.now()}@example.com`;
    const leadId = await givenLeadId({ email, firstName: "Grace" });
    const enrolled = await call("POST", "/api/v1/sequences/drip/enrolments", { leadId });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect(enrolled.data).toMatchObject({ status: "active", nextStep: "1", leadId });
    expect((await call("POST", "/api/v1/sequences/drip/enrolments", { leadId })).statusCode).toBe(409);

    const clock = aClock(Date.now());
    const timer = { clock };
    await nurture.pass(undefined, timer);
    await nurture.pass(undefined, timer);
    expect((await mailsTo(email)).map((m) => m.subject)).toEqual(["hello Grace"]);
    const mine = await call("GET", `/api/v1/leads/${leadId}/enrolments`);
    expect(mine.data.items).toMatchObject([{ sequence: "drip", status: "active", nextStep: "3" }]);
    expect(Date.parse(mine.data.items[0].nextAt)).toBe(clock.now() + 60 * SECOND);

    await clock.advance(59 * SECOND);
    await nurture.pass(undefined, timer);
    expect(await mailsTo(email)).toHaveLength(1);
    await clock.advance(SECOND);
    await nurture.pass(undefined, timer);
    await clock.advance(60 * SECOND);
    await nurture.pass(undefined, timer);
    await nurture.pass(undefined, timer);
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.subject)).toEqual(["hello Grace", "nudge Grace", "last Grace"]);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(3);
    expect((await call("GET", `/api/v1/leads/${leadId}/enrolments`)).data.items).toMatchObject([
      { status: "completed", nextStep: null },
    ]);
    const timeline = (await call("GET", `/api/v1/leads/${leadId}`)).data.events.map(
      (e: { type: string }) => e.type,
    );
    expect(timeline.filter((type: string) => type === "email_sent")).toHaveLength(3);
    expect(timeline).toContain("sequence_completed");
    const metrics = (await call("GET", "/api/v1/sequences/drip/metrics")).data;
    expect(metrics.total).toMatchObject({ sent: 3, delivered: 3, bounces: 0 });
    expect(metrics.steps.map((s: { step: string; sent: number }) => [s.step, s.sent])).toEqual([
      ["1", 1],
      ["3", 1],
      ["5", 1],
    ]);
  });

  it("a lead taken out by hand gets nothing more", async () => {
    await call("POST", "/api/v1/sequences", threeSteps("removal"));
    const email = `removed.${Date.now()}@example.com`;
    const leadId = await givenLeadId({ email });
    await call("POST", "/api/v1/sequences/removal/enrolments", { leadId });
    const clock = aClock(Date.now());
    await nurture.pass(undefined, { clock });
    const removed = await call("DELETE", `/api/v1/sequences/removal/enrolments/${leadId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.data).toMatchObject({ status: "exited", exitReason: "removed" });
    await clock.advance(200 * SECOND);
    await nurture.pass(undefined, { clock });
    expect(await mailsTo(email)).toHaveLength(1);
    expect((await call("DELETE", `/api/v1/sequences/removal/enrolments/${leadId}`)).statusCode).toBe(404);
  });

  it("lists each sequence with the leads it enrolled and those still in it, each by name", async () => {
    await call("POST", "/api/v1/sequences", threeSteps("counted"));
    const stays = await givenLeadId({ firstName: "Stella", lastName: "Stays" });
    const leaves = await givenLeadId();
    for (const leadId of [stays, leaves])
      expect((await call("POST", "/api/v1/sequences/counted/enrolments", { leadId })).statusCode).toBe(201);
    await call("DELETE", `/api/v1/sequences/counted/enrolments/${leaves}`);
    await call("POST", "/api/v1/sequences", threeSteps("untouched"));
    const items = (await call("GET", "/api/v1/sequences")).data.items as {
      key: string;
      enrolled: number;
      active: number;
    }[];
    expect(items.find((s) => s.key === "counted")).toMatchObject({ enrolled: 2, active: 1 });
    expect(items.find((s) => s.key === "untouched")).toMatchObject({ enrolled: 0, active: 0 });
    const active = (await call("GET", "/api/v1/sequences/counted/enrolments?status=active")).data.items;
    expect(active).toMatchObject([{ leadId: stays, leadName: "Stella Stays", status: "active" }]);
  });

  it("enrols the leads its rules take at intake, once", async () => {
    const { category, source } = await givenIntake(t);
    await call("POST", "/api/v1/sequences", {
      ...threeSteps("by-rule"),
      enroll: { categories: [category.key] },
    });
    const taken = await postLead(t, source.intakeKey, aLead());
    const other = await givenLeadId();
    await nurture.pass();
    await nurture.pass();
    const enrolments = (await call("GET", "/api/v1/sequences/by-rule/enrolments")).data.items;
    expect(enrolments.map((e: { leadId: string }) => e.leadId)).toEqual([taken.data.id]);
    expect(enrolments.map((e: { leadId: string }) => e.leadId)).not.toContain(other);
  });

  /** A lead scoring 50 from its fields, then 40 for a form fill at `at` (90, hot), halving daily. */
  const givenFormFilledLead = async (at: number) => {
    const { category, source } = await givenIntake(t);
    await call("PUT", `/api/v1/categories/${category.key}/scoring`, {
      rules: [{ when: [{ field: "creditScore", op: "gte", value: 700 }], points: 50 }],
      bands: [],
    });
    await call("PUT", `/api/v1/categories/${category.key}/behavior`, {
      rules: [{ event: "form_fill", points: 40, halfLifeDays: 1 }],
    });
    const res = await postLead(t, source.intakeKey, aLead({ creditScore: 720 }));
    const leadId = res.data.id as string;
    expect((await recordBehavior(t.store, leadId, { type: "form_fill" }, ADMIN, at)).priority).toBe("hot");
    return leadId;
  };

  it("branches on the band a lead's score has decayed to when the step runs, not the one it enrolled with", async () => {
    const t0 = Date.now();
    const leadId = await givenFormFilledLead(t0);
    await call("POST", "/api/v1/sequences", {
      ...threeSteps("cooling"),
      steps: [
        { type: "wait", seconds: 86_400 },
        { type: "branch", if: { priority: ["hot"] }, then: "hot", else: "warm" },
        { id: "hot", type: "set", addTag: "took-hot" },
        { type: "branch", if: { tag: "took-hot" }, then: "end" },
        { id: "warm", type: "set", addTag: "took-warm" },
      ],
    });
    expect((await call("POST", "/api/v1/sequences/cooling/enrolments", { leadId })).statusCode).toBe(201);
    const clock = aClock(Date.now());
    await nurture.pass(undefined, { clock });
    await clock.advance(86_400 * SECOND);
    // A day on the form fill is worth 20: 70, warm, though no band timer has run to say so.
    expect((await call("GET", `/api/v1/leads/${leadId}`)).data.priority).toBe("hot");
    await nurture.pass(undefined, { clock });
    const lead = (await call("GET", `/api/v1/leads/${leadId}`)).data;
    expect(lead.tags).toEqual(["took-warm"]);
  });

  it("records a score set by a step in the lead's score history, and the band timer follows it", async () => {
    const t0 = Date.now();
    const leadId = await givenFormFilledLead(t0);
    const before = (await bandDueOf(t.store, [leadId])).get(leadId)!;
    await call("POST", "/api/v1/sequences", {
      ...threeSteps("boost"),
      steps: [{ id: "boost", type: "set", score: 95 }],
    });
    expect((await call("POST", "/api/v1/sequences/boost/enrolments", { leadId })).statusCode).toBe(201);
    const clock = aClock(Date.now());
    await nurture.pass(undefined, { clock });
    expect((await call("GET", `/api/v1/leads/${leadId}`)).data).toMatchObject({ score: 95, priority: "hot" });
    const history = (await call("GET", `/api/v1/leads/${leadId}/score`)).data.history;
    expect(history.at(-1)).toMatchObject({
      score: 95,
      band: "hot",
      cause: "sequence",
      event: null,
      sequence: { key: "boost", step: "boost" },
    });

    // 95 is 55 from the fields now, and the form fill's fading 40: hot until they fall below 24.5.
    const due = (await bandDueOf(t.store, [leadId])).get(leadId)!;
    expect(due).toBeGreaterThan(before);
    await recomputeDueBands(t.store, due - 1);
    expect((await call("GET", `/api/v1/leads/${leadId}`)).data.priority).toBe("hot");
    await recomputeDueBands(t.store, due);
    expect((await call("GET", `/api/v1/leads/${leadId}`)).data).toMatchObject({
      score: 79,
      priority: "warm",
    });
  });
});
