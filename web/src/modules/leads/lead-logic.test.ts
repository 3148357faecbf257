import { describe, expect, it } from "vitest";
import { filtersFromSearch, searchFromFilters } from "./filters";
import { byPriority } from "./lead";
import { nextStages, type Stage } from "./stages";
import { describeEvent } from "./timeline";

const stage = (key: string, extra: Partial<Stage> = {}): Stage => ({
  key,
  name: key[0]!.toUpperCase() + key.slice(1),
  outcome: null,
  terminal: false,
  ...extra,
});
const STAGES = [
  stage("new"),
  stage("assigned"),
  stage("contacted"),
  stage("qualified"),
  stage("won", { outcome: "won", terminal: true }),
  stage("lost", { outcome: "lost", terminal: true }),
];

describe("a worklist and its stages", () => {
  it("puts hot leads first, then the higher score, then the older lead", () => {
    const lead = (id: string, priority: string, score: number, createdAt: string) => ({
      id,
      priority,
      score,
      createdAt,
    });
    const ordered = byPriority([
      lead("cold", "cold", 99, "2026-01-01"),
      lead("warm-low", "warm", 40, "2026-01-01"),
      lead("hot-new", "hot", 90, "2026-01-03"),
      lead("hot-old", "hot", 90, "2026-01-02"),
      lead("warm-high", "warm", 60, "2026-01-01"),
    ]);
    expect(ordered.map((l) => l.id)).toEqual(["hot-old", "hot-new", "warm-high", "warm-low", "cold"]);
  });

  it("offers the stages after the lead's own, never back and never the ones Carousel sets", () => {
    expect(nextStages(STAGES, "assigned").map((s) => s.key)).toEqual([
      "contacted",
      "qualified",
      "won",
      "lost",
    ]);
    expect(nextStages(STAGES, "qualified").map((s) => s.key)).toEqual(["won", "lost"]);
    expect(nextStages(STAGES, "won")).toEqual([]);
  });

  it("tells the timeline's events in words", () => {
    expect(
      describeEvent({ type: "stage_changed", data: { from: "qualified", to: "won", revenue: 1200 } }),
    ).toBe("Moved to Won ($1,200.00)");
    expect(describeEvent({ type: "call", data: { outcome: "no_answer" } })).toBe("Call: no answer");
    expect(describeEvent({ type: "note", data: { text: "<b>hi</b>" } })).toBe("Note: <b>hi</b>");
  });

  it("names the recipient an event mentions, and falls back to its key", () => {
    const names: Record<string, string> = { "dealer-a": "Dealer A" };
    const nameOf = (key: string) => names[key] ?? key;
    expect(describeEvent({ type: "offered", data: { recipient: "dealer-a" } }, nameOf)).toBe(
      "Offered · Dealer A",
    );
    expect(describeEvent({ type: "offered", data: { recipient: "gone" } }, nameOf)).toBe("Offered · gone");
  });
});

describe("the leads table's filters in the URL", () => {
  it("reads the known filters and drops empty and unknown ones", () => {
    expect(filtersFromSearch("?stage=won&q=+dana+&bogus=1&state=")).toEqual({ stage: "won", q: "dana" });
  });

  it("writes them back in one order, so a view has one address", () => {
    expect(searchFromFilters({ state: "IA", category: "windows", cursor: "abc" })).toBe(
      "?category=windows&state=IA&cursor=abc",
    );
    expect(searchFromFilters({})).toBe("");
  });
});
