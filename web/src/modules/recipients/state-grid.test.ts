import { describe, expect, it } from "vitest";
import { neighbour, sortStates, STATE_NAMES, STATE_TILES, toggleState } from "./state-grid";

describe("the US state grid", () => {
  it("has one tile for each of the 50 states and DC", () => {
    expect(STATE_TILES).toHaveLength(51);
    expect(new Set(STATE_TILES.map((t) => t.code)).size).toBe(51);
    expect(Object.keys(STATE_NAMES).sort()).toEqual(STATE_TILES.map((t) => t.code).sort());
  });

  it("never puts two tiles in one cell", () => {
    const cells = STATE_TILES.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("places tiles as on a map: Iowa above Nebraska, Washington west of Maine, Florida below Georgia", () => {
    const at = (code: string) => STATE_TILES.find((t) => t.code === code)!;
    expect(at("IA").row).toBe(at("NE").row - 1);
    expect(at("WA").col).toBeLessThan(at("ME").col);
    expect(at("FL").row).toBeGreaterThan(at("GA").row);
  });

  it("moves with the arrow keys to the next tile that way, and stays at the edge", () => {
    expect(neighbour("IA", "right")).toBe("IN");
    expect(neighbour("IA", "left")).toBe("SD");
    expect(neighbour("IA", "down")).toBe("MO");
    expect(neighbour("IA", "up")).toBe("MN");
    expect(neighbour("WA", "left")).toBe("WA");
    expect(neighbour("ME", "up")).toBe("ME");
  });

  it("reaches every tile from Alaska by arrow keys", () => {
    const seen = new Set(["AK"]);
    const queue = ["AK"];
    while (queue.length > 0) {
      const code = queue.shift()!;
      for (const d of ["left", "right", "up", "down"] as const) {
        const next = neighbour(code, d);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(51);
  });

  it("toggles a state in and out, keeping the list in order", () => {
    const two = toggleState(toggleState([], "NE"), "IA");
    expect(two).toEqual(["IA", "NE"]);
    expect(toggleState(two, "IA")).toEqual(["NE"]);
    expect(sortStates(["ia", "AL", "IA"])).toEqual(["AL", "IA"]);
  });
});
