import type { RoutingMethod } from "./routing-method.js";
import { rankBy } from "./routing-method.js";

/** Highest price minus the lead's cost first; equal margins take turns. */
export const bestMargin: RoutingMethod = {
  name: "best_margin",
  rank: (candidates) =>
    rankBy(
      candidates,
      (a, b) => b.marginCents - a.marginCents,
      (c) => ({ by: "margin", marginCents: c.marginCents, lastServed: c.lastServed }),
    ),
};
