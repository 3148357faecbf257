import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_EVENT_TYPES } from "../../src/domain/events.js";
import { recordBehavior } from "../../src/services/behavior.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { ADMIN, as, givenDesk, givenLead } from "../support/work.js";

const DAY = 86_400_000;

describe.each(ENGINES)("behavioral events and scoring on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it("adds decayed behavioral points to the field score and moves the lead's priority band", async () => {
    const desk = await givenDesk(t, ["agent"]);
    await as(t)("PUT", `/api/v1/categories/${desk.category}/scoring`, {
      rules: [{ when: [{ field: "creditScore", op: "gte", value: 700 }], points: 50 }],
      bands: [],
    });
    const rules = await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [
        { event: "email_replied", points: 12, halfLifeDays: 7 },
        { event: "form_fill", points: 30 },
      ],
    });
    expect(rules.statusCode).toBe(200);
    const { id } = await givenLead(t, desk, { creditScore: 710 });
    const post = (type: string, data?: Record<string, unknown>) =>
      as(t)("POST", `/api/v1/leads/${id}/events`, { type, ...(data ? { data } : {}) });

    const opened = await post("email_replied", { campaign: "spring" });
    expect(opened.statusCode).toBe(201);
    expect(opened.data).toMatchObject({ score: 62, priority: "warm", fieldScore: 50, behaviorScore: 12 });
    expect(opened.data.event).toMatchObject({
      type: "email_replied",
      data: { campaign: "spring" },
      actor: "admin",
    });
    expect((await post("form_fill")).data).toMatchObject({ score: 92, priority: "hot" });
    expect((await post("page_visit")).data.score).toBe(92);

    // Two weeks later the reply has halved twice; the form fill never fades.
    const later = await recordBehavior(t.store, id, { type: "page_visit" }, ADMIN, Date.now() + 14 * DAY);
    expect(later).toMatchObject({ score: 83, fieldScore: 50, behaviorScore: 33 });
    const lead = (await as(t)("GET", `/api/v1/leads/${id}`)).data;
    expect(lead).toMatchObject({ score: 83, priority: "hot" });
    expect(lead.events.filter((e: { type: string }) => e.type === "page_visit")).toHaveLength(2);
  });

  it("refuses events Carousel writes itself, rules for them, unknown leads, and callers who are not staff", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    expect((await as(t)("POST", `/api/v1/leads/${id}/events`, { type: "accepted" })).statusCode).toBe(422);
    expect((await as(t)("POST", `/api/v1/leads/${id}/events`, { type: "Bad Type" })).statusCode).toBe(422);
    expect((await as(t)("POST", "/api/v1/leads/lead_nope/events", { type: "page_visit" })).statusCode).toBe(
      404,
    );
    const systemRule = await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [{ event: "stage_changed", points: 5 }],
    });
    expect(systemRule.statusCode).toBe(422);
    const agent = as(t, desk.users[0]!.headers);
    expect((await agent("POST", `/api/v1/leads/${id}/events`, { type: "page_visit" })).statusCode).toBe(403);
    expect(
      (await agent("PUT", `/api/v1/categories/${desk.category}/behavior`, { rules: [] })).statusCode,
    ).toBe(403);
  });

  it("refuses every event type Carousel writes itself with a 422 that names it reserved, and the lead stays as it was", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    const before = (await as(t)("GET", `/api/v1/leads/${id}`)).data;
    for (const type of SYSTEM_EVENT_TYPES) {
      const res = await as(t)("POST", `/api/v1/leads/${id}/events`, { type, data: { forged: true } });
      expect(res.statusCode, type).toBe(422);
      expect(res.data.error.details, type).toEqual([
        expect.objectContaining({ field: "type", code: "reserved" }),
      ]);
    }
    expect((await as(t)("GET", `/api/v1/leads/${id}`)).data).toEqual(before);
  });

  it("takes only the behavioral names every category takes or its rules name; an unknown one is refused and writes nothing", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    const post = (type: string) => as(t)("POST", `/api/v1/leads/${id}/events`, { type });
    const unknown = await post("webinar_attended");
    expect(unknown.statusCode).toBe(422);
    expect(unknown.data.error.details).toEqual([expect.objectContaining({ field: "type", code: "unknown" })]);
    const events = (await as(t)("GET", `/api/v1/leads/${id}`)).data.events.map(
      (e: { type: string }) => e.type,
    );
    expect(events).not.toContain("webinar_attended");

    await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [{ event: "webinar_attended", points: -40 }],
    });
    expect((await post("webinar_attended")).data).toMatchObject({ behaviorScore: -40 });
    expect((await post("call_connected")).statusCode).toBe(201);
  });

  it("scores the calls logged on a lead when a rule names them, while an integration may not post a call itself", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const rules = await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [{ event: "call", points: 20 }],
    });
    expect(rules.statusCode).toBe(200);
    const { id } = await givenLead(t, desk);
    const forged = await as(t)("POST", `/api/v1/leads/${id}/events`, { type: "call" });
    expect(forged.statusCode).toBe(422);
    expect(forged.data.error.details[0]).toMatchObject({
      code: "reserved",
      message: expect.stringMatching(/calls/),
    });
    const agent = as(t, desk.users[0]!.headers);
    const logged = await agent("POST", `/api/v1/leads/${id}/calls`, {
      outcome: "connected",
      durationSeconds: 90,
    });
    expect(logged.statusCode).toBe(201);
    const lead = (await as(t)("GET", `/api/v1/leads/${id}`)).data;
    expect(lead.score).toBe(20);
    expect(lead.events.filter((e: { type: string }) => e.type === "call")).toHaveLength(1);
  });
});
