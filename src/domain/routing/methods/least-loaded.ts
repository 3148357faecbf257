import type { RoutingMethod } from "./routing-method.js";
import { rankBy } from "./routing-method.js";

/** Fewest open leads first; equally loaded recipients take turns. */
export const leastLoaded: RoutingMethod = {
  name: "least_loaded",
  rank: (candidates) =>
    rankBy(
      candidates,
      (a, b) => a.state.openLeads - b.state.openLeads,
      (c) => ({ by: "open_leads", openLeads: c.state.openLeads, lastServed: c.lastServed }),
    ),
};
