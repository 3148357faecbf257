import { sortStates } from "./state-grid";

/** A territory as the API takes it. */
export interface Territory {
  states?: string[];
  zips?: string[];
  zipPrefixes?: string[];
  radius?: { zip?: string; lat?: number; lon?: number; miles: number };
}

export interface ParsedZips {
  zips: string[];
  zipPrefixes: string[];
  /** What could not be read as a zip (5 digits, or ZIP+4) or a prefix (1 to 4 digits). */
  invalid: string[];
}

/**
 * Zips and zip prefixes pasted as text, one or many per line, separated by commas, spaces or
 * semicolons: "50309" is a zip, "50309-1234" its ZIP+4, "503" or "503*" a prefix.
 */
export function parseZips(text: string): ParsedZips {
  const zips = new Set<string>();
  const zipPrefixes = new Set<string>();
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (!token) continue;
    const zip = /^(\d{5})(?:-\d{4})?$/.exec(token);
    const prefix = /^(\d{1,4})\*?$/.exec(token);
    if (zip) zips.add(zip[1]!);
    else if (prefix) zipPrefixes.add(prefix[1]!);
    else invalid.push(token);
  }
  return { zips: [...zips].sort(), zipPrefixes: [...zipPrefixes].sort(), invalid };
}

/** The zips and prefixes of a territory as one line of text, the way parseZips reads it back. */
export const zipsText = (t: Territory | null | undefined) =>
  [...(t?.zips ?? []), ...(t?.zipPrefixes ?? []).map((p) => `${p}*`)].join(", ");

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

/** "IA, NE · 3 zips · 2 prefixes · 25 mi of 50309", or "Everywhere" for no territory. */
export function territorySummary(t: Territory | null | undefined): string {
  const parts: string[] = [];
  const states = sortStates(t?.states ?? []);
  if (states.length > 0)
    parts.push(
      states.length > 6 ? `${states.slice(0, 5).join(", ")} +${states.length - 5}` : states.join(", "),
    );
  if (t?.zips?.length) parts.push(plural(t.zips.length, "zip"));
  if (t?.zipPrefixes?.length)
    parts.push(plural(t.zipPrefixes.length, "prefix").replace("prefixs", "prefixes"));
  if (t?.radius) {
    const r = t.radius;
    const at = r.zip ?? `${r.lat?.toFixed(2)}, ${r.lon?.toFixed(2)}`;
    parts.push(`${r.miles} mi of ${at}`);
  }
  return parts.length > 0 ? parts.join(" · ") : "Everywhere";
}

export interface TerritoryInput {
  states: string[];
  zipText: string;
  radiusZip: string;
  radiusMiles: string;
}

export interface TerritoryResult {
  territory: Territory | null;
  problems: string[];
}

/** The territory the editor's inputs describe, or what is wrong with them; null is everywhere. */
export function territoryFrom(input: TerritoryInput): TerritoryResult {
  const problems: string[] = [];
  const { zips, zipPrefixes, invalid } = parseZips(input.zipText);
  if (invalid.length > 0)
    problems.push(
      `Not a zip or a zip prefix: ${invalid.slice(0, 5).join(", ")}${invalid.length > 5 ? "…" : ""}`,
    );
  const territory: Territory = {};
  if (input.states.length > 0) territory.states = sortStates(input.states);
  if (zips.length > 0) territory.zips = zips;
  if (zipPrefixes.length > 0) territory.zipPrefixes = zipPrefixes;
  const radiusZip = input.radiusZip.trim();
  const miles = input.radiusMiles.trim();
  if (radiusZip || miles) {
    const m = Number(miles);
    if (!/^\d{5}$/.test(radiusZip)) problems.push("A radius needs a 5-digit zip.");
    else if (!miles || !Number.isFinite(m) || m <= 0 || m > 3000)
      problems.push("A radius needs miles between 0 and 3,000.");
    else territory.radius = { zip: radiusZip, miles: m };
  }
  return { territory: Object.keys(territory).length > 0 ? territory : null, problems };
}
