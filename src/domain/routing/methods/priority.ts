import type { RoutingMethod } from "./routing-method.js";
import { rankBy } from "./routing-method.js";

/** Highest priority first; recipients of equal priority take turns. */
export const priority: RoutingMethod = {
  name: "priority",
  rank: (candidates) =>
    rankBy(
      candidates,
      (a, b) => (b.config.priority ?? 0) - (a.config.priority ?? 0),
      (c) => ({ by: "priority", priority: c.config.priority ?? 0, lastServed: c.lastServed }),
    ),
};
