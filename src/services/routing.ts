/**
 * Routing's entry points. The router decides around the pure `decide` (`routing/router.ts`),
 * a batch holds a transaction's decisions and writes them together (`routing/batch.ts`), and
 * the recipients' state is read and written in `routing/recipient-state.ts`.
 */
export { RoutingBatch } from "./routing/batch.js";
export { withStates } from "./routing/recipient-state.js";
export { routableLead } from "./routing/routable-lead.js";
export {
  DEFAULT_SLA_SECONDS,
  REFUSALS,
  refusersOf,
  Router,
  routerFor,
  type DecideOptions,
  type RerouteOptions,
  type RoutingResult,
} from "./routing/router.js";
