import { describe, expect, it } from "vitest";
import { findExclusiveConflicts } from "../../../src/domain/routing/exclusive-conflicts.js";
import type { RecipientConfig, Territory } from "../../../src/domain/routing/types.js";
import { ZipAtlas } from "../../../src/domain/routing/zip-atlas.js";
import { recipient } from "./fixtures.js";

/** A few real zips: Des Moines and Ames (IA), Council Bluffs (IA, across the river from Omaha), Omaha (NE). */
const atlas = ZipAtlas.of([
  { zip: "50301", state: "IA", lat: 41.6727, lon: -93.5722 },
  { zip: "50010", state: "IA", lat: 42.0379, lon: -93.6003 },
  { zip: "51501", state: "IA", lat: 41.2324, lon: -95.8751 },
  { zip: "68102", state: "NE", lat: 41.259, lon: -95.9409 },
  { zip: "68001", state: "NE", lat: 41.3479, lon: -96.9563 },
  { zip: "60601", state: "IL", lat: 41.8858, lon: -87.6181 },
]);
const DES_MOINES = { lat: 41.6727, lon: -93.5722 };
const OMAHA = { zip: "68102", lat: 41.259, lon: -95.9409 };

const dealer = (key: string, territory: Territory | undefined, over: Partial<RecipientConfig> = {}) =>
  recipient(key, { kind: "partner", exclusive: true, ...(territory ? { territory } : {}), ...over });

function overlapOf(a: Territory | undefined, b: Territory | undefined): string | undefined {
  return findExclusiveConflicts([dealer("a", a), dealer("b", b)], atlas)[0]?.overlap;
}

describe("exclusive contract conflicts", () => {
  it("names both recipients and the category of two contracts on one state", () => {
    const conflicts = findExclusiveConflicts(
      [dealer("north", { states: ["IA", "MN"] }), dealer("east", { states: ["IL", "IA"] })],
      atlas,
    );
    expect(conflicts).toEqual([
      {
        a: "east",
        b: "north",
        category: "solar",
        overlap: "both cover state IA",
        message: "the exclusive territories of east and north overlap in category solar: both cover state IA",
      },
    ]);
  });

  it("finds a shared zip, and a zip lying in the other's state", () => {
    expect(overlapOf({ zips: ["50301"] }, { zips: ["50301"] })).toBe("both cover zip 50301");
    expect(overlapOf({ states: ["IA"] }, { zips: ["68001", "50301"] })).toBe(
      "zip 50301 (IA) lies in both: in state IA of a and in zip 50301 of b",
    );
  });

  it("finds zip prefixes that overlap each other, a zip, or a state they reach into", () => {
    expect(overlapOf({ zipPrefixes: ["50"] }, { zipPrefixes: ["503"] })).toBe(
      "zip prefixes 50 and 503 overlap",
    );
    expect(overlapOf({ zips: ["50301"] }, { zipPrefixes: ["503"] })).toBe("zip 50301 starts with prefix 503");
    expect(overlapOf({ zipPrefixes: ["503"] }, { zipPrefixes: ["504"] })).toBeUndefined();
    expect(overlapOf({ states: ["IA"] }, { zipPrefixes: ["515"] })).toBe(
      "zip 51501 (IA) lies in both: in state IA of a and in zip prefix 515 of b",
    );
    expect(overlapOf({ states: ["NE"] }, { zipPrefixes: ["515"] })).toBeUndefined();
  });

  it("finds a radius whose centre lies outside a state but whose circle takes in one of its zips", () => {
    // Omaha, NE to Council Bluffs, IA is about 4 miles.
    expect(overlapOf({ states: ["IA"] }, { radius: { ...OMAHA, miles: 10 } })).toBe(
      "zip 51501 (IA) lies in both: in state IA of a and in the 10-mile radius around 68102 of b",
    );
    expect(overlapOf({ states: ["IA"] }, { radius: { ...OMAHA, miles: 2 } })).toBeUndefined();
    expect(overlapOf({ zips: ["51501"] }, { radius: { ...OMAHA, miles: 10 } })).toMatch(/^zip 51501 \(IA\)/);
    expect(overlapOf({ zipPrefixes: ["51"] }, { radius: { ...OMAHA, miles: 10 } })).toMatch(/^zip 51501/);
  });

  it("compares radius circles by the zips they take in, where leads are placed", () => {
    // Des Moines to Omaha is about 126 miles: these circles cross, but no zip lies in both.
    expect(overlapOf({ radius: { ...DES_MOINES, miles: 70 } }, { radius: { ...OMAHA, miles: 60 } })).toBe(
      undefined,
    );
    expect(overlapOf({ radius: { ...DES_MOINES, miles: 130 } }, { radius: { ...OMAHA, miles: 10 } })).toBe(
      "zip 51501 (IA) lies in both: in the 130-mile radius around 41.6727, -93.5722 of a and in the 10-mile radius around 68102 of b",
    );
  });

  it("counts a contract without territory as covering everywhere", () => {
    expect(overlapOf(undefined, { states: ["IA"] })).toBe("one of them covers everywhere");
  });

  it("accepts disjoint territories, other categories and recipients that are not exclusive", () => {
    expect(overlapOf({ states: ["IA"] }, { states: ["NE"], zips: ["68001"] })).toBeUndefined();
    const conflicts = findExclusiveConflicts(
      [
        dealer("solar-iowa", { states: ["IA"] }),
        dealer("roofing-iowa", { states: ["IA"] }, { categories: ["roofing"] }),
        dealer("plain-iowa", { states: ["IA"] }, { exclusive: false }),
      ],
      atlas,
    );
    expect(conflicts).toEqual([]);
  });

  it("lists every conflicting pair", () => {
    const conflicts = findExclusiveConflicts(
      [dealer("a", { states: ["IA"] }), dealer("b", { states: ["IA"] }), dealer("c", { zips: ["50301"] })],
      atlas,
    );
    expect(conflicts.map((c) => `${c.a}-${c.b}`)).toEqual(["a-b", "a-c", "b-c"]);
  });
});
