import { describe, expect, it } from "vitest";
import { diff, summarize } from "./diff";

describe("an audit entry's before and after as a readable diff", () => {
  it("lists only the fields that changed, by their path", () => {
    const before = { key: "dealer-a", name: "Dealer A", caps: { day: 3, month: 60 }, status: "active" };
    const after = { key: "dealer-a", name: "Dealer A", caps: { day: 5, month: 60 }, status: "away" };
    expect(diff(before, after)).toEqual([
      { path: "caps.day", kind: "changed", before: "3", after: "5" },
      { path: "status", kind: "changed", before: "active", after: "away" },
    ]);
    expect(summarize(before, after)).toBe("2 fields changed");
  });

  it("reads a list of states whole, and a list of tiers item by item", () => {
    expect(diff({ states: ["IA", "NE"] }, { states: ["IA", "NE", "MO"] })).toEqual([
      { path: "states", kind: "changed", before: '["IA","NE"]', after: '["IA","NE","MO"]' },
    ]);
    expect(
      diff({ tiers: [{ method: "round_robin" }] }, { tiers: [{ method: "weighted" }, { method: "pool" }] }),
    ).toEqual([
      { path: "tiers[0].method", kind: "changed", before: "round_robin", after: "weighted" },
      { path: "tiers[1].method", kind: "added", after: "pool" },
    ]);
  });

  it("shows a created entity as its fields added and a deleted one as its fields removed", () => {
    expect(diff(null, { key: "web", name: "Landing page" })).toEqual([
      { path: "key", kind: "added", after: "web" },
      { path: "name", kind: "added", after: "Landing page" },
    ]);
    expect(diff({ url: "https://a.example/hook" }, null)).toEqual([
      { path: "url", kind: "removed", before: "https://a.example/hook" },
    ]);
    expect(summarize(null, { key: "web" })).toBe("created");
    expect(summarize({ key: "web" }, null)).toBe("deleted");
  });

  it("says when a field was set to nothing or from nothing", () => {
    expect(diff({ recipient: null }, { recipient: "ann" })).toEqual([
      { path: "recipient", kind: "changed", before: "none", after: "ann" },
    ]);
    expect(diff({ a: 1 }, { a: 1 })).toEqual([]);
    expect(summarize({ a: 1 }, { a: 1 })).toBe("nothing changed");
  });
});
