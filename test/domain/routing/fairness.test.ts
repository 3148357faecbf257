import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Tier } from "../../../src/domain/routing/types.js";
import { at, lead, plan, recipient, SimulatedStore } from "./fixtures.js";

const START = at("2026-11-23T15:00:00Z");

/** Three agents hold ten open leads each; `back` returns from away holding none. */
function returnFromAway(tier: Partial<Tier>) {
  const keys = ["a", "b", "c", "back"];
  const store = new SimulatedStore(keys.map((k) => recipient(k)));
  const busy = plan({ method: "round_robin", mode: "direct", select: { keys: ["a", "b", "c"] } });
  for (let n = 1; n <= 30; n++) store.route(lead({ id: `before-${n}` }), busy, START + n);
  const p = plan({ method: "least_loaded", mode: "direct", ...tier });
  const got: string[] = [];
  for (let n = 1; n <= 40; n++) {
    const d = store.route(lead({ id: `after-${n}` }), p, START + 1000 + n);
    got.push(d.assignments[0]!.recipientKey);
  }
  return got;
}

function longestRun(list: string[], key: string): number {
  let best = 0;
  let run = 0;
  for (const k of list) {
    run = k === key ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

describe("least_loaded and someone back from away", () => {
  it("without a catch-up limit, gives the returning recipient every lead until it has caught up", () => {
    const got = returnFromAway({});
    expect(got.slice(0, 10)).toEqual(new Array(10).fill("back"));
  });

  it("with a catch-up limit of 2, never gives it more than two leads in a row, and it still catches up", () => {
    const got = returnFromAway({ catchUpLimit: 2 });
    expect(longestRun(got, "back")).toBeLessThanOrEqual(2);
    // Two of every three leads until it holds as many as the others: ten by the fifteenth lead.
    expect(got.slice(0, 15).filter((k) => k === "back")).toHaveLength(10);
  });

  it("says in the trace why the least loaded did not get the lead", () => {
    const keys = ["a", "back"];
    const store = new SimulatedStore(keys.map((k) => recipient(k)));
    const busy = plan({ method: "round_robin", mode: "direct", select: { keys: ["a"] } });
    for (let n = 1; n <= 5; n++) store.route(lead({ id: `before-${n}` }), busy, START + n);
    const p = plan({ method: "least_loaded", mode: "direct", catchUpLimit: 1 });
    store.route(lead({ id: "first" }), p, START + 100);
    const second = store.route(lead({ id: "second" }), p, START + 101);
    expect(second.assignments[0]?.recipientKey).toBe("a");
    const tier = second.trace.tiers[0]!;
    expect(tier.note).toBe(
      "back has the fewest open leads but got the last 1 in a row (the tier's catch-up limit): a gets this one",
    );
    expect(tier.candidates[1]).toMatchObject({ key: "back", rank: { by: "open_leads", caughtUp: true } });
  });
});

describe("exact shares after 1,000 leads", () => {
  it("round robin: every recipient within one lead of every other", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), (n) => {
        const store = new SimulatedStore(Array.from({ length: n }, (_, i) => recipient(`r${i}`)));
        for (let i = 1; i <= 1000; i++) store.route(lead({ id: `lead-${i}` }), plan({}), START + i);
        const counts = [...store.counts().values()];
        expect(counts).toHaveLength(n);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20 },
    );
  });

  it("weighted: every recipient within one lead, and 1% of all leads, of its share", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 8 }), (weights) => {
        const store = new SimulatedStore(weights.map((weight, i) => recipient(`w${i}`, { weight })));
        const total = weights.reduce((a, b) => a + b, 0);
        for (let i = 1; i <= 1000; i++)
          store.route(lead({ id: `lead-${i}` }), plan({ method: "weighted" }), START + i);
        const counts = store.counts();
        weights.forEach((w, i) => {
          const share = (1000 * w) / total;
          const got = counts.get(`w${i}`) ?? 0;
          expect(Math.abs(got - share)).toBeLessThanOrEqual(1);
          expect(Math.abs(got / 1000 - w / total)).toBeLessThanOrEqual(0.01);
        });
      }),
      { numRuns: 20 },
    );
  });
});
