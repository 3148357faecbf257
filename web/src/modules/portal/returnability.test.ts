import { describe, expect, it } from "vitest";
import { returnability } from "./returnability";

const DAY = 86_400_000;
const held = Date.UTC(2026, 11, 1, 12);

describe("whether a lead may be returned", () => {
  it("allows a return within the window while the month's cap has returns left", () => {
    expect(returnability({ heldSince: held, windowDays: 7, left: 2, now: held + DAY })).toEqual({
      ok: true,
      until: held + 7 * DAY,
    });
    expect(returnability({ heldSince: held, windowDays: 7, left: null, now: held + 7 * DAY }).ok).toBe(true);
  });

  it("says the window has passed, naming the day it closed", () => {
    const r = returnability({ heldSince: held, windowDays: 7, left: 5, now: held + 8 * DAY });
    expect(r).toEqual({ ok: false, why: "The 7-day return window closed on Dec 8, 2026." });
  });

  it("says the month's returns are used when the cap is reached", () => {
    const r = returnability({ heldSince: held, windowDays: 7, left: 0, now: held + DAY });
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.why).toMatch(/returns are all used/);
  });
});
