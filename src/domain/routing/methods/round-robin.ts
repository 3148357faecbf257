import { byTurn, noMeasure, rankBy, type RoutingMethod } from "./routing-method.js";

/**
 * Least recently served first. A newcomer starts at the category's current sequence (the store
 * sets it), so it queues behind everyone; someone long away is simply the least recent and gets
 * one lead before going to the back, never a catch-up burst.
 */
export const roundRobin: RoutingMethod = {
  name: "round_robin",
  rank: (candidates) => rankBy(candidates, noMeasure, byTurn),
};
