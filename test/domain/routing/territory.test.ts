import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceMiles } from "../../../src/domain/routing/geo.js";
import { territoryCovers } from "../../../src/domain/routing/territory.js";
import type { Territory } from "../../../src/domain/routing/types.js";
import { lead } from "./fixtures.js";

const CHICAGO = { lat: 41.8781, lon: -87.6298 };
const MILWAUKEE = { lat: 43.0389, lon: -87.9065 };

describe("territory", () => {
  it("measures great-circle distances in miles", () => {
    expect(distanceMiles(CHICAGO.lat, CHICAGO.lon, MILWAUKEE.lat, MILWAUKEE.lon)).toBeCloseTo(81.4, 0);
    expect(distanceMiles(40.7128, -74.006, 34.0522, -118.2437)).toBeCloseTo(2445.6, 0);
    expect(distanceMiles(10, 20, 10, 20)).toBe(0);
  });

  it("covers everywhere when there is no territory or it lists nothing", () => {
    expect(territoryCovers(undefined, lead({ state: undefined, zip: undefined }))).toBe(true);
    expect(territoryCovers({}, lead())).toBe(true);
    expect(territoryCovers({ states: [], zips: [] }, lead())).toBe(true);
  });

  it("covers a lead in one of its states, whatever the case", () => {
    expect(territoryCovers({ states: ["ia", "NE"] }, lead({ state: "IA" }))).toBe(true);
    expect(territoryCovers({ states: ["NE"] }, lead({ state: "ia" }))).toBe(false);
    expect(territoryCovers({ states: ["IA"] }, lead({ state: undefined }))).toBe(false);
  });

  it("covers a lead with one of its zips, also when the lead has zip+4", () => {
    expect(territoryCovers({ zips: ["50301", "50302"] }, lead({ zip: "50302" }))).toBe(true);
    expect(territoryCovers({ zips: ["50301"] }, lead({ zip: "50301-1234" }))).toBe(true);
    expect(territoryCovers({ zips: ["50301"] }, lead({ zip: "50310" }))).toBe(false);
  });

  it("covers a lead whose zip starts with one of its prefixes", () => {
    expect(territoryCovers({ zipPrefixes: ["503"] }, lead({ zip: "50399" }))).toBe(true);
    expect(territoryCovers({ zipPrefixes: ["5"] }, lead({ zip: "59999" }))).toBe(true);
    expect(territoryCovers({ zipPrefixes: ["504"] }, lead({ zip: "50399" }))).toBe(false);
  });

  it("covers a lead within the radius and not one beyond it", () => {
    const territory = { radius: { ...CHICAGO, miles: 85 } };
    expect(territoryCovers(territory, lead({ state: "WI", ...MILWAUKEE }))).toBe(true);
    expect(territoryCovers({ radius: { ...CHICAGO, miles: 80 } }, lead({ state: "WI", ...MILWAUKEE }))).toBe(
      false,
    );
    expect(territoryCovers(territory, lead({ state: "WI", lat: undefined, lon: undefined }))).toBe(false);
  });

  it("matches nothing by a radius whose centre was not resolved, but still by its other criteria", () => {
    const territory = { radius: { zip: "60601", miles: 5000 } };
    expect(territoryCovers(territory, lead(MILWAUKEE))).toBe(false);
    expect(territoryCovers({ ...territory, states: ["WI"] }, lead({ state: "WI", ...MILWAUKEE }))).toBe(true);
  });

  it("covers a lead that any one criterion covers", () => {
    const territory = {
      states: ["NE"],
      zips: ["10001"],
      zipPrefixes: ["606"],
      radius: { ...CHICAGO, miles: 10 },
    };
    expect(territoryCovers(territory, lead({ state: "NE", zip: "68001" }))).toBe(true);
    expect(territoryCovers(territory, lead({ state: "NY", zip: "10001" }))).toBe(true);
    expect(territoryCovers(territory, lead({ state: "IL", zip: "60699" }))).toBe(true);
    expect(territoryCovers(territory, lead({ state: "IL", zip: "60000", ...CHICAGO }))).toBe(true);
    expect(territoryCovers(territory, lead({ state: "IA", zip: "50301" }))).toBe(false);
  });

  it("reads lists written with stray spaces or lower case as their trimmed, upper-case selves", () => {
    /** The rule, written out plainly: trim every entry, upper-case states, ignore empty prefixes. */
    const covers = (t: Territory, l: { state: string; zip: string }): boolean => {
      const states = (t.states ?? []).map((x) => x.trim().toUpperCase());
      const zips = (t.zips ?? []).map((x) => x.trim());
      const prefixes = (t.zipPrefixes ?? []).map((x) => x.trim()).filter((x) => x !== "");
      if (states.length + zips.length + prefixes.length === 0) return true;
      const zip = l.zip.trim().slice(0, 5);
      return (
        states.includes(l.state.toUpperCase()) ||
        (zip !== "" && (zips.includes(zip) || prefixes.some((x) => zip.startsWith(x))))
      );
    };
    const text = fc.string({ unit: fc.constantFrom(" ", "i", "a", "I", "A", "5", "0"), maxLength: 4 });
    const list = fc.array(text, { maxLength: 3 });
    const territory = fc.record({ states: list, zips: list, zipPrefixes: list }, { requiredKeys: [] });
    fc.assert(
      fc.property(territory, text, text, (t, state, zip) => {
        expect(territoryCovers(t, lead({ state, zip }))).toBe(covers(t, { state, zip }));
      }),
      { numRuns: 3000 },
    );
  });
});
