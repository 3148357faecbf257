import { describe, expect, it } from "vitest";
import { hasKind, newId } from "../../src/domain/ids.js";

describe("ids", () => {
  it("carry their kind's prefix, then ten characters of clock and sixteen of randomness", () => {
    const id = newId("lead", Date.UTC(2026, 10, 22));
    expect(id).toMatch(/^lead_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(hasKind(id, "lead")).toBe(true);
    expect(hasKind(newId("event"), "event")).toBe(true);
    expect(hasKind(id, "event")).toBe(false);
  });

  it("sort by the time they were made", () => {
    const earlier = newId("lead", Date.UTC(2030, 0, 1));
    const later = newId("lead", Date.UTC(2030, 0, 1) + 1);
    expect(earlier < later).toBe(true);
    expect(earlier.slice(5, 15) < later.slice(5, 15)).toBe(true);
  });

  it("increase strictly within one millisecond, and when the clock goes back", () => {
    const at = Date.UTC(2031, 5, 1);
    const ids = Array.from({ length: 5000 }, (_, i) => newId("event", i % 2 === 0 ? at : at - 1000));
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("differ in their random part between two runs of the same millisecond", () => {
    const a = newId("lead", Date.UTC(2032, 0, 1));
    const b = newId("lead", Date.UTC(2032, 0, 1) + 1);
    expect(a.slice(15)).not.toBe(b.slice(15));
  });
});
