import fc from "fast-check";
import zipcodes from "zipcodes";
import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/routing/decide.js";
import { exclusiveConflictsOf, territoryOverlap } from "../../../src/domain/routing/exclusive-conflicts.js";
import { RecipientIndex } from "../../../src/domain/routing/recipient-index.js";
import { territoryCovers } from "../../../src/domain/routing/territory.js";
import {
  ROUTING_METHODS,
  type Candidate,
  type RecipientConfig,
  type RoutableLead,
  type Territory,
  type Tier,
} from "../../../src/domain/routing/types.js";
import { ZipAtlas, type ZipPlace } from "../../../src/domain/routing/zip-atlas.js";
import { at, candidate, lead, recipient } from "./fixtures.js";

/** Real zips of a few neighbouring states, so that random territories often meet. */
const STATES = ["IA", "NE", "SD"];
const PLACES: ZipPlace[] = Object.entries(zipcodes.codes)
  .filter(([zip, p]) => /^\d{5}$/.test(zip) && STATES.includes(p.state))
  .map(([zip, p]) => ({ zip, state: p.state, lat: p.latitude, lon: p.longitude }));
const atlas = ZipAtlas.of(PLACES);
const NOW = at("2026-11-23T16:00:00Z");

const placeArb = fc.constantFrom(...PLACES);

/** One territory of one kind: a state, a zip, a zip prefix or a radius circle. */
const partArb: fc.Arbitrary<Territory> = fc.oneof(
  fc.constantFrom(...STATES).map((s) => ({ states: [s] })),
  placeArb.map((p) => ({ zips: [p.zip] })),
  fc.tuple(placeArb, fc.integer({ min: 1, max: 4 })).map(([p, n]) => ({ zipPrefixes: [p.zip.slice(0, n)] })),
  fc
    .tuple(placeArb, fc.integer({ min: 1, max: 120 }))
    .map(([p, miles]) => ({ radius: { zip: p.zip, lat: p.lat, lon: p.lon, miles } })),
  fc
    .record({
      lat: fc.double({ min: 40, max: 45.9, noNaN: true }),
      lon: fc.double({ min: -104, max: -90.2, noNaN: true }),
      miles: fc.integer({ min: 1, max: 80 }),
    })
    .map((radius) => ({ radius })),
);

/** Mostly one kind, sometimes two or three kinds at once. */
const territoryArb: fc.Arbitrary<Territory> = fc
  .array(partArb, { minLength: 1, maxLength: 3 })
  .map((parts) => {
    const t: Territory = {};
    for (const p of parts) {
      if (p.states) t.states = [...new Set([...(t.states ?? []), ...p.states])];
      if (p.zips) t.zips = [...new Set([...(t.zips ?? []), ...p.zips])];
      if (p.zipPrefixes) t.zipPrefixes = [...new Set([...(t.zipPrefixes ?? []), ...p.zipPrefixes])];
      if (p.radius) t.radius = p.radius;
    }
    return t;
  });

function leadAt(place: ZipPlace, id: string): RoutableLead {
  return lead({ id, state: place.state, zip: place.zip, lat: place.lat, lon: place.lon });
}

/** Whether some zip, with its state and centre as intake places a lead there, lies in both. */
function shareAZip(a: Territory, b: Territory): boolean {
  return PLACES.some((p) => territoryCovers(a, p) && territoryCovers(b, p));
}

const tierArb: fc.Arbitrary<Tier> = fc
  .record({
    method: fc.constantFrom(...ROUTING_METHODS),
    mode: fc.constantFrom("push" as const, "pull" as const, "direct" as const),
  })
  .map(({ method, mode }) => ({ select: {}, method, mode: method === "broadcast" ? "direct" : mode }));

const recipientArb = fc.record({
  territory: fc.option(territoryArb, { nil: undefined, freq: 8 }),
  exclusive: fc.boolean(),
  away: fc.boolean(),
  capped: fc.boolean(),
});

/** Recipients in the order they were written, a plan, and where the leads come from. */
const worldArbs = [
  fc.array(recipientArb, { minLength: 1, maxLength: 8 }),
  fc.array(tierArb, { minLength: 1, maxLength: 3 }),
  fc.array(placeArb, { minLength: 1, maxLength: 25 }),
] as const;

type Spec = typeof recipientArb extends fc.Arbitrary<infer T> ? T : never;

function configOf(spec: Spec, i: number): Candidate {
  const config: RecipientConfig = recipient(`r${i}`, {
    createdAt: i,
    exclusive: spec.exclusive,
    ...(spec.territory ? { territory: spec.territory } : {}),
    ...(spec.away && i % 3 === 0 ? { status: "away" as const } : {}),
    ...(spec.capped ? { caps: { day: 1 } } : {}),
  });
  return candidate(
    config,
    spec.capped && i % 2 === 0 ? { counts: { hour: 1, day: 1, week: 1, month: 1 } } : {},
  );
}

/** Routes each lead through the territory index and `decide`; returns who got it or was offered it. */
function route(candidates: Candidate[], tiers: Tier[], places: ZipPlace[]) {
  const byKey = new Map(candidates.map((c) => [c.config.key, c]));
  const index = RecipientIndex.build(candidates.map((c) => c.config));
  return places.map((place, n) => {
    const l = leadAt(place, `lead-${n}`);
    const found = index.candidatesFor(l).map((config) => byKey.get(config.key)!);
    const d = decide(l, { version: 1, tiers }, found, n, NOW);
    const reached = new Set([
      ...d.assignments.map((a) => a.recipientKey),
      ...(d.pool?.recipientKeys ?? []),
      ...(d.auction?.bidders ?? []),
    ]);
    return { place, lead: l, decision: d, reached };
  });
}

function holdersOf(candidates: Candidate[], l: RoutableLead): Candidate[] {
  return candidates.filter((c) => c.config.exclusive === true && territoryCovers(c.config.territory, l));
}

describe("exclusive territories over random territories of every kind", () => {
  it("refuses a pair of exclusive territories exactly when some zip lies in both", () => {
    fc.assert(
      fc.property(territoryArb, territoryArb, (a, b) => {
        expect(territoryOverlap(a, b, atlas) !== null).toBe(shareAZip(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it("finds exactly the zips a territory covers, as routing does", () => {
    fc.assert(
      fc.property(territoryArb, (t) => {
        const covered = [...atlas.zipsCovered(t)].map((i) => atlas.place(i)!.zip);
        expect(covered.sort()).toEqual(
          PLACES.filter((p) => territoryCovers(t, p))
            .map((p) => p.zip)
            .sort(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("never lets two accepted exclusive territories share a zip, nor a lead inside one reach anyone but its holder", () => {
    fc.assert(
      fc.property(...worldArbs, (specs, tiers, places) => {
        // Recipients are written one after another, each checked against those written before.
        const accepted: Candidate[] = [];
        specs.forEach((spec, i) => {
          const c = configOf(spec, i);
          const others = accepted.map((a) => a.config);
          if (exclusiveConflictsOf(c.config, others, atlas).length === 0) accepted.push(c);
        });
        const exclusive = accepted.filter((c) => c.config.exclusive === true);
        for (const [i, x] of exclusive.entries())
          for (const y of exclusive.slice(i + 1))
            expect(shareAZip(x.config.territory ?? {}, y.config.territory ?? {})).toBe(false);

        for (const { lead: l, decision, reached } of route(accepted, tiers, places)) {
          const holders = holdersOf(accepted, l);
          expect(holders.length).toBeLessThanOrEqual(1);
          const holder = holders[0];
          if (!holder) continue;
          expect([...reached].filter((k) => k !== holder.config.key)).toEqual([]);
          expect(decision.pool).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives a lead that conflicting stored contracts both cover to the oldest contract alone", () => {
    fc.assert(
      fc.property(...worldArbs, (specs, tiers, places) => {
        // Written before conflicts were checked: nothing was refused.
        const stored = specs.map(configOf);
        for (const { lead: l, decision, reached } of route(stored, tiers, places)) {
          const oldest = holdersOf(stored, l).sort((a, b) => a.config.createdAt - b.config.createdAt)[0];
          if (!oldest) continue;
          expect([...reached].filter((k) => k !== oldest.config.key)).toEqual([]);
          expect(decision.pool).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });
});
