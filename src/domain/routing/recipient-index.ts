import { degreeSpan } from "./geo.js";
import { compileTerritory, resolvedCircle, zip5 } from "./territory.js";
import type { RecipientConfig, RoutableLead, Territory } from "./types.js";

/** Radius territories are filed under every 0.5° × 0.5° cell (about 35 × 27 miles) their box touches. */
const CELL_DEGREES = 0.5;
/** A circle wider than this many cells is cheaper to test for every lead than to file. */
const MAX_CELLS = 2048;

type Place = Pick<RoutableLead, "state" | "zip" | "lat" | "lon">;

const LON_CELLS = 360 / CELL_DEGREES;
const LAT_OFFSET = 90 / CELL_DEGREES;

function cellKey(latCell: number, lonCell: number): number {
  // Longitude wraps around the antimeridian.
  const lon = ((lonCell % LON_CELLS) + LON_CELLS) % LON_CELLS;
  return (latCell + LAT_OFFSET) * LON_CELLS + lon;
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
  readonly #items: readonly T[];
  // Lists hold positions in #items, so that a lookup can mark what it has taken without a Set.
  readonly #byState = new Map<string, number[]>();
  readonly #byZip = new Map<string, number[]>();
  readonly #byPrefix = new Map<string, number[]>();
  readonly #byCell = new Map<number, number[]>();
  /** No territory, or a circle too wide to file. */
  readonly #always: number[] = [];
  readonly #taken: Uint32Array;
  #lookup = 0;

  private constructor(recipients: readonly T[]) {
    this.#items = [...recipients];
    this.#taken = new Uint32Array(recipients.length);
    this.#items.forEach((r, i) => this.#file(r, i));
  }

  static build<T extends { territory?: Territory }>(recipients: readonly T[]): RecipientIndex<T> {
    return new RecipientIndex(recipients);
  }

  get size(): number {
    return this.#items.length;
  }

  #file(r: T, i: number): void {
    const t = compileTerritory(r.territory);
    if (t.everywhere) {
      this.#always.push(i);
      return;
    }
    for (const s of t.states) push(this.#byState, s, i);
    for (const z of t.zips) push(this.#byZip, z, i);
    for (const p of t.zipPrefixes) push(this.#byPrefix, p, i);
    const circle = resolvedCircle(t);
    if (circle === null) return;
    const span = degreeSpan(circle.lat, circle.miles);
    const lat0 = cellOf(Math.max(-90, circle.lat - span.lat));
    const lat1 = cellOf(Math.min(89.999, circle.lat + span.lat));
    const lon0 = cellOf(circle.lon - span.lon);
    const lon1 = cellOf(circle.lon + span.lon);
    const lonCells = Math.min(lon1 - lon0 + 1, LON_CELLS);
    if ((lat1 - lat0 + 1) * lonCells > MAX_CELLS) {
      this.#always.push(i);
      return;
    }
    for (let la = lat0; la <= lat1; la++) {
      for (let k = 0; k < lonCells; k++) push(this.#byCell, cellKey(la, lon0 + k), i);
    }
  }

  /** Everyone whose territory could cover the place, each once. */
  candidatesFor(lead: Place): T[] {
    if (++this.#lookup === 0xffffffff) {
      this.#taken.fill(0);
      this.#lookup = 1;
    }
    const found: T[] = [];
    this.#take(this.#always, found);
    if (lead.state !== undefined) this.#take(this.#byState.get(lead.state.toUpperCase()), found);
    const zip = zip5(lead.zip);
    if (zip !== undefined) {
      this.#take(this.#byZip.get(zip), found);
      for (let n = 1; n <= zip.length; n++) this.#take(this.#byPrefix.get(zip.slice(0, n)), found);
    }
    if (lead.lat !== undefined && lead.lon !== undefined)
      this.#take(this.#byCell.get(cellKey(cellOf(lead.lat), cellOf(lead.lon))), found);
    return found;
  }

  /** Adds the listed recipients this lookup has not taken yet. */
  #take(list: readonly number[] | undefined, found: T[]): void {
    if (!list) return;
    const mark = this.#lookup;
    for (const i of list) {
      if (this.#taken[i] === mark) continue;
      this.#taken[i] = mark;
      const item = this.#items[i];
      if (item !== undefined) found.push(item);
    }
  }
}
