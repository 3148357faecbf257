import { describe, expect, it } from "vitest";
import { behaviorPoints, checkBehaviorRules, decayed } from "../../src/domain/behavior.js";
import {
  checkStageMove,
  DEFAULT_STAGE_CONFIG,
  stageAfterRouting,
  stagesFrom,
} from "../../src/domain/stages.js";

const DAY = 86_400_000;

describe("stages", () => {
  it("move a new lead to assigned when routing assigns it, and leave every other stage and outcome as it was", () => {
    expect(stageAfterRouting("new", "assigned")).toBe("assigned");
    expect(["unassigned", "pooled", "offered"].map((status) => stageAfterRouting("new", status))).toEqual([
      "new",
      "new",
      "new",
    ]);
    expect(stageAfterRouting("contacted", "assigned")).toBe("contacted");
  });

  it("counts as contact every default stage after assigned except lost", () => {
    const contact = DEFAULT_STAGE_CONFIG.stages.filter((s) => s.contact).map((s) => s.key);
    expect(contact).toEqual(["contacted", "qualified", "won"]);
    expect(DEFAULT_STAGE_CONFIG.stages.filter((s) => s.terminal).map((s) => s.key)).toEqual(["won", "lost"]);
  });

  it("rejects a list that repeats a stage, lacks a system stage, or ends the work in one", () => {
    const result = stagesFrom([
      { key: "new", outcome: "won" },
      { key: "x" },
      { key: "x", outcome: "lost", terminal: false },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.field)).toEqual([
        "stages.0.key",
        "stages.2.key",
        "stages.2.terminal",
        "stages",
      ]);
  });

  it("turns won revenue into cents and asks a loss for a non-blank reason", () => {
    expect(checkStageMove(DEFAULT_STAGE_CONFIG, { stage: "won", revenue: 19.99 })).toMatchObject({
      ok: true,
      move: { revenueCents: 1999 },
    });
    expect(checkStageMove(DEFAULT_STAGE_CONFIG, { stage: "lost", reason: "  " }).ok).toBe(false);
  });
});

describe("behavioral scoring", () => {
  it("halves points every half-life and keeps points without one", () => {
    expect(decayed(12, 7 * DAY, 7)).toBeCloseTo(6);
    expect(decayed(12, 70 * DAY)).toBe(12);
    const rules = [
      { event: "email_opened", points: 10, halfLifeDays: 1 },
      { event: "unsubscribed", points: -40 },
    ];
    const events = [
      { type: "email_opened", at: 0 },
      { type: "email_opened", at: DAY },
      { type: "page_visit", at: DAY },
    ];
    expect(behaviorPoints(events, rules, DAY)).toBe(15);
    expect(behaviorPoints([...events, { type: "unsubscribed", at: DAY }], rules, DAY)).toBe(-25);
  });

  it("allows one rule per event type and none for Carousel's own events", () => {
    expect(
      checkBehaviorRules([
        { event: "a", points: 1 },
        { event: "a", points: 2 },
        { event: "offered", points: 1 },
      ]),
    ).toHaveLength(2);
  });
});
