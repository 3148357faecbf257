import { describe, expect, it } from "vitest";
import { findExclusiveConflicts } from "../../../src/domain/routing/exclusive-conflicts.js";
import type { RecipientConfig, Territory } from "../../../src/domain/routing/types.js";
import { recipient } from "./fixtures.js";

const ZIP_STATES: Record<string, string> = { "50301": "IA", "68001": "NE", "60601": "IL", "53202": "WI" };
const zipToState = (zip: string) => ZIP_STATES[zip];
const DES_MOINES = { lat: 41.5868, lon: -93.625 };
const OMAHA = { lat: 41.2565, lon: -95.9345 };

const dealer = (key: string, territory: Territory | undefined, over: Partial<RecipientConfig> = {}) =>
  recipient(key, { kind: "partner", exclusive: true, ...(territory ? { territory } : {}), ...over });

function overlapOf(a: Territory | undefined, b: Territory | undefined): string | undefined {
  return findExclusiveConflicts([dealer("a", a), dealer("b", b)], zipToState)[0]?.overlap;
}

describe("exclusive contract conflicts", () => {
  it("names both recipients and the category of two contracts on one state", () => {
    const conflicts = findExclusiveConflicts(
      [dealer("north", { states: ["IA", "MN"] }), dealer("east", { states: ["IL", "IA"] })],
      zipToState,
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
    expect(overlapOf({ states: ["IA"] }, { zips: ["68001", "50301"] })).toBe("zip 50301 lies in state IA");
  });

  it("finds zip prefixes that overlap each other or a zip", () => {
    expect(overlapOf({ zipPrefixes: ["50"] }, { zipPrefixes: ["503"] })).toBe(
      "zip prefixes 50 and 503 overlap",
    );
    expect(overlapOf({ zips: ["50301"] }, { zipPrefixes: ["503"] })).toBe("zip 50301 starts with prefix 503");
    expect(overlapOf({ zipPrefixes: ["503"] }, { zipPrefixes: ["504"] })).toBeUndefined();
  });

  it("finds radius circles that intersect and not those that stay apart", () => {
    // Des Moines to Omaha is about 120 miles.
    expect(overlapOf({ radius: { ...DES_MOINES, miles: 70 } }, { radius: { ...OMAHA, miles: 60 } })).toMatch(
      /^radius circles of 70 and 60 miles are 12\d\.\d miles apart$/,
    );
    expect(
      overlapOf({ radius: { ...DES_MOINES, miles: 50 } }, { radius: { ...OMAHA, miles: 50 } }),
    ).toBeUndefined();
  });

  it("finds a radius centred inside the other's state, zips or prefixes", () => {
    const centred = { radius: { zip: "50301", ...DES_MOINES, miles: 10 } };
    expect(overlapOf(centred, { states: ["IA"] })).toBe("the radius centre 50301 lies in state IA");
    expect(overlapOf({ zips: ["50301"] }, centred)).toBe("the radius centre 50301 is a zip of the other");
    expect(overlapOf(centred, { zipPrefixes: ["50"] })).toBe("the radius centre 50301 starts with prefix 50");
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
      zipToState,
    );
    expect(conflicts).toEqual([]);
  });

  it("lists every conflicting pair", () => {
    const conflicts = findExclusiveConflicts(
      [dealer("a", { states: ["IA"] }), dealer("b", { states: ["IA"] }), dealer("c", { zips: ["50301"] })],
      zipToState,
    );
    expect(conflicts.map((c) => `${c.a}-${c.b}`)).toEqual(["a-b", "a-c", "b-c"]);
  });
});
