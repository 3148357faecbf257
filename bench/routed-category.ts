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
 * The routed benchmarks' recipients: 200 agents over the 50 states, four a state, one of them
 * with a day cap and one with a schedule, as `POST /api/v1/recipients` bodies. With
 * `BENCH_ROUTED_TIERS` every lead goes directly to one of its state's agents in turn, so a
 * routed lead reads and writes counters, rotation and an assignment with its trace.
 */
export function benchAgents(category: string) {
  return STATES.flatMap((state) =>
    [0, 1, 2, 3].map((i) => ({
      key: `agent-${state.toLowerCase()}-${i}`,
      name: `Agent ${state} ${i}`,
      kind: "agent" as const,
      categories: [category],
      territory: { states: [state] },
      ...(i === 1 ? { caps: { day: 1_000_000 } } : {}),
      ...(i === 2 ? { schedule: { timezone: "America/Chicago", hours: everyDay } } : {}),
    })),
  );
}

export const BENCH_ROUTED_TIERS: Tier[] = [
  { select: { kind: "agent" }, method: "round_robin", mode: "direct" },
];
