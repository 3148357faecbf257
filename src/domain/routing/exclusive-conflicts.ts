import { compileTerritory, resolvedCircle, type CompiledTerritory } from "./territory.js";
import type { RecipientConfig, Territory } from "./types.js";
import type { ZipAtlas, ZipPlace } from "./zip-atlas.js";

export interface ExclusiveConflict {
  a: string;
  b: string;
  category: string;
  /** Where they overlap, e.g. `both cover state IA`. */
  overlap: string;
  /** A sentence naming both, fit for an error answer. */
  message: string;
}

/** Lists that name a common place as written, so a lead there is covered by both whatever its zip. */
function listsOverlap(a: CompiledTerritory, b: CompiledTerritory): string | null {
  for (const s of a.stateList) if (b.states.has(s)) return `both cover state ${s}`;
  for (const z of a.zips) if (b.zips.has(z)) return `both cover zip ${z}`;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const z of x.zips) {
      const p = y.zipPrefixes.find((prefix) => z.startsWith(prefix));
      if (p !== undefined) return `zip ${z} starts with prefix ${p}`;
    }
    for (const p of x.zipPrefixes) {
      const q = y.zipPrefixes.find((other) => other.startsWith(p));
      if (q !== undefined) return `zip prefixes ${p} and ${q} overlap`;
    }
  }
  return null;
}

/** Why a territory covers a zip, the first criterion that does: `state IA`, `the 60-mile radius around 68102`. */
function coverage(t: CompiledTerritory, territory: Territory | undefined, place: ZipPlace): string {
  if (t.states.has(place.state)) return `state ${place.state}`;
  if (t.zips.has(place.zip)) return `zip ${place.zip}`;
  const p = t.zipPrefixes.find((prefix) => place.zip.startsWith(prefix));
  if (p !== undefined) return `zip prefix ${p}`;
  const circle = resolvedCircle(t);
  const centre = territory?.radius?.zip ?? (circle ? `${circle.lat}, ${circle.lon}` : "");
  return `the ${circle?.miles ?? 0}-mile radius around ${centre}`;
}

/** The first position both ascending lists hold, if any. */
function firstShared(a: Int32Array, b: Int32Array): number | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return x;
    if (x < y) i++;
    else j++;
  }
  return undefined;
}

/**
 * Where two territories could both cover a lead, or null if they cannot: they name a common state,
 * zip or overlapping prefix, or some zip of the atlas lies in both (a zip in the other's state, a
 * prefix reaching into a state, a radius circle taking in a zip of the other, two circles sharing a
 * zip). A radius counts by the zips it takes in, as a lead is placed at its zip's centre.
 */
export function territoryOverlap(
  a: Territory | undefined,
  b: Territory | undefined,
  atlas: ZipAtlas,
  /** Whose territories they are, to say whose part covers a shared zip. */
  names?: readonly [string, string],
): string | null {
  const ca = compileTerritory(a);
  const cb = compileTerritory(b);
  const everywhere = "one of them covers everywhere";
  // A territory that names any state, zip or prefix covers some lead; a circle only the leads
  // of the zips it takes in.
  if (ca.everywhere || cb.everywhere) {
    const other = ca.everywhere ? cb : ca;
    if (other.everywhere || other.stateList.length + other.zips.size + other.zipPrefixes.length > 0)
      return everywhere;
  }
  const listed = listsOverlap(ca, cb);
  if (listed !== null) return listed;
  const shared = firstShared(atlas.zipsCovered(a), atlas.zipsCovered(b));
  const place = shared === undefined ? undefined : atlas.place(shared);
  if (place === undefined) return null;
  if (ca.everywhere || cb.everywhere) return everywhere;
  const [of, ob] = names ? [` of ${names[0]}`, ` of ${names[1]}`] : ["", ""];
  return `zip ${place.zip} (${place.state}) lies in both: in ${coverage(ca, a, place)}${of} and in ${coverage(cb, b, place)}${ob}`;
}

function conflictOf(x: RecipientConfig, y: RecipientConfig, atlas: ZipAtlas): ExclusiveConflict | null {
  if (x.exclusive !== true || y.exclusive !== true || x.key === y.key) return null;
  const category = x.categories.find((c) => y.categories.includes(c));
  if (category === undefined) return null;
  const [first, second] = x.key < y.key ? [x, y] : [y, x];
  const [a, b] = [first.key, second.key];
  const overlap = territoryOverlap(first.territory, second.territory, atlas, [a, b]);
  if (overlap === null) return null;
  return {
    a,
    b,
    category,
    overlap,
    message: `the exclusive territories of ${a} and ${b} overlap in category ${category}: ${overlap}`,
  };
}

/**
 * Pairs of exclusive recipients sharing a category whose territories overlap, so that such a
 * configuration can be refused naming both.
 */
export function findExclusiveConflicts(
  recipients: readonly RecipientConfig[],
  atlas: ZipAtlas,
): ExclusiveConflict[] {
  const exclusive = recipients.filter((r) => r.exclusive === true);
  const conflicts: ExclusiveConflict[] = [];
  for (let i = 0; i < exclusive.length; i++)
    for (let j = i + 1; j < exclusive.length; j++) {
      const c = conflictOf(exclusive[i]!, exclusive[j]!, atlas);
      if (c) conflicts.push(c);
    }
  return conflicts;
}

/** The conflicts one recipient's exclusive contract would have with the others' (none if it is not exclusive). */
export function exclusiveConflictsOf(
  recipient: RecipientConfig,
  others: readonly RecipientConfig[],
  atlas: ZipAtlas,
): ExclusiveConflict[] {
  const conflicts: ExclusiveConflict[] = [];
  for (const other of others) {
    const c = conflictOf(recipient, other, atlas);
    if (c) conflicts.push(c);
  }
  return conflicts;
}
