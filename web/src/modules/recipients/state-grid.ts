import { US_STATE_NAMES } from "../../../../src/domain/us-states";

/** A US state (or DC) on the tile grid: its code, its name, and its cell. */
export interface StateTile {
  code: string;
  name: string;
  col: number;
  row: number;
}

/**
 * The 50 states and DC as equal tiles roughly where they sit on a map: each row lists its codes
 * from a starting column, one column apart unless a gap is written as "".
 */
const ROWS: [number, string[]][] = [
  [0, ["AK", "", "", "", "", "", "", "", "", "", "ME"]],
  [9, ["VT", "NH"]],
  [0, ["WA", "ID", "MT", "ND", "MN", "IL", "WI", "MI", "NY", "RI", "MA"]],
  [0, ["OR", "NV", "WY", "SD", "IA", "IN", "OH", "PA", "NJ", "CT"]],
  [0, ["CA", "UT", "CO", "NE", "MO", "KY", "WV", "VA", "MD", "DE"]],
  [1, ["AZ", "NM", "KS", "AR", "TN", "NC", "SC", "DC"]],
  [3, ["OK", "LA", "MS", "AL", "GA"]],
  [0, ["HI", "", "", "TX", "", "", "", "", "FL"]],
];

export const STATE_TILES: readonly StateTile[] = ROWS.flatMap(([start, codes], row) =>
  codes.flatMap((code, i) =>
    code ? [{ code, name: US_STATE_NAMES[code] ?? code, col: start + i, row }] : [],
  ),
);

/** The names of the states on the grid (the 50 and DC), by code. */
export const STATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  STATE_TILES.map((t) => [t.code, t.name]),
);

export const GRID_COLUMNS = Math.max(...STATE_TILES.map((t) => t.col)) + 1;
export const GRID_ROWS = ROWS.length;

export type Direction = "left" | "right" | "up" | "down";

/**
 * The tile an arrow key moves to from `code`: the nearest tile that way, preferring the same row
 * (left/right) or column (up/down); `code` itself at the edge.
 */
export function neighbour(code: string, direction: Direction): string {
  const from = STATE_TILES.find((t) => t.code === code);
  if (!from) return STATE_TILES[0]!.code;
  const horizontal = direction === "left" || direction === "right";
  const sign = direction === "right" || direction === "down" ? 1 : -1;
  let best: StateTile | undefined;
  let bestScore = Infinity;
  for (const t of STATE_TILES) {
    const along = horizontal ? t.col - from.col : t.row - from.row;
    const across = Math.abs(horizontal ? t.row - from.row : t.col - from.col);
    if (along * sign <= 0) continue;
    // Staying in line matters more than distance: a tile one row off counts as three steps.
    const score = Math.abs(along) + across * 3;
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best?.code ?? code;
}

/** The chosen states once each, upper case, in alphabetical order of their codes. */
export const sortStates = (codes: Iterable<string>) =>
  [...new Set([...codes].map((c) => c.toUpperCase()))].sort();

/** Adds or removes one state. */
export function toggleState(chosen: readonly string[], code: string): string[] {
  return chosen.includes(code) ? chosen.filter((c) => c !== code) : sortStates([...chosen, code]);
}
