import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordBehavior } from "../../src/services/behavior.js";
import { startScheduler } from "../../src/services/scheduler.js";
import { recomputeDueBands } from "../../src/services/score-bands.js";
import { bandDueOf, scoreHistoryOf } from "../../src/store/queries/score-history.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { ENGINES } from "../support/engines.js";
import { ADMIN, as, givenDesk, givenLead, type Desk } from "../support/work.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The first millisecond at which 40 points halving daily are worth less than 29.5: 50 + them rounds below 80. */
const HOT_FOR = 37_954_228;

describe.each(ENGINES)("score history, its explanation and band changes on a timer on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A desk whose leads score 50 from their credit score, and 40 for a form fill halving daily. */
  const givenScoredDesk = async (kinds: ("agent" | "partner")[] = ["agent"]): Promise<Desk> => {
    const desk = await givenDesk(t, kinds);
    await as(t)("PUT", `/api/v1/categories/${desk.category}/scoring`, {
      rules: [{ when: [{ field: "creditScore", op: "gte", value: 700 }], points: 50 }],
      bands: [],
    });
    await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [
        { event: "form_fill", points: 40, halfLifeDays: 1 },
        { event: "page_visit", points: 1 },
      ],
    });
    return desk;
  };
  const leadView = async (id: string) => (await as(t)("GET", `/api/v1/leads/${id}`)).data;

  it("records each behavioral event's new score, band and cause in the lead's history", async () => {
    const desk = await givenScoredDesk();
    const { id } = await givenLead(t, desk, { creditScore: 720 });
    const t0 = Date.now();
    const fill = await recordBehavior(t.store, id, { type: "form_fill" }, ADMIN, t0);
    const visit = await recordBehavior(t.store, id, { type: "page_visit" }, ADMIN, t0 + DAY);
    const history = await scoreHistoryOf(t.store, id);
    expect(
      history.map(({ at, score, band, cause, event_id, event_type }) => ({
        at,
        score,
        band,
        cause,
        event_id,
        event_type,
      })),
    ).toEqual([
      { at: t0, score: 90, band: "hot", cause: "event", event_id: fill.event.id, event_type: "form_fill" },
      // A day on the form fill is worth 20: 50 + 20 + 1.
      {
        at: t0 + DAY,
        score: 71,
        band: "warm",
        cause: "event",
        event_id: visit.event.id,
        event_type: "page_visit",
      },
    ]);
  });

  it("turns a hot lead warm exactly when its decaying score crosses the band, and rewrites no other lead", async () => {
    const desk = await givenScoredDesk();
    const [a, b, c] = [
      await givenLead(t, desk, { creditScore: 720 }),
      await givenLead(t, desk, { creditScore: 720 }),
      await givenLead(t, desk, { creditScore: 720 }),
    ];
    const t0 = Date.now();
    await recordBehavior(t.store, a.id, { type: "form_fill" }, ADMIN, t0);
    await recordBehavior(t.store, b.id, { type: "form_fill" }, ADMIN, t0 + HOUR);
    const others = { b: await leadView(b.id), c: await leadView(c.id) };
    expect(others.c).toMatchObject({ score: 50, priority: "warm" });
    const historyOfA = await scoreHistoryOf(t.store, a.id);

    const clock = aClock(t0);
    const scheduler = startScheduler(
      t.store,
      (e) => {
        throw e;
      },
      { clock, intervalMs: DAY },
    );
    try {
      await scheduler.tick(t0 + HOT_FOR - 1);
      expect(await leadView(a.id)).toMatchObject({ score: 90, priority: "hot" });
      expect(await scoreHistoryOf(t.store, a.id)).toEqual(historyOfA);

      await scheduler.tick(t0 + HOT_FOR);
    } finally {
      await scheduler.stop();
    }
    expect(await leadView(a.id)).toMatchObject({ score: 79, priority: "warm" });
    expect((await scoreHistoryOf(t.store, a.id)).slice(historyOfA.length)).toEqual([
      expect.objectContaining({ at: t0 + HOT_FOR, score: 79, band: "warm", cause: "decay", event_id: null }),
    ]);
    expect({ b: await leadView(b.id), c: await leadView(c.id) }).toEqual(others);

    // Fading towards 50, the lead never turns cold: its next change is the other lead's alone.
    expect(await recomputeDueBands(t.store, t0 + 30 * DAY)).toBe(1);
    expect(await leadView(b.id)).toMatchObject({ score: 50, priority: "warm" });
    expect(await recomputeDueBands(t.store, t0 + 365 * DAY)).toBe(0);
  });

  it("moves a lead's band crossing when its category's half-life changes, by the band timer", async () => {
    const desk = await givenScoredDesk();
    const { id } = await givenLead(t, desk, { creditScore: 720 });
    const untouched = await givenLead(t, await givenScoredDesk(), { creditScore: 720 });
    const t0 = Date.now();
    await recordBehavior(t.store, id, { type: "form_fill" }, ADMIN, t0);
    await recordBehavior(t.store, untouched.id, { type: "form_fill" }, ADMIN, t0);
    expect(await bandDueOf(t.store, [id, untouched.id])).toEqual(
      new Map([
        [id, t0 + HOT_FOR],
        [untouched.id, t0 + HOT_FOR],
      ]),
    );

    const put = await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [
        { event: "form_fill", points: 40, halfLifeDays: 2 },
        { event: "page_visit", points: 1 },
      ],
    });
    expect(put.statusCode).toBe(200);
    // The request only records the change; the timer rescores the category's leads by the new rules.
    expect(await recomputeDueBands(t.store, t0 + HOUR)).toBe(1);
    const due = (await bandDueOf(t.store, [id, untouched.id])).get(id)!;
    // Halving every two days, the form fill keeps the lead hot twice as long.
    expect(Math.abs(due - (t0 + 2 * HOT_FOR))).toBeLessThanOrEqual(2);
    expect((await bandDueOf(t.store, [untouched.id])).get(untouched.id)).toBe(t0 + HOT_FOR);
    expect((await scoreHistoryOf(t.store, id)).at(-1)).toMatchObject({
      at: t0 + HOUR,
      cause: "rules",
      band: "hot",
    });

    expect(await recomputeDueBands(t.store, t0 + HOT_FOR)).toBe(1);
    expect(await leadView(id)).toMatchObject({ priority: "hot" });
    expect(await recomputeDueBands(t.store, due)).toBe(1);
    expect(await leadView(id)).toMatchObject({ score: 79, priority: "warm" });
  });

  it("rescores a changed category's leads a chunk per timer call, each once, and leaves leads received after the change alone", async () => {
    const desk = await givenScoredDesk();
    const before = [];
    for (let i = 0; i < 5; i++) {
      const { id } = await givenLead(t, desk, { creditScore: 720 });
      await recordBehavior(t.store, id, { type: "form_fill" }, ADMIN);
      before.push(id);
    }
    const put = await as(t)("PUT", `/api/v1/categories/${desk.category}/behavior`, {
      rules: [{ event: "form_fill", points: 30, halfLifeDays: 3 }],
    });
    expect(put.statusCode).toBe(200);
    const after = (await givenLead(t, desk, { creditScore: 720 })).id;
    const rescoredByRules = async (ids: string[]) => {
      let n = 0;
      for (const id of ids)
        n += (await scoreHistoryOf(t.store, id)).filter((h) => h.cause === "rules").length;
      return n;
    };
    const later = Date.now() + HOUR;

    expect(await recomputeDueBands(t.store, later, { sweepChunk: 2 })).toBe(2);
    expect(await rescoredByRules(before)).toBe(2);
    expect(await recomputeDueBands(t.store, later, { sweepChunk: 2 })).toBe(2);
    expect(await recomputeDueBands(t.store, later, { sweepChunk: 2 })).toBe(1);
    expect(await recomputeDueBands(t.store, later, { sweepChunk: 2 })).toBe(0);
    expect(await rescoredByRules(before)).toBe(5);
    expect(await rescoredByRules([after])).toBe(0);
  });

  it("explains a lead's score: the field rules and events that gave points, then and now, and its history", async () => {
    const desk = await givenScoredDesk(["agent", "partner"]);
    const { id, recipient } = await givenLead(t, desk, { creditScore: 720 });
    const t0 = Date.now() - 2 * DAY;
    const fill = await recordBehavior(t.store, id, { type: "form_fill" }, ADMIN, t0);
    const visit = await recordBehavior(t.store, id, { type: "page_visit" }, ADMIN, t0 + DAY);
    const holder = desk.users[desk.recipients.indexOf(recipient!)]!;
    const other = desk.users[1 - desk.recipients.indexOf(recipient!)]!;

    const res = await as(t, holder.headers)("GET", `/api/v1/leads/${id}/score`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.data;
    // Two days on, the form fill's 40 points are worth about 10: 50 + 10 + 1.
    expect(s).toMatchObject({ leadId: id, score: 61, band: "warm", fieldScore: 50, behaviorScore: 11 });
    expect(s.fields).toEqual([{ when: [{ field: "creditScore", op: "gte", value: 700 }], points: 50 }]);
    expect(s.events).toEqual([
      {
        id: fill.event.id,
        type: "form_fill",
        at: new Date(t0).toISOString(),
        points: 40,
        pointsNow: expect.closeTo(10, 1),
        halfLifeDays: 1,
      },
      {
        id: visit.event.id,
        type: "page_visit",
        at: new Date(t0 + DAY).toISOString(),
        points: 1,
        pointsNow: 1,
        halfLifeDays: null,
      },
    ]);
    expect(
      s.history.map((h: { score: number; band: string; cause: string }) => [h.score, h.band, h.cause]),
    ).toEqual([
      [50, "warm", "fields"],
      [90, "hot", "event"],
      [71, "warm", "event"],
    ]);
    expect(s.history[2].event).toEqual({ id: visit.event.id, type: "page_visit" });
    // Fading towards 51, it stays warm.
    expect(s.nextBandChangeAt).toBe(null);

    expect((await as(t)("GET", `/api/v1/leads/${id}/score`)).data.score).toBe(61);
    expect((await as(t, other.headers)("GET", `/api/v1/leads/${id}/score`)).statusCode).toBe(404);
    expect((await as(t)("GET", "/api/v1/leads/lead_nope/score")).statusCode).toBe(404);
  });
});
