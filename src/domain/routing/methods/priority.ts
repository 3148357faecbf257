import { rankBy, type MethodCandidate, type RoutingMethod } from "./routing-method.js";

const higherFirst = (a: MethodCandidate, b: MethodCandidate) =>
  (b.config.priority ?? 0) - (a.config.priority ?? 0);

/** Highest priority first; recipients of equal priority take turns. */
export const priority: RoutingMethod = {
  name: "priority",
  rank: (candidates) =>
    rankBy(candidates, higherFirst, (c) => ({
      by: "priority",
      priority: c.config.priority ?? 0,
      lastServed: c.lastServed,
    })),
};
