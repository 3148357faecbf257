import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { behaviorPoints, nextBandChange, type BehaviorRule } from "../../src/domain/behavior.js";
import { bandFor } from "../../src/domain/scoring.js";

const DAY = 86_400_000;
const band = (score: number) => bandFor(score);
const bandAt = (field: number, events: { type: string; at: number }[], rules: BehaviorRule[], t: number) =>
  band(field + behaviorPoints(events, rules, t));

describe("when a decaying score next changes band", () => {
  it("is the first millisecond the rounded score falls below the band", () => {
    const rules = [{ event: "form_fill", points: 40, halfLifeDays: 1 }];
    const events = [{ type: "form_fill", at: 0 }];
    expect(nextBandChange(50, events, rules, band, 0)).toBe(37_954_228);
    expect(bandAt(50, events, rules, 37_954_227)).toBe("hot");
    expect(bandAt(50, events, rules, 37_954_228)).toBe("warm");
  });

  it("is never for points that do not fade, or fade towards the band the lead is in", () => {
    expect(
      nextBandChange(90, [{ type: "form_fill", at: 0 }], [{ event: "form_fill", points: 40 }], band, 0),
    ).toBe(null);
    const fading = [{ event: "form_fill", points: 10, halfLifeDays: 2 }];
    expect(nextBandChange(85, [{ type: "form_fill", at: 0 }], fading, band, 0)).toBe(null);
  });

  it("finds a negative rule's fading that lifts the lead back into a band", () => {
    const rules = [
      { event: "unsubscribed", points: -30, halfLifeDays: 1 },
      { event: "form_fill", points: 10, halfLifeDays: 10 },
    ];
    const events = [
      { type: "unsubscribed", at: 0 },
      { type: "form_fill", at: 0 },
    ];
    const at = nextBandChange(85, events, rules, band, 0)!;
    expect(bandAt(85, events, rules, at - 1)).toBe("warm");
    expect(bandAt(85, events, rules, at)).toBe("hot");
  });

  it("answers a time after now at which the band differs, the millisecond before it the same", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(
          fc.record({ points: fc.integer({ min: 1, max: 60 }), at: fc.integer({ min: 0, max: 5 * DAY }) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        (field, fills) => {
          const rules = [{ event: "form_fill", points: 1, halfLifeDays: 3 }];
          const events = fills.flatMap((f) =>
            Array.from({ length: f.points }, () => ({ type: "form_fill", at: f.at })),
          );
          const now = 5 * DAY;
          const at = nextBandChange(field, events, rules, band, now);
          if (at === null) return;
          expect(at).toBeGreaterThan(now);
          expect(bandAt(field, events, rules, at)).not.toBe(bandAt(field, events, rules, now));
          expect(bandAt(field, events, rules, at - 1)).toBe(bandAt(field, events, rules, now));
        },
      ),
      { numRuns: 50 },
    );
  });
});
