import { describe, expect, it } from "vitest";
import {
  afterCall,
  DEFAULT_CALL_SETTINGS,
  NEW_CADENCE,
  type Cadence,
} from "../../src/domain/calls/cadence.js";
import { callList, type CallCandidate } from "../../src/domain/calls/call-list.js";
import { leadTimeZone } from "../../src/domain/lead-time-zone.js";
import { DEFAULT_STAGE_CONFIG } from "../../src/domain/stages.js";

const CHICAGO = "America/Chicago";
// Monday 7 December 2026, 10:00 in Chicago.
const MORNING = Date.UTC(2026, 11, 7, 16, 0);
const HOUR = 3_600_000;

const candidate = (leadId: string, over: Partial<CallCandidate> = {}): CallCandidate => ({
  leadId,
  name: leadId,
  phone: "+15155550100",
  priority: "warm",
  bandRank: 1,
  score: 10,
  createdAt: MORNING - HOUR,
  closed: false,
  cadence: NEW_CADENCE,
  callbackDue: null,
  suppressed: false,
  timezone: CHICAGO,
  settings: DEFAULT_CALL_SETTINGS,
  ...over,
});

const tried = (over: Partial<Cadence>): Cadence => ({
  ...NEW_CADENCE,
  attempts: 1,
  lastOutcome: "no_answer",
  ...over,
});

describe("the call list", () => {
  it("puts callbacks due first, then new leads hot first, then due retries, then the never reached", () => {
    const list = callList(
      [
        candidate("never", { cadence: tried({ attempts: 6, ended: "attempts_used", day: "2026-12-05" }) }),
        candidate("retry", { cadence: tried({ nextAt: MORNING - 1, day: "2026-12-06" }) }),
        candidate("warm-new", { priority: "warm", score: 90 }),
        candidate("hot-new", { priority: "hot", bandRank: 0, score: 50 }),
        candidate("callback", {
          cadence: tried({ nextAt: MORNING + HOUR }),
          callbackDue: { at: MORNING, title: "Call back" },
        }),
      ],
      MORNING,
    );
    expect(list.items.map((i) => [i.leadId, i.reason])).toEqual([
      ["callback", "callback"],
      ["hot-new", "new"],
      ["warm-new", "new"],
      ["retry", "retry"],
      ["never", "never_reached"],
    ]);
    expect(list.items[0]!.why).toBe("callback due: Call back");
    expect(list.items[1]!.why).toBe("new lead in the hot band (score 50), not called yet");
    expect(list.items[3]!.why).toBe("try 2 of 6 is due; last: no answer");
  });

  it("ranks new leads by their band's place among their own category's bands, not by the band's name", () => {
    const list = callList(
      [
        candidate("hot-of-three", { priority: "hot", bandRank: 1, score: 95 }),
        candidate("cold", { priority: "cold", bandRank: 2, score: 99 }),
        candidate("platinum", { priority: "platinum", bandRank: 0, score: 20 }),
        candidate("hot-top", { priority: "hot", bandRank: 0, score: 85 }),
      ],
      MORNING,
    );
    expect(list.items.map((i) => i.leadId)).toEqual(["hot-top", "platinum", "hot-of-three", "cold"]);
    expect(list.items[1]!.why).toBe("new lead in the platinum band (score 20), not called yet");
  });

  it("holds back, with why, leads it must not call now", () => {
    const night = Date.UTC(2026, 11, 8, 4, 0); // 22:00 in Chicago
    const list = callList(
      [
        candidate("no-phone", { phone: null }),
        candidate("suppressed", { suppressed: true }),
        candidate("late", { timezone: CHICAGO }),
        candidate("eastern-morning", { timezone: "Asia/Tokyo" }),
      ],
      night,
    );
    expect(list.heldBack.map((h) => [h.leadId, h.reason])).toEqual([
      ["no-phone", "no_phone"],
      ["suppressed", "suppressed"],
      ["late", "outside_hours"],
    ]);
    expect(list.items.map((i) => i.leadId)).toEqual(["eastern-morning"]);
  });

  it("holds back a lead whose tries for the day are used, and one whose next try is not due", () => {
    const list = callList(
      [
        candidate("twice-today", {
          cadence: tried({ attempts: 2, day: "2026-12-07", attemptsThatDay: 2, nextAt: MORNING - 1 }),
        }),
        candidate("later", {
          cadence: tried({ day: "2026-12-07", attemptsThatDay: 1, nextAt: MORNING + HOUR }),
        }),
      ],
      MORNING,
    );
    expect(list.heldBack).toEqual([
      { leadId: "twice-today", reason: "tries_today_used", until: null },
      { leadId: "later", reason: "not_due", until: MORNING + HOUR },
    ]);
    expect(list.items).toEqual([]);
  });

  it("leaves out closed leads and leads whose cadence ended on a contact", () => {
    const list = callList(
      [candidate("won", { closed: true }), candidate("reached", { cadence: tried({ ended: "reached" }) })],
      MORNING,
    );
    expect(list).toEqual({ items: [], heldBack: [] });
  });
});

describe("a call's outcome", () => {
  const stages = DEFAULT_STAGE_CONFIG.stages;
  const after = (cadence: Cadence, outcome: string, stage = "assigned", now = MORNING) =>
    afterCall(cadence, outcome, DEFAULT_CALL_SETTINGS, stages, stage, CHICAGO, now);

  it("schedules the next try an even share of the cadence later", () => {
    const next = after(NEW_CADENCE, "no_answer");
    expect(next.cadence).toMatchObject({
      attempts: 1,
      attemptsThatDay: 1,
      day: "2026-12-07",
      nextAt: MORNING + 20 * HOUR,
      ended: null,
    });
    expect(next.stage).toBeNull();
  });

  it("waits for the next local day's opening once the day's tries are used", () => {
    const first = after(NEW_CADENCE, "voicemail");
    const second = after({ ...first.cadence }, "no_answer", "assigned", MORNING + 2 * HOUR);
    expect(second.cadence.attemptsThatDay).toBe(2);
    // 8:00 in Chicago on Tuesday, or the even share later if that is later.
    expect(second.cadence.nextAt).toBe(
      Math.max(Date.UTC(2026, 11, 8, 14, 0), MORNING + 2 * HOUR + 20 * HOUR),
    );
  });

  it("ends the cadence when every try is used", () => {
    const last = after(tried({ attempts: 5 }), "no_answer");
    expect(last.cadence).toMatchObject({ attempts: 6, ended: "attempts_used", nextAt: null });
  });

  it("ends on a connected call, leaving the stage to the rep", () => {
    const next = after(tried({}), "connected");
    expect(next.cadence.ended).toBe("reached");
    expect(next.stage).toBeNull();
  });

  it("moves a wrong number or a do-not-call to the lost stage, and suppresses the do-not-call", () => {
    const lost = stages.find((s) => s.outcome === "lost")!.key;
    expect(after(NEW_CADENCE, "wrong_number")).toMatchObject({
      stage: { to: lost, reason: "wrong number" },
      suppressPhone: false,
    });
    expect(after(NEW_CADENCE, "do_not_call")).toMatchObject({
      stage: { to: lost, reason: "do not call" },
      suppressPhone: true,
    });
  });
});

describe("a lead's time zone", () => {
  it("comes from the zip where a state spans two zones, else from the state", () => {
    expect(leadTimeZone({ state: "IA", zip: "50309" })).toBe("America/Chicago");
    expect(leadTimeZone({ state: "FL", zip: "33101" })).toBe("America/New_York");
    expect(leadTimeZone({ state: "FL", zip: "32501" })).toBe("America/Chicago");
    expect(leadTimeZone({ state: "TX", zip: "79901" })).toBe("America/Denver");
    expect(leadTimeZone({ state: "AZ", zip: null })).toBe("America/Phoenix");
    expect(leadTimeZone({ state: null, zip: null })).toBeNull();
  });
});
