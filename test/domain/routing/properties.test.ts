import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/routing/decide.js";
import { checkEligibility } from "../../../src/domain/routing/eligibility.js";
import {
  ROUTING_METHODS,
  type Caps,
  type Candidate,
  type Filter,
  type RecipientConfig,
  type RoutingMethodName,
} from "../../../src/domain/routing/types.js";
import { at, candidate, lead, plan, recipient, SimulatedStore } from "./fixtures.js";

const START = at("2026-10-25T00:00:00Z");
const ZONES = ["UTC", "America/Los_Angeles", "America/Chicago", "America/New_York", "Asia/Kolkata"];
const HOUR = 3_600_000;

/** Local hour, day, Monday-started week and month, from Intl alone (no domain code). */
function localWindows(timezone: string, t: number): Record<"hour" | "day" | "week" | "month", string> {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    weekday: "short",
    hourCycle: "h23",
  }).formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = `${get("year")}-${get("month")}-${get("day")}`;
  const sinceMonday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(get("weekday"));
  const monday = new Date(Date.parse(`${day}T00:00:00Z`) - sinceMonday * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { hour: `${day}T${get("hour")}`, day, week: monday, month: day.slice(0, 7) };
}

const capsArb: fc.Arbitrary<Caps> = fc.record(
  {
    hour: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 6 }),
    week: fc.integer({ min: 2, max: 15 }),
    month: fc.integer({ min: 5, max: 30 }),
  },
  { requiredKeys: [] },
);

const sendingMethods = ROUTING_METHODS;

/** Routes `count` leads a second apart through a one-tier round-robin plan; returns who got each. */
function roundRobinRunner(store: SimulatedStore): (count: number) => (string | undefined)[] {
  let n = 0;
  return (count) =>
    Array.from({ length: count }, () => {
      n += 1;
      return store.route(lead({ id: `lead-${n}` }), plan({}), START + n * 1000).assignments[0]?.recipientKey;
    });
}

describe("invariants over many decisions", () => {
  it("never exceeds a cap in any window of the recipient's own zone, whatever the method", () => {
    const recipientArb = fc.record({
      caps: capsArb,
      zone: fc.constantFrom(...ZONES),
      weight: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(recipientArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 60_000, max: 9 * HOUR }), { minLength: 20, maxLength: 150 }),
        fc.constantFrom(...sendingMethods),
        fc.integer({ min: 1, max: 3 }),
        (specs, gaps, method, maxRecipients) => {
          const configs = specs.map((s, i) =>
            recipient(`r${i}`, {
              caps: s.caps,
              weight: s.weight,
              schedule: {
                timezone: s.zone,
                hours: {
                  mon: [["00:00", "24:00"]],
                  tue: [["06:00", "23:00"]],
                  wed: [["20:00", "04:00"]],
                  thu: [["00:00", "24:00"]],
                  fri: [["00:00", "24:00"]],
                  sat: [["10:00", "14:00"]],
                },
              },
            }),
          );
          const store = new SimulatedStore(configs);
          const p = plan({ method, maxRecipients });
          let now = START;
          gaps.forEach((gap, n) => {
            now += gap;
            store.route(lead({ id: `l${n}` }), p, now);
          });
          const used = new Map<string, number>();
          for (const entry of store.log) {
            for (const key of entry.keys) {
              const config = configs.find((c) => c.key === key);
              if (!config?.schedule) throw new Error("unknown recipient");
              const windows = localWindows(config.schedule.timezone, entry.at);
              for (const w of ["hour", "day", "week", "month"] as const) {
                const k = `${key}|${w}|${windows[w]}`;
                const count = (used.get(k) ?? 0) + 1;
                used.set(k, count);
                expect(count).toBeLessThanOrEqual(config.caps?.[w] ?? Infinity);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps round-robin counts within one of each other over an unchanging set", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 120 }),
        (joinedAt, leads) => {
          const store = new SimulatedStore();
          // Members joined at different points of the category's (only ever growing) sequence.
          [...joinedAt]
            .sort((a, b) => a - b)
            .forEach((sequence, i) => {
              store.sequence = sequence;
              store.upsert(recipient(`m${i}`, { createdAt: joinedAt.length - i }));
            });
          const counts = new Map(store.keys.map((k) => [k, 0]));
          for (let n = 0; n < leads; n++) {
            for (const a of store.route(lead({ id: `lead-${n}` }), plan({}), START + n * 1000).assignments)
              counts.set(a.recipientKey, (counts.get(a.recipientKey) ?? 0) + 1);
            const values = [...counts.values()];
            expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  type Step = { op: "lead" } | { op: "add" } | { op: "remove" | "away" | "back"; who: number };

  it("keeps any two members present together within one lead of each other while members come, go and return", () => {
    const stepArb: fc.Arbitrary<Step> = fc.oneof(
      { weight: 8, arbitrary: fc.constant({ op: "lead" as const }) },
      { weight: 1, arbitrary: fc.constant({ op: "add" as const }) },
      {
        weight: 1,
        arbitrary: fc.record({
          op: fc.constantFrom("remove" as const, "away" as const, "back" as const),
          who: fc.nat(20),
        }),
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(stepArb, { minLength: 10, maxLength: 120 }),
        (initial, steps) => {
          const store = new SimulatedStore();
          let created = 0;
          const add = () => store.upsert(recipient(`m${created}`, { createdAt: created++ }));
          for (let i = 0; i < initial; i++) add();
          // For each decision: who was eligible (present and available) and who got the lead.
          const rounds: { present: Set<string>; got: string | undefined }[] = [];
          steps.forEach((step, n) => {
            if (step.op === "add") return add();
            if (step.op !== "lead") {
              const key = `m${step.who % Math.max(1, created)}`;
              const config = store.config(key);
              if (step.op === "remove") store.remove(key);
              else if (config) store.upsert({ ...config, status: step.op === "away" ? "away" : "available" });
              return;
            }
            const present = new Set(store.keys.filter((k) => store.config(k)?.status === "available"));
            const d = store.route(lead({ id: `lead-${n}` }), plan({}), START + n * 1000);
            rounds.push({ present, got: d.assignments[0]?.recipientKey });
            expect(d.unassigned).toBe(present.size === 0);
          });
          const everyone = new Set(rounds.flatMap((r) => [...r.present]));
          for (const x of everyone) {
            for (const y of everyone) {
              if (x >= y) continue;
              // Over every run of decisions where both were present, the difference of their counts
              // moves within a band of width one.
              let lo = 0;
              let hi = 0;
              let diff = 0;
              for (const r of rounds) {
                if (!r.present.has(x) || !r.present.has(y)) {
                  lo = hi = diff = 0;
                  continue;
                }
                diff += (r.got === x ? 1 : 0) - (r.got === y ? 1 : 0);
                lo = Math.min(lo, diff);
                hi = Math.max(hi, diff);
                expect(hi - lo).toBeLessThanOrEqual(1);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives a member back from vacation one lead, then puts it at the back", () => {
    const store = new SimulatedStore(["a", "b", "c", "d", "e"].map((k) => recipient(k)));
    const route = roundRobinRunner(store);
    route(10);
    const e = store.config("e");
    if (!e) throw new Error("missing e");
    store.upsert({ ...e, status: "away" });
    route(40);
    store.upsert({ ...e, status: "available" });
    const after = route(10);
    expect(after[0]).toBe("e");
    expect(after.filter((k) => k === "e")).toHaveLength(2);
    expect(new Set(after.slice(0, 5))).toEqual(new Set(["a", "b", "c", "d", "e"]));
  });

  it("queues a newcomer behind everyone already waiting", () => {
    const store = new SimulatedStore(["a", "b", "c", "d", "e"].map((k) => recipient(k, { createdAt: 100 })));
    const route = roundRobinRunner(store);
    route(7);
    store.upsert(recipient("newcomer", { createdAt: 0 }));
    const next = route(6);
    expect(next.slice(0, 4)).not.toContain("newcomer");
    expect(next).toContain("newcomer");
  });

  it("chooses the same recipients whatever order they are listed or were created in", () => {
    const memberArb = fc.record({
      lastServed: fc.integer({ min: 0, max: 5 }),
      weight: fc.integer({ min: 1, max: 3 }),
      priority: fc.integer({ min: 0, max: 2 }),
      openLeads: fc.integer({ min: 0, max: 2 }),
      price: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(memberArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...ROUTING_METHODS),
        fc.string(),
        fc.integer(),
        (members, method, leadId, seed) => {
          const make = (order: number[]) =>
            order.map((i) => {
              const m = members[i];
              if (!m) throw new Error("index");
              return candidate(
                recipient(`m${i}`, {
                  weight: m.weight,
                  priority: m.priority,
                  price: m.price * 100,
                  createdAt: order.indexOf(i),
                }),
                {
                  openLeads: m.openLeads,
                  rotation: { lastServed: m.lastServed, currentWeight: 0 },
                },
              );
            });
          const ids = members.map((_, i) => i);
          const shuffled = [...ids].sort(
            (a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || b - a,
          );
          const p = plan({ method, mode: "direct", maxRecipients: 2 });
          const one = decide(lead({ id: leadId }), p, make(ids), 10, START);
          const two = decide(lead({ id: leadId }), p, make(shuffled), 10, START);
          expect(two.assignments).toEqual(one.assignments);
          expect(two.ordered).toEqual(one.ordered);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("converges weighted shares to the weights: never two leads off, exact at every full cycle", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (weights, cycles) => {
          const store = new SimulatedStore(weights.map((weight, i) => recipient(`w${i}`, { weight })));
          const total = weights.reduce((a, b) => a + b, 0);
          const counts = weights.map(() => 0);
          for (let n = 1; n <= total * cycles; n++) {
            const key = store.route(lead({ id: `lead-${n}` }), plan({ method: "weighted" }), START + n)
              .assignments[0]?.recipientKey;
            const i = Number(key?.slice(1));
            counts[i] = (counts[i] ?? 0) + 1;
            weights.forEach((w, j) => expect(Math.abs((counts[j] ?? 0) - (n * w) / total)).toBeLessThan(2));
            if (n % total === 0) expect(counts).toEqual(weights.map((w) => (w * n) / total));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

const buyerArb = fc.record({
  price: fc.oneof(
    fc.integer({ min: 0, max: 5000 }),
    fc.record({
      default: fc.integer({ min: 0, max: 5000 }),
      rules: fc.array(
        fc.record({
          when: fc.constant<Filter[]>([{ field: "score", op: "gte", value: 60 }]),
          price: fc.integer({ min: 0, max: 9000 }),
        }),
        { maxLength: 2 },
      ),
    }),
  ),
  budgetCents: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
  spentCents: fc.integer({ min: 0, max: 8000 }),
  capped: fc.boolean(),
  state: fc.constantFrom("IA", "NE"),
  lastServed: fc.integer({ min: 0, max: 9 }),
});

type BuyerSpec = typeof buyerArb extends fc.Arbitrary<infer T> ? T : never;

function buyers(specs: BuyerSpec[]): Candidate[] {
  return specs.map((s, i) =>
    candidate(
      recipient(`b${i}`, {
        kind: "buyer",
        price: s.price,
        territory: { states: [s.state] },
        caps: { day: 3 },
        ...(s.budgetCents === undefined ? {} : { budgetCents: s.budgetCents }),
      } satisfies Partial<RecipientConfig>),
      {
        spentCents: s.spentCents,
        counts: { hour: 0, day: s.capped ? 3 : 0, week: 0, month: 0 },
        rotation: { lastServed: s.lastServed, currentWeight: 0 },
      },
    ),
  );
}

describe("invariants of a single decision", () => {
  const leadArb = fc.record({
    score: fc.integer({ min: 0, max: 100 }),
    costCents: fc.integer({ min: 0, max: 4000 }),
  });

  it("best_margin never picks a lower margin than an eligible alternative", () => {
    fc.assert(
      fc.property(fc.array(buyerArb, { maxLength: 10 }), leadArb, (specs, l) => {
        const recipients = buyers(specs);
        const theLead = lead({ ...l, id: `lead-${l.score}` });
        const d = decide(theLead, plan({ method: "best_margin" }), recipients, 10, START);
        const margins = recipients.flatMap((c) => {
          const e = checkEligibility(c, theLead, START);
          return e.eligible ? [e.priceCents - theLead.costCents] : [];
        });
        expect(d.unassigned).toBe(margins.length === 0);
        for (const a of d.assignments)
          for (const m of margins) expect(a.marginCents).toBeGreaterThanOrEqual(m);
      }),
      { numRuns: 500 },
    );
  });

  it("broadcast assigns min(maxRecipients, eligible) distinct, eligible buyers", () => {
    fc.assert(
      fc.property(
        fc.array(buyerArb, { maxLength: 12 }),
        leadArb,
        fc.integer({ min: 1, max: 5 }),
        (specs, l, maxRecipients) => {
          const recipients = buyers(specs);
          const theLead = lead(l);
          const d = decide(theLead, plan({ method: "broadcast", maxRecipients }), recipients, 10, START);
          const eligible = recipients
            .filter((c) => checkEligibility(c, theLead, START).eligible)
            .map((c) => c.config.key);
          const keys = d.assignments.map((a) => a.recipientKey);
          expect(keys.length).toBe(Math.min(maxRecipients, eligible.length));
          expect(new Set(keys).size).toBe(keys.length);
          for (const k of keys) expect(eligible).toContain(k);
          expect(d.categorySequence).toBe(10 + keys.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("traces every selected candidate exactly once, eligible ones with their position", () => {
    fc.assert(
      fc.property(
        fc.array(buyerArb, { maxLength: 10 }),
        leadArb,
        fc.constantFrom<RoutingMethodName>(...ROUTING_METHODS),
        (specs, l, method) => {
          const recipients = buyers(specs);
          const d = decide(lead(l), plan({ method }), recipients, 0, START);
          const traced = d.trace.tiers.flatMap((t) => t.candidates.map((c) => c.key));
          expect([...traced].sort()).toEqual(recipients.map((c) => c.config.key).sort());
          const positions = d.trace.tiers.flatMap((t) =>
            t.candidates.flatMap((c) => (c.eligible ? [c.position] : [])),
          );
          expect(positions).toEqual(positions.map((_, i) => i + 1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
