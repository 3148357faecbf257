import { rankBy, type MethodCandidate, type RoutingMethod } from "./routing-method.js";

const highestFirst = (a: MethodCandidate, b: MethodCandidate) => b.marginCents - a.marginCents;

/** Highest price minus the lead's cost first; equal margins take turns. */
export const bestMargin: RoutingMethod = {
  name: "best_margin",
  rank: (candidates) =>
    rankBy(candidates, highestFirst, (c) => ({
      by: "margin",
      marginCents: c.marginCents,
      lastServed: c.lastServed,
    })),
};
