import { rankBy, type MethodCandidate, type RoutingMethod } from "./routing-method.js";

const fewestFirst = (a: MethodCandidate, b: MethodCandidate) => a.state.openLeads - b.state.openLeads;

/** Fewest open leads first; equally loaded recipients take turns. */
export const leastLoaded: RoutingMethod = {
  name: "least_loaded",
  rank: (candidates) =>
    rankBy(candidates, fewestFirst, (c) => ({
      by: "open_leads",
      openLeads: c.state.openLeads,
      lastServed: c.lastServed,
    })),
};
