import zipcodes from "zipcodes";
import { cosLat, degreeSpan } from "./geo.js";
import { circleCovers, compileTerritory, resolvedCircle, type Circle } from "./territory.js";
import type { Territory } from "./types.js";

/** A US zip code where intake places a lead that gives it: its state and its centre. */
export interface ZipPlace {
  zip: string;
  state: string;
  lat: number;
  lon: number;
}

/** A latitude band's bound for a circle is widened by this much, so rounding never drops a zip. */
const BAND_MARGIN_DEGREES = 0.01;

function lowerBound(n: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every zip a lead can be placed at, indexed so that the zips a territory covers are found without
 * a scan: by state, by zip order (a prefix is a range) and by latitude (a circle is a band). Intake
 * gives a lead with a known zip that zip's state and centre, so two territories can both cover such
 * a lead exactly when they cover a common zip here.
 *
 * @example
 * const atlas = usZipAtlas();
 * atlas.zipsCovered({ states: ["IA"] }).length; // every Iowa zip
 */
export class ZipAtlas {
  readonly #places: readonly ZipPlace[];
  /** Positions in #places by zip, ascending: a zip prefix is one range of it. */
  readonly #byZip: Int32Array;
  /** Positions in #places by latitude, ascending. */
  readonly #byLat: Int32Array;
  readonly #cos: Float64Array;
  readonly #position = new Map<string, number>();
  readonly #byState = new Map<string, number[]>();
  // Configurations are replaced, never edited in place, so a cache keyed by the object stays true.
  readonly #covered = new WeakMap<Territory, Int32Array>();

  private constructor(places: readonly ZipPlace[]) {
    this.#places = places;
    const positions = places.map((_, i) => i);
    this.#byZip = Int32Array.from([...positions].sort((a, b) => (places[a]!.zip < places[b]!.zip ? -1 : 1)));
    this.#byLat = Int32Array.from([...positions].sort((a, b) => places[a]!.lat - places[b]!.lat));
    this.#cos = Float64Array.from(places, (p) => cosLat(p.lat));
    places.forEach((p, i) => {
      this.#position.set(p.zip, i);
      const list = this.#byState.get(p.state);
      if (list) list.push(i);
      else this.#byState.set(p.state, [i]);
    });
  }

  static of(places: readonly ZipPlace[]): ZipAtlas {
    return new ZipAtlas(places);
  }

  get size(): number {
    return this.#places.length;
  }

  place(position: number): ZipPlace | undefined {
    return this.#places[position];
  }

  lookup(zip: string): ZipPlace | undefined {
    const i = this.#position.get(zip);
    return i === undefined ? undefined : this.#places[i];
  }

  /**
   * Positions of the zips a territory covers, ascending: exactly those where `territoryCovers`
   * holds for a lead placed at the zip. A territory without criteria covers every zip.
   */
  zipsCovered(territory: Territory | undefined): Int32Array {
    if (territory === undefined) return this.#all();
    let covered = this.#covered.get(territory);
    if (!covered) {
      covered = this.#cover(territory);
      this.#covered.set(territory, covered);
    }
    return covered;
  }

  #all(): Int32Array {
    return Int32Array.from(this.#places, (_, i) => i);
  }

  #cover(territory: Territory): Int32Array {
    const t = compileTerritory(territory);
    if (t.everywhere) return this.#all();
    const found = new Set<number>();
    for (const s of t.states) for (const i of this.#byState.get(s) ?? []) found.add(i);
    for (const z of t.zips) {
      const i = this.#position.get(z);
      if (i !== undefined) found.add(i);
    }
    for (const p of t.zipPrefixes) this.#withPrefix(p, (i) => found.add(i));
    const circle = resolvedCircle(t);
    if (circle !== null) this.#within(circle, (i) => found.add(i));
    return Int32Array.from(found).sort();
  }

  #withPrefix(prefix: string, add: (i: number) => void): void {
    const zipAt = (k: number) => this.#places[this.#byZip[k]!]!.zip;
    let k = lowerBound(this.#byZip.length, (m) => zipAt(m) < prefix);
    for (; k < this.#byZip.length && zipAt(k).startsWith(prefix); k++) add(this.#byZip[k]!);
  }

  #within(circle: Circle, add: (i: number) => void): void {
    const reach = degreeSpan(circle.lat, circle.miles).lat + BAND_MARGIN_DEGREES;
    const latAt = (k: number) => this.#places[this.#byLat[k]!]!.lat;
    let k = lowerBound(this.#byLat.length, (m) => latAt(m) < circle.lat - reach);
    for (; k < this.#byLat.length && latAt(k) <= circle.lat + reach; k++) {
      const i = this.#byLat[k]!;
      const p = this.#places[i]!;
      if (circleCovers(circle, p.lat, p.lon, this.#cos[i])) add(i);
    }
  }
}

let us: ZipAtlas | undefined;

/** The zips intake knows (the `zipcodes` package's US codes), built on first use and kept. */
export function usZipAtlas(): ZipAtlas {
  if (!us) {
    const places: ZipPlace[] = [];
    for (const [zip, p] of Object.entries(zipcodes.codes))
      if (/^\d{5}$/.test(zip)) places.push({ zip, state: p.state, lat: p.latitude, lon: p.longitude });
    us = ZipAtlas.of(places);
  }
  return us;
}
