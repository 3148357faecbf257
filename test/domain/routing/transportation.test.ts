import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveTransportation, type TransportProblem } from "../../../src/domain/routing/transportation.js";

/** Every way of giving each lead to one buyer or nobody, within the caps: the best total. */
function bruteForce(problem: TransportProblem): number {
  const leads: number[] = [];
  problem.supply.forEach((n, s) => {
    for (let i = 0; i < n; i++) leads.push(s);
  });
  const left = [...problem.capacity];
  let best = 0;
  const walk = (i: number, total: number) => {
    if (i === leads.length) {
      best = Math.max(best, total);
      return;
    }
    const s = leads[i]!;
    walk(i + 1, total);
    for (let b = 0; b < left.length; b++) {
      const v = problem.value[s]?.[b];
      if (v === null || v === undefined || left[b]! <= 0) continue;
      left[b]!--;
      walk(i + 1, total + v);
      left[b]!++;
    }
  };
  walk(0, 0);
  return best;
}

const tinyProblem = fc
  .record({ classes: fc.integer({ min: 1, max: 3 }), buyers: fc.integer({ min: 1, max: 3 }) })
  .chain(({ classes, buyers }) =>
    fc.record({
      supply: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: classes, maxLength: classes }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: buyers, maxLength: buyers }),
      value: fc.array(
        fc.array(fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }), {
          minLength: buyers,
          maxLength: buyers,
        }),
        { minLength: classes, maxLength: classes },
      ),
    }),
  );

describe("the transportation problem", () => {
  it("earns exactly what the best of every possible assignment earns, on tiny instances", () => {
    fc.assert(
      fc.property(tinyProblem, (problem) => {
        expect(solveTransportation(problem).total).toBe(bruteForce(problem));
      }),
      { numRuns: 400 },
    );
  });

  it("sells no class beyond its supply and no buyer beyond its capacity, and only allowed pairs", () => {
    fc.assert(
      fc.property(tinyProblem, (problem) => {
        const { flow, unsold, total } = solveTransportation(problem);
        let recomputed = 0;
        problem.supply.forEach((n, s) => {
          const sold = flow[s]!.reduce((a, f) => a + f, 0);
          expect(sold + unsold[s]!).toBe(n);
        });
        problem.capacity.forEach((cap, b) => {
          expect(flow.reduce((a, row) => a + row[b]!, 0)).toBeLessThanOrEqual(cap);
        });
        flow.forEach((row, s) =>
          row.forEach((f, b) => {
            if (f > 0) {
              const v = problem.value[s]![b];
              expect(v).not.toBeNull();
              recomputed += f * (v as number);
            }
          }),
        );
        expect(recomputed).toBe(total);
      }),
      { numRuns: 300 },
    );
  });

  it("prices capacity with the LP's duals: feasible, and adding up to the optimum", () => {
    fc.assert(
      fc.property(tinyProblem, (problem) => {
        const { buyerPrice, classPrice, total } = solveTransportation(problem);
        problem.value.forEach((row, s) =>
          row.forEach((v, b) => {
            if (v !== null && problem.capacity[b]! > 0)
              expect(classPrice[s]! + buyerPrice[b]!).toBeGreaterThanOrEqual(v);
          }),
        );
        const dual =
          problem.supply.reduce((a, n, s) => a + n * classPrice[s]!, 0) +
          problem.capacity.reduce((a, c, b) => a + c * buyerPrice[b]!, 0);
        expect(dual).toBe(total);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a national buyer's last places for the state only it covers", () => {
    // Class 0 (TX): the national buyer pays 60, the local one 40. Class 1 (WY): only the national one.
    const solved = solveTransportation({
      supply: [3, 2],
      capacity: [2, 3],
      value: [
        [60, 40],
        [50, null],
      ],
    });
    expect(solved.total).toBe(50 * 2 + 40 * 3);
    expect(solved.flow).toEqual([
      [0, 3],
      [2, 0],
    ]);
    // One more national place would sell a TX lead for 60 instead of 40 to the local buyer, or so.
    expect(solved.buyerPrice[0]).toBeGreaterThanOrEqual(20);
  });
});
