import { byTurn, noMeasure, rankBy, type RoutingMethod } from "./routing-method.js";

/** A shared lead: up to `maxRecipients` (default every eligible recipient), chosen in turn. */
export const broadcast: RoutingMethod = {
  name: "broadcast",
  rank: (candidates, tier) =>
    rankBy(candidates, noMeasure, byTurn, Math.max(0, tier.maxRecipients ?? candidates.length)),
};
