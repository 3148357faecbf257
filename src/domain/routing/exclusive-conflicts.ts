import { distanceMiles } from "./geo.js";
import { compileTerritory, resolvedCircle, type CompiledTerritory } from "./territory.js";
import type { RecipientConfig, Territory } from "./types.js";

export interface ExclusiveConflict {
  a: string;
  b: string;
  category: string;
  /** Where they overlap, e.g. `both cover state IA`. */
  overlap: string;
  /** A sentence naming both, fit for an error answer. */
  message: string;
}

type ZipToState = (zip: string) => string | undefined;

function stateOf(zip: string | undefined, zipToState: ZipToState): string | undefined {
  return zip === undefined ? undefined : zipToState(zip)?.toUpperCase();
}

/** How `a` reaches into `b`, looking one way only; the caller asks both ways. */
function reachesInto(
  a: CompiledTerritory,
  aTerritory: Territory | undefined,
  b: CompiledTerritory,
  zipToState: ZipToState,
): string | null {
  for (const s of a.states) if (b.states.has(s)) return `both cover state ${s}`;
  for (const z of a.zips) {
    if (b.zips.has(z)) return `both cover zip ${z}`;
    const s = stateOf(z, zipToState);
    if (s !== undefined && b.states.has(s)) return `zip ${z} lies in state ${s}`;
    const p = b.zipPrefixes.find((prefix) => z.startsWith(prefix));
    if (p !== undefined) return `zip ${z} starts with prefix ${p}`;
  }
  for (const p of a.zipPrefixes) {
    const q = b.zipPrefixes.find((other) => other.startsWith(p));
    if (q !== undefined) return `zip prefixes ${p} and ${q} overlap`;
  }
  const centreZip = aTerritory?.radius?.zip?.trim();
  if (a.circle !== null && centreZip) {
    const s = stateOf(centreZip, zipToState);
    if (s !== undefined && b.states.has(s)) return `the radius centre ${centreZip} lies in state ${s}`;
    if (b.zips.has(centreZip.slice(0, 5))) return `the radius centre ${centreZip} is a zip of the other`;
    const p = b.zipPrefixes.find((prefix) => centreZip.startsWith(prefix));
    if (p !== undefined) return `the radius centre ${centreZip} starts with prefix ${p}`;
  }
  return null;
}

/** Where two territories could both cover a lead, or null if they cannot. */
export function territoryOverlap(
  a: Territory | undefined,
  b: Territory | undefined,
  zipToState: ZipToState,
): string | null {
  const ca = compileTerritory(a);
  const cb = compileTerritory(b);
  if (ca.everywhere || cb.everywhere) return "one of them covers everywhere";
  const [x, y] = [resolvedCircle(ca), resolvedCircle(cb)];
  if (x && y) {
    const apart = distanceMiles(x.lat, x.lon, y.lat, y.lon);
    if (apart <= x.miles + y.miles)
      return `radius circles of ${x.miles} and ${y.miles} miles are ${apart.toFixed(1)} miles apart`;
  }
  return reachesInto(ca, a, cb, zipToState) ?? reachesInto(cb, b, ca, zipToState);
}

/**
 * Pairs of exclusive recipients sharing a category whose territories overlap, so that such a
 * configuration can be refused naming both. A zip prefix is not compared with a state, as a
 * prefix names no single zip to look up.
 */
export function findExclusiveConflicts(
  recipients: readonly RecipientConfig[],
  zipToState: ZipToState,
): ExclusiveConflict[] {
  const exclusive = recipients.filter((r) => r.exclusive === true);
  const conflicts: ExclusiveConflict[] = [];
  for (let i = 0; i < exclusive.length; i++) {
    for (let j = i + 1; j < exclusive.length; j++) {
      const [x, y] = [exclusive[i], exclusive[j]];
      if (!x || !y) continue;
      const category = x.categories.find((c) => y.categories.includes(c));
      if (category === undefined) continue;
      const overlap = territoryOverlap(x.territory, y.territory, zipToState);
      if (overlap === null) continue;
      const [a, b] = x.key < y.key ? [x.key, y.key] : [y.key, x.key];
      conflicts.push({
        a,
        b,
        category,
        overlap,
        message: `the exclusive territories of ${a} and ${b} overlap in category ${category}: ${overlap}`,
      });
    }
  }
  return conflicts;
}
