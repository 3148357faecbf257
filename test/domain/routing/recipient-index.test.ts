import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecipientIndex } from "../../../src/domain/routing/recipient-index.js";
import { territoryCovers } from "../../../src/domain/routing/territory.js";
import type { Territory } from "../../../src/domain/routing/types.js";
import { lead, recipient } from "./fixtures.js";

const CHICAGO = { lat: 41.8781, lon: -87.6298 };

describe("recipient index", () => {
  const recipients = [
    recipient("iowa", { territory: { states: ["IA"] } }),
    recipient("des-moines-zip", { territory: { zips: ["50301"] } }),
    recipient("503", { territory: { zipPrefixes: ["503"] } }),
    recipient("5", { territory: { zipPrefixes: ["5"] } }),
    recipient("chicago-50mi", { territory: { radius: { ...CHICAGO, miles: 50 } } }),
    recipient("unresolved", { territory: { radius: { zip: "60601", miles: 50 } } }),
    recipient("everywhere"),
    recipient("nebraska", { territory: { states: ["NE"] } }),
  ];
  const index = RecipientIndex.build(recipients);
  const keys = (l: Parameters<typeof index.candidatesFor>[0]) =>
    index
      .candidatesFor(l)
      .map((r) => r.key)
      .sort();

  it("finds recipients by state, exact zip, every zip prefix, and those everywhere", () => {
    expect(keys({ state: "IA", zip: "50301" })).toEqual(["5", "503", "des-moines-zip", "everywhere", "iowa"]);
    expect(keys({ state: "ia", zip: "50399-0001" })).toEqual(["5", "503", "everywhere", "iowa"]);
  });

  it("returns a recipient that several lists hold only once, lookup after lookup", () => {
    const everything = recipient("all-of-it", {
      territory: {
        states: ["IA"],
        zips: ["50301"],
        zipPrefixes: ["5", "50"],
        radius: { lat: 41.6, lon: -93.6, miles: 30 },
      },
    });
    const idx = RecipientIndex.build([everything, recipient("everywhere")]);
    const place = { state: "IA", zip: "50301", lat: 41.6, lon: -93.6 };
    for (let i = 0; i < 3; i++)
      expect(
        idx
          .candidatesFor(place)
          .map((r) => r.key)
          .sort(),
      ).toEqual(["all-of-it", "everywhere"]);
  });

  it("finds radius territories by the lead's grid cell", () => {
    expect(keys({ state: "IL", zip: "60601", ...CHICAGO })).toEqual(["chicago-50mi", "everywhere"]);
    expect(keys({ state: "IL", zip: "60601" })).toEqual(["everywhere"]);
  });

  it("leaves out a radius on the far side of the globe, also across the antimeridian", () => {
    const idx = RecipientIndex.build([
      recipient("plains", { territory: { radius: { lat: 40, lon: -100, miles: 20 } } }),
      recipient("fiji", { territory: { radius: { lat: -17, lon: 179.9, miles: 40 } } }),
    ]);
    expect(idx.candidatesFor({ lat: 40, lon: 80 }).map((r) => r.key)).toEqual([]);
    expect(idx.candidatesFor({ lat: 40.1, lon: -100.1 }).map((r) => r.key)).toEqual(["plains"]);
    expect(idx.candidatesFor({ lat: -17, lon: -179.9 }).map((r) => r.key)).toEqual(["fiji"]);
  });

  it("leaves out everyone whose territory is elsewhere", () => {
    expect(keys({ state: "TX", zip: "75001", lat: 32.96, lon: -96.84 })).toEqual(["everywhere"]);
    expect(index.size).toBe(8);
  });

  it("never misses a recipient whose territory covers the lead", () => {
    const stateArb = fc.constantFrom("IA", "NE", "IL", "TX");
    const zipArb = fc.stringMatching(/^[0-9]{5}$/);
    const pointArb = fc.record({
      lat: fc.double({ min: -60, max: 70, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    const territoryArb: fc.Arbitrary<Territory> = fc.record(
      {
        states: fc.array(stateArb, { maxLength: 2 }),
        zips: fc.array(zipArb, { maxLength: 2 }),
        zipPrefixes: fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { maxLength: 2 }),
        radius: fc.record({
          lat: fc.double({ min: -60, max: 70, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          miles: fc.double({ min: 1, max: 3000, noNaN: true }),
        }),
      },
      { requiredKeys: [] },
    );
    const leadArb = fc.record({ state: stateArb, zip: zipArb, point: pointArb });
    // Leads near the edge of each circle, where a coarse grid is most likely to miss.
    const nearArb = fc.array(
      fc.record({
        angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        reach: fc.double({ min: 0.5, max: 1.05, noNaN: true }),
      }),
      { minLength: 12, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.array(territoryArb, { maxLength: 12 }),
        fc.array(leadArb, { minLength: 1, maxLength: 10 }),
        nearArb,
        (territories, leads, near) => {
          const configs = territories.map((territory, i) => recipient(`r${i}`, { territory }));
          const idx = RecipientIndex.build(configs);
          const places = leads.map((l) =>
            lead({ state: l.state, zip: l.zip, lat: l.point.lat, lon: l.point.lon }),
          );
          territories.forEach((t, i) => {
            const r = t.radius;
            const n = near[i];
            if (!r?.lat || !r.lon || !n) return;
            const lat = Math.max(-89.9, Math.min(89.9, r.lat + (n.reach * r.miles * Math.cos(n.angle)) / 69));
            const lon =
              r.lon + (n.reach * r.miles * Math.sin(n.angle)) / (69 * Math.cos((lat * Math.PI) / 180));
            places.push(lead({ lat, lon: ((((lon + 180) % 360) + 360) % 360) - 180 }));
          });
          for (const place of places) {
            const found = new Set(idx.candidatesFor(place));
            for (const c of configs) if (territoryCovers(c.territory, place)) expect(found.has(c)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("indexes objects of the store's own shape", () => {
    const rows = [{ id: 7, territory: { states: ["IA"] } }, { id: 8 }];
    expect(
      RecipientIndex.build(rows)
        .candidatesFor({ state: "IA" })
        .map((r) => r.id)
        .sort(),
    ).toEqual([7, 8]);
  });
});
