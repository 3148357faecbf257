import { describe, expect, it } from "vitest";
import {
  groupExclusions,
  namedExclusions,
  sentTo,
  summarizeGroups,
  type CandidateTrace,
  type DecisionTrace,
} from "./trace";

const out = (key: string, rule: string, detail?: string): CandidateTrace => ({
  key,
  eligible: false,
  rule,
  ...(detail ? { detail } : {}),
});
const many = (n: number, rule: string, prefix: string) =>
  Array.from({ length: n }, (_, i) => out(`${prefix}${i}`, rule));

describe("a routing decision written for a person", () => {
  it("groups 200 candidates by reason, largest first, the index's pruning counted as territory", () => {
    const trace: DecisionTrace = {
      prunedByIndex: 100,
      tiers: [
        {
          tierIndex: 0,
          method: "round_robin",
          mode: "direct",
          candidates: [
            ...many(48, "territory", "t"),
            ...many(40, "cap", "c"),
            ...many(11, "away", "a"),
            { key: "win", eligible: true, position: 0, rank: { by: "turn" } },
          ],
          chosen: ["win"],
        },
      ],
    };
    expect(summarizeGroups(groupExclusions(trace))).toBe("148 outside territory, 40 capped, 11 away");
  });

  it("counts a recipient once though several tiers ruled it out", () => {
    const trace: DecisionTrace = {
      tiers: [
        { tierIndex: 0, method: "priority", mode: "direct", candidates: [out("b", "cap")], chosen: [] },
        { tierIndex: 1, method: "priority", mode: "direct", candidates: [out("b", "cap")], chosen: [] },
      ],
    };
    expect(groupExclusions(trace)).toEqual([{ reason: "capped", count: 1, keys: ["b"] }]);
  });

  it("says an exclusive contract took the lead before any tier", () => {
    const trace: DecisionTrace = {
      exclusive: [{ key: "des-moines", eligible: true, position: 0 }],
      tiers: [],
    };
    expect(sentTo(trace)).toEqual([{ key: "des-moines", why: "exclusive contract for this territory" }]);
  });

  it("names the tier and the method that chose the winner", () => {
    const trace: DecisionTrace = {
      tiers: [
        { tierIndex: 0, method: "round_robin", mode: "push", candidates: [out("a", "schedule")], chosen: [] },
        {
          tierIndex: 1,
          method: "least_loaded",
          mode: "push",
          candidates: [{ key: "b", eligible: true, position: 0, rank: { by: "open_leads" } }],
          chosen: ["b"],
        },
      ],
    };
    expect(sentTo(trace)).toEqual([{ key: "b", why: "tier 2, fewest open leads" }]);
  });

  it("words the bid-price method's choice for a person, not as its key", () => {
    const trace: DecisionTrace = {
      tiers: [
        {
          tierIndex: 0,
          method: "bid_price",
          mode: "direct",
          candidates: [{ key: "b", eligible: true, position: 0, rank: { by: "bid_price" } }],
          chosen: ["b"],
        },
      ],
    };
    expect(sentTo(trace)).toEqual([
      {
        key: "b",
        why: "tier 1, best bid price: margin less what the buyer's remaining cap is worth to later leads",
      },
    ]);
  });

  it("names the first few ruled out one by one, with the detail the router gave", () => {
    const trace: DecisionTrace = {
      tiers: [
        {
          tierIndex: 0,
          method: "round_robin",
          mode: "direct",
          candidates: [out("dealer-b", "territory", "NE, IL, MO"), out("dealer-c", "cap", "day cap of 3")],
          chosen: [],
        },
      ],
    };
    expect(namedExclusions(trace)).toEqual([
      { key: "dealer-b", reason: "outside territory", detail: "NE, IL, MO" },
      { key: "dealer-c", reason: "capped", detail: "day cap of 3" },
    ]);
  });
});
