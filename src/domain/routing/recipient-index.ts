import { degreeSpan } from "./geo.js";
import { compileTerritory, resolvedCircle, zip5 } from "./territory.js";
import type { RecipientConfig, RoutableLead, Territory } from "./types.js";

/** Radius territories are filed under every 1°×1° cell their bounding box touches. */
const CELL_DEGREES = 1;
/** A circle wider than this many cells is cheaper to test for every lead than to file. */
const MAX_CELLS = 2048;

type Place = Pick<RoutableLead, "state" | "zip" | "lat" | "lon">;

function cellKey(latCell: number, lonCell: number): number {
  const lon = (((lonCell + 180) % 360) + 360) % 360;
  return (latCell + 90) * 360 + lon;
}

function cellOf(deg: number): number {
  return Math.floor(deg / CELL_DEGREES);
}

function push<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The recipients of a category filed by territory (state, exact zip, zip prefix, grid cells for
 * radius circles, and those who take leads from everywhere), so that a decision looks only at
 * those who could cover the lead. Built once per category and replaced when a recipient changes;
 * `candidatesFor` may return a few who do not cover the lead after all, never miss one who does.
 *
 * @example
 * const index = RecipientIndex.build(recipientsOfCategory);
 * const candidates = index.candidatesFor(lead); // then full eligibility in `decide`
 */
export class RecipientIndex<T extends { territory?: Territory } = RecipientConfig> {
  readonly #byState = new Map<string, T[]>();
  readonly #byZip = new Map<string, T[]>();
  readonly #byPrefix = new Map<string, T[]>();
  readonly #byCell = new Map<number, T[]>();
  /** No territory, or a circle too wide to file. */
  readonly #always: T[] = [];
  readonly size: number;

  private constructor(recipients: readonly T[]) {
    this.size = recipients.length;
    for (const r of recipients) this.#file(r);
  }

  static build<T extends { territory?: Territory }>(recipients: readonly T[]): RecipientIndex<T> {
    return new RecipientIndex(recipients);
  }

  #file(r: T): void {
    const t = compileTerritory(r.territory);
    if (t.everywhere) {
      this.#always.push(r);
      return;
    }
    for (const s of t.states) push(this.#byState, s, r);
    for (const z of t.zips) push(this.#byZip, z, r);
    for (const p of t.zipPrefixes) push(this.#byPrefix, p, r);
    const circle = resolvedCircle(t);
    if (circle === null) return;
    const span = degreeSpan(circle.lat, circle.miles);
    const lat0 = cellOf(Math.max(-90, circle.lat - span.lat));
    const lat1 = cellOf(Math.min(89.999, circle.lat + span.lat));
    const lon0 = cellOf(circle.lon - span.lon);
    const lon1 = cellOf(circle.lon + span.lon);
    const lonCells = Math.min(lon1 - lon0 + 1, 360 / CELL_DEGREES);
    if ((lat1 - lat0 + 1) * lonCells > MAX_CELLS) {
      this.#always.push(r);
      return;
    }
    for (let la = lat0; la <= lat1; la++) {
      for (let i = 0; i < lonCells; i++) push(this.#byCell, cellKey(la, lon0 + i), r);
    }
  }

  /** Everyone whose territory could cover the place, each once. */
  candidatesFor(lead: Place): T[] {
    const found = new Set<T>(this.#always);
    const add = (list: readonly T[] | undefined) => {
      if (list) for (const r of list) found.add(r);
    };
    if (lead.state !== undefined) add(this.#byState.get(lead.state.toUpperCase()));
    const zip = zip5(lead.zip);
    if (zip !== undefined) {
      add(this.#byZip.get(zip));
      for (let n = 1; n <= zip.length; n++) add(this.#byPrefix.get(zip.slice(0, n)));
    }
    if (lead.lat !== undefined && lead.lon !== undefined)
      add(this.#byCell.get(cellKey(cellOf(lead.lat), cellOf(lead.lon))));
    return [...found];
  }
}
