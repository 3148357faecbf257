import type { RoutingMethodName } from "../types.js";
import { bestMargin } from "./best-margin.js";
import { bidPrice } from "./bid-price.js";
import { broadcast } from "./broadcast.js";
import { leastLoaded } from "./least-loaded.js";
import { priority } from "./priority.js";
import { roundRobin } from "./round-robin.js";
import type { RoutingMethod } from "./routing-method.js";
import { weighted } from "./weighted.js";

export type {
  MethodCandidate,
  MethodContext,
  MethodResult,
  Ranked,
  RoutingMethod,
} from "./routing-method.js";

export const ROUTING_METHOD_IMPLEMENTATIONS: Readonly<Record<RoutingMethodName, RoutingMethod>> = {
  round_robin: roundRobin,
  weighted,
  priority,
  least_loaded: leastLoaded,
  best_margin: bestMargin,
  bid_price: bidPrice,
  broadcast,
};

export function routingMethod(name: RoutingMethodName): RoutingMethod {
  return ROUTING_METHOD_IMPLEMENTATIONS[name];
}
