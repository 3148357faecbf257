import type { Tier } from "../src/domain/routing/index.js";

const STATES =
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  );

const allDay: [string, string][] = [["00:00", "24:00"]];
const everyDay = {
  mon: allDay,
  tue: allDay,
  wed: allDay,
  thu: allDay,
  fri: allDay,
  sat: allDay,
  sun: allDay,
};

/**
 * The routed benchmarks' agents: 200 over the 50 states, four a state, as
 * `POST /api/v1/recipients` bodies. Each takes at most 40 leads an hour, one of a state's four
 * also holds at most 25 open leads, one works a schedule of its own time zone, and one covers
 * its state's first ZIP prefixes rather than the whole state; so the busy states' agents fill
 * up within a run and their leads go on to the buyers' tier.
 */
export function benchAgents(category: string) {
  return STATES.flatMap((state, s) =>
    [0, 1, 2, 3].map((i) => ({
      key: `agent-${state.toLowerCase()}-${i}`,
      name: `Agent ${state} ${i}`,
      kind: "agent" as const,
      categories: [category],
      territory: i === 3 ? { states: [state], zipPrefixes: [String(s % 10)] } : { states: [state] },
      caps: { hour: 40 },
      ...(i === 1 ? { capacity: 25 } : {}),
      ...(i === 2 ? { schedule: { timezone: "America/Chicago", hours: everyDay } } : {}),
    })),
  );
}

/**
 * The buyers the agents' overflow goes to: 25, each buying in ten states (every state has
 * five), at its own price, with a day cap and a monthly budget that a run does not reach.
 */
export function benchBuyers(category: string) {
  return Array.from({ length: 25 }, (_, b) => ({
    key: `buyer-${b}`,
    name: `Buyer ${b}`,
    kind: "buyer" as const,
    categories: [category],
    territory: { states: Array.from({ length: 10 }, (_, k) => STATES[(b * 2 + k * 5) % STATES.length]!) },
    caps: { day: 1_000_000 },
    budget: 100_000_000,
    price: 20 + (b % 7) * 5,
  }));
}

/** Every recipient of the routed category. */
export function benchRecipients(category: string) {
  return [...benchAgents(category), ...benchBuyers(category)];
}

/**
 * Two tiers, as a lead seller runs them: the state's agents are offered each lead in turn
 * (push, answered within 15 minutes); what they cannot take (caps, capacity, outside a
 * schedule) goes directly to the buyer paying most for it. So a routed lead reads and writes
 * counters, rotation, open leads and an assignment with its trace, in one tier or two.
 */
export const BENCH_ROUTED_TIERS: Tier[] = [
  { select: { kind: "agent" }, method: "round_robin", mode: "push", slaSeconds: 900 },
  { select: { kind: "buyer" }, method: "best_margin", mode: "direct" },
];
