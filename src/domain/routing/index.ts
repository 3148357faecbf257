export * from "./types.js";
export { decide, type DecideOptions } from "./decide.js";
export {
  checkEligibility,
  earliestEligibleAt,
  recipientTimeZone,
  windowKeys,
  nextWindowStart,
  nextScheduleOpening,
  isWithinSchedule,
  type Eligibility,
} from "./eligibility.js";
export { windowSpan, type WindowSpan } from "./windows.js";
export { RecipientIndex } from "./recipient-index.js";
export {
  exclusiveConflictsOf,
  findExclusiveConflicts,
  territoryOverlap,
  type ExclusiveConflict,
} from "./exclusive-conflicts.js";
export { usZipAtlas, ZipAtlas, type ZipPlace } from "./zip-atlas.js";
export { matchesFilter, matchesAll, fieldValue, type FilterSubject } from "./filters.js";
export { priceFor } from "./price.js";
export { territoryCovers } from "./territory.js";
export { distanceMiles } from "./geo.js";
export { isValidTimeZone, localTime, zonedToUtc } from "./zoned-time.js";
export { parseClock } from "./schedule.js";
export {
  ROUTING_METHOD_IMPLEMENTATIONS,
  routingMethod,
  type RoutingMethod,
  type MethodCandidate,
  type MethodResult,
} from "./methods/index.js";
