import { cosLat, distanceWithCosines } from "./geo.js";
import type { RoutableLead, Territory } from "./types.js";

export interface Circle {
  lat: number;
  lon: number;
  miles: number;
  /** `cosLat(lat)` */
  cos: number;
}

/** A territory in the form lookups want; built once per territory object. */
export interface CompiledTerritory {
  everywhere: boolean;
  states: ReadonlySet<string>;
  /** `states` as a list: a territory names one or two, and a loop over them beats a set lookup. */
  stateList: readonly string[];
  zips: ReadonlySet<string>;
  zipPrefixes: readonly string[];
  /** `null`: no radius; `"unresolved"`: a radius whose centre the store could not place. */
  circle: Circle | "unresolved" | null;
}

const EVERYWHERE: CompiledTerritory = {
  everywhere: true,
  states: new Set(),
  stateList: [],
  zips: new Set(),
  zipPrefixes: [],
  circle: null,
};

// Configurations are replaced, never edited in place, so a cache keyed by the object stays true.
const compiled = new WeakMap<Territory, CompiledTerritory>();

export function zip5(zip: string | undefined): string | undefined {
  if (zip === undefined) return undefined;
  const z = zip.trim().slice(0, 5);
  return z === "" ? undefined : z;
}

function circleOf(territory: Territory): Circle | "unresolved" | null {
  const r = territory.radius;
  if (!r) return null;
  if (typeof r.lat !== "number" || typeof r.lon !== "number" || !Number.isFinite(r.lat + r.lon))
    return "unresolved";
  return { lat: r.lat, lon: r.lon, miles: r.miles, cos: cosLat(r.lat) };
}

export function compileTerritory(territory: Territory | undefined): CompiledTerritory {
  if (!territory) return EVERYWHERE;
  let c = compiled.get(territory);
  if (!c) {
    const states = new Set((territory.states ?? []).map((s) => s.trim().toUpperCase()));
    const zips = new Set((territory.zips ?? []).map((z) => z.trim()));
    const zipPrefixes = (territory.zipPrefixes ?? []).map((p) => p.trim()).filter((p) => p !== "");
    const circle = circleOf(territory);
    const everywhere = states.size === 0 && zips.size === 0 && zipPrefixes.length === 0 && circle === null;
    c = everywhere ? EVERYWHERE : { everywhere, states, stateList: [...states], zips, zipPrefixes, circle };
    compiled.set(territory, c);
  }
  return c;
}

/** The circle a territory can match by, if it has one with a known centre. */
export function resolvedCircle(t: CompiledTerritory): Circle | null {
  return t.circle === "unresolved" ? null : t.circle;
}

export function circleCovers(circle: Circle, lat: number, lon: number, cos = cosLat(lat)): boolean {
  return distanceWithCosines(circle.lat, circle.lon, circle.cos, lat, lon, cos) <= circle.miles;
}

type Place = Pick<RoutableLead, "state" | "zip" | "lat" | "lon">;

interface NormalizedPlace {
  state: string | undefined;
  zip: string | undefined;
  /** `state` and `zip` as written in a territory, if they could be: without spaces around them. */
  plainState: string | undefined;
  plainZip: string | undefined;
  lat: number | undefined;
  lon: number | undefined;
  cos: number;
}

let lastPlace: Place | undefined;
let lastNormalized: NormalizedPlace | undefined;

/** Every candidate of a decision asks about the same lead, so the last one is kept. */
function normalize(place: Place): NormalizedPlace {
  if (place === lastPlace && lastNormalized) return lastNormalized;
  const state = place.state?.toUpperCase();
  const zip = zip5(place.zip);
  const normalized = {
    state,
    zip,
    plainState: state === state?.trim() ? state : undefined,
    plainZip: zip === zip?.trim() ? zip : undefined,
    lat: place.lat,
    lon: place.lon,
    cos: place.lat === undefined ? NaN : cosLat(place.lat),
  };
  lastPlace = place;
  lastNormalized = normalized;
  return normalized;
}

/**
 * Whether the territory's lists, as written, name the lead's state, zip or a prefix of it. A yes
 * holds after trimming and upper-casing too; a no proves nothing ("ia" is Iowa).
 */
function listedAsIs(territory: Territory, place: NormalizedPlace): boolean {
  const { plainState: state, plainZip: zip } = place;
  if (state !== undefined && territory.states) for (const s of territory.states) if (s === state) return true;
  if (zip === undefined) return false;
  if (territory.zips) for (const z of territory.zips) if (z === zip) return true;
  if (territory.zipPrefixes)
    for (const p of territory.zipPrefixes) if (p !== "" && zip.startsWith(p)) return true;
  return false;
}

/** Whether a lead lies in a territory: any one criterion (state, zip, zip prefix, radius) is enough. */
export function territoryCovers(territory: Territory | undefined, lead: Place): boolean {
  if (territory === undefined) return true;
  const place = normalize(lead);
  // Most candidates the index hands a decision are listed by the lead's own state, zip or
  // prefix: the territory's own lists say so without looking up its compiled form.
  if (listedAsIs(territory, place)) return true;
  const t = compileTerritory(territory);
  if (t.everywhere) return true;
  const state = place.state;
  if (state !== undefined) for (const s of t.stateList) if (s === state) return true;
  const zip = place.zip;
  if (zip !== undefined) {
    if (t.zips.has(zip)) return true;
    for (const p of t.zipPrefixes) if (zip.startsWith(p)) return true;
  }
  const circle = resolvedCircle(t);
  return (
    circle !== null &&
    place.lat !== undefined &&
    place.lon !== undefined &&
    circleCovers(circle, place.lat, place.lon, place.cos)
  );
}
