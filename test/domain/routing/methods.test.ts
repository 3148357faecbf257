import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareInTurn, turnHash } from "../../../src/domain/routing/in-turn.js";
import {
  ROUTING_METHOD_IMPLEMENTATIONS,
  type MethodCandidate,
} from "../../../src/domain/routing/methods/index.js";
import { sortCandidates } from "../../../src/domain/routing/methods/routing-method.js";
import type { RecipientConfig, RecipientState } from "../../../src/domain/routing/types.js";
import { recipient, state, tier } from "./fixtures.js";

function eligible(
  key: string,
  over: {
    config?: Partial<RecipientConfig>;
    state?: Partial<RecipientState>;
    price?: number;
    cost?: number;
    leadId?: string;
  } = {},
): MethodCandidate {
  const s = state(over.state);
  const price = over.price ?? 0;
  return {
    key,
    config: recipient(key, over.config),
    state: s,
    lastServed: s.rotation.lastServed,
    turnHash: turnHash(over.leadId ?? "lead-1", key),
    priceCents: price,
    marginCents: price - (over.cost ?? 0),
  };
}

const served = (lastServed: number, currentWeight = 0) => ({ rotation: { lastServed, currentWeight } });
const keysOf = (list: { candidate: MethodCandidate }[]) => list.map((r) => r.candidate.key);

const candidatesArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((key) =>
        fc
          .record({
            lastServed: fc.integer({ min: 0, max: 20 }),
            currentWeight: fc.integer({ min: -10, max: 10 }),
            weight: fc.integer({ min: 0, max: 5 }),
            priority: fc.integer({ min: 0, max: 2 }),
            openLeads: fc.integer({ min: 0, max: 3 }),
            price: fc.integer({ min: 0, max: 3 }).map((p) => p * 500),
          })
          .map((r) =>
            eligible(key, {
              config: { weight: r.weight, priority: r.priority },
              state: { openLeads: r.openLeads, ...served(r.lastServed, r.currentWeight) },
              price: r.price,
            }),
          ),
      ),
    ),
  );

describe.each(Object.values(ROUTING_METHOD_IMPLEMENTATIONS))("routing method $name", (method) => {
  it("orders every eligible candidate exactly once", () => {
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        const { ordered } = method.rank(candidates, tier({ method: method.name }));
        expect([...keysOf(ordered)].sort()).toEqual(candidates.map((c) => c.key).sort());
      }),
    );
  });

  it("chooses from the head of its order", () => {
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        const { ordered, chosen } = method.rank(candidates, tier({ method: method.name }));
        expect(chosen.length).toBeGreaterThanOrEqual(1);
        expect(keysOf(chosen)).toEqual(keysOf(ordered).slice(0, chosen.length));
      }),
    );
  });

  it("gives the same answer whatever order the candidates come in", () => {
    fc.assert(
      fc.property(candidatesArb, fc.integer(), (candidates, seed) => {
        const shuffled = [...candidates].sort(
          (a, b) => turnHash(String(seed), a.key) - turnHash(String(seed), b.key),
        );
        const t = tier({ method: method.name });
        expect(keysOf(method.rank(shuffled, t).ordered)).toEqual(keysOf(method.rank(candidates, t).ordered));
      }),
    );
  });
});

describe("round robin", () => {
  it("serves the least recently served first", () => {
    const { ordered, chosen } = ROUTING_METHOD_IMPLEMENTATIONS.round_robin.rank(
      [
        eligible("a", { state: served(7) }),
        eligible("b", { state: served(3) }),
        eligible("c", { state: served(5) }),
      ],
      tier(),
    );
    expect(keysOf(chosen)).toEqual(["b"]);
    expect(keysOf(ordered)).toEqual(["b", "c", "a"]);
    expect(ordered[0]?.rank).toEqual({ by: "turn", lastServed: 3 });
  });

  it("breaks equal turns by lead and recipient, not by who was created first", () => {
    const firsts = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const candidates = ["a", "b", "c"].map((key, n) =>
        eligible(key, { leadId: `lead-${i}`, config: { createdAt: n } }),
      );
      const [first] = keysOf(ROUTING_METHOD_IMPLEMENTATIONS.round_robin.rank(candidates, tier()).chosen);
      if (first) firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const key of ["a", "b", "c"]) expect(firsts.get(key) ?? 0).toBeGreaterThan(150);
  });
});

describe("weighted", () => {
  it("interleaves winners smoothly: weights 5, 1, 1 give a a b a c a a (b and c in either order)", () => {
    const weights = { a: 5, b: 1, c: 1 } as Record<string, number>;
    const current = new Map(Object.keys(weights).map((k) => [k, 0]));
    const winners: string[] = [];
    for (let i = 0; i < 7; i++) {
      const candidates = Object.keys(weights).map((key) =>
        eligible(key, { config: { weight: weights[key] ?? 1 }, state: served(0, current.get(key) ?? 0) }),
      );
      const result = ROUTING_METHOD_IMPLEMENTATIONS.weighted.rank(candidates, tier({ method: "weighted" }));
      winners.push(...keysOf(result.chosen));
      for (const [k, w] of result.currentWeights ?? []) current.set(k, w);
    }
    expect(winners.join(" ")).toMatch(/^a a (b a c|c a b) a a$/);
    expect([...current.values()]).toEqual([0, 0, 0]);
  });

  it("reports the weight and the grown accumulator it ranked by", () => {
    const result = ROUTING_METHOD_IMPLEMENTATIONS.weighted.rank(
      [
        eligible("a", { config: { weight: 3 }, state: served(0, 2) }),
        eligible("b", { config: { weight: 1 } }),
      ],
      tier({ method: "weighted" }),
    );
    expect(result.ordered.map((r) => r.rank)).toEqual([
      { by: "weight", weight: 3, currentWeight: 5 },
      { by: "weight", weight: 1, currentWeight: 1 },
    ]);
    expect(result.currentWeights).toEqual(
      new Map([
        ["a", 1],
        ["b", 1],
      ]),
    );
  });
});

describe("priority", () => {
  it("serves the highest priority first and takes turns inside a priority", () => {
    const candidates = [
      eligible("low", { config: { priority: 1 }, state: served(0) }),
      eligible("high-recent", { config: { priority: 5 }, state: served(9) }),
      eligible("high-waiting", { config: { priority: 5 }, state: served(4) }),
    ];
    expect(keysOf(ROUTING_METHOD_IMPLEMENTATIONS.priority.rank(candidates, tier()).ordered)).toEqual([
      "high-waiting",
      "high-recent",
      "low",
    ]);
  });
});

describe("least loaded", () => {
  it("serves the recipient with the fewest open leads, equal loads in turn", () => {
    const candidates = [
      eligible("busy", { state: { openLeads: 4, ...served(0) } }),
      eligible("idle-recent", { state: { openLeads: 1, ...served(8) } }),
      eligible("idle-waiting", { state: { openLeads: 1, ...served(2) } }),
    ];
    const { ordered } = ROUTING_METHOD_IMPLEMENTATIONS.least_loaded.rank(candidates, tier());
    expect(keysOf(ordered)).toEqual(["idle-waiting", "idle-recent", "busy"]);
    expect(ordered[0]?.rank).toEqual({ by: "open_leads", openLeads: 1, lastServed: 2 });
  });
});

describe("best margin", () => {
  it("serves the highest price minus cost, equal margins in turn", () => {
    const candidates = [
      eligible("cheap", { price: 1000, cost: 400, state: served(0) }),
      eligible("rich-recent", { price: 2000, cost: 400, state: served(9) }),
      eligible("rich-waiting", { price: 2000, cost: 400, state: served(3) }),
    ];
    const { ordered } = ROUTING_METHOD_IMPLEMENTATIONS.best_margin.rank(candidates, tier());
    expect(keysOf(ordered)).toEqual(["rich-waiting", "rich-recent", "cheap"]);
    expect(ordered[0]?.rank).toEqual({ by: "margin", marginCents: 1600, lastServed: 3 });
  });
});

describe("broadcast", () => {
  it("chooses up to maxRecipients in turn", () => {
    const candidates = [3, 1, 4, 2].map((n) => eligible(`b${n}`, { state: served(n) }));
    const ranked = ROUTING_METHOD_IMPLEMENTATIONS.broadcast.rank(
      candidates,
      tier({ method: "broadcast", maxRecipients: 2 }),
    );
    expect(keysOf(ranked.chosen)).toEqual(["b1", "b2"]);
    expect(keysOf(ranked.ordered)).toEqual(["b1", "b2", "b3", "b4"]);
  });

  it("chooses every eligible buyer without maxRecipients", () => {
    const candidates = [1, 2, 3].map((n) => eligible(`b${n}`, { state: served(n) }));
    expect(
      ROUTING_METHOD_IMPLEMENTATIONS.broadcast.rank(candidates, tier({ method: "broadcast" })).chosen,
    ).toHaveLength(3);
  });
});

describe("the methods' sort", () => {
  it("puts any number of candidates in the order a plain sort by measure, then turn, gives", () => {
    const many = fc.array(
      fc.record({
        lastServed: fc.integer({ min: 0, max: 6 }),
        margin: fc.integer({ min: -2, max: 2 }),
      }),
      { maxLength: 70 },
    );
    const byMargin = (a: MethodCandidate, b: MethodCandidate) => b.marginCents - a.marginCents;
    fc.assert(
      fc.property(many, fc.string(), (rows, leadId) => {
        const candidates = rows.map((r, i) =>
          eligible(`r${i}`, { state: served(r.lastServed), price: r.margin, leadId }),
        );
        const expected = [...candidates].sort((a, b) => byMargin(a, b) || compareInTurn(a, b));
        expect(sortCandidates(candidates, byMargin).map((c) => c.key)).toEqual(expected.map((c) => c.key));
      }),
    );
  });
});
