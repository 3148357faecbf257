import { rankBy, type MethodCandidate, type MethodResult, type RoutingMethod } from "./routing-method.js";

const fewestFirst = (a: MethodCandidate, b: MethodCandidate) => a.state.openLeads - b.state.openLeads;

/**
 * With a catch-up limit, the least loaded recipient that got the last `limit` leads in a row
 * (served that many places after everyone else here was last served) gives this one to the next:
 * someone back from away catches up at most `limit` leads at a time, not in one burst.
 */
function limitCatchUp(result: MethodResult, limit: number): MethodResult {
  const [first, second] = result.ordered;
  if (first === undefined || second === undefined) return result;
  if (first.candidate.state.openLeads >= second.candidate.state.openLeads) return result;
  let othersLast = 0;
  for (let i = 1; i < result.ordered.length; i++)
    othersLast = Math.max(othersLast, result.ordered[i]!.candidate.lastServed);
  if (first.candidate.lastServed - othersLast < limit) return result;
  const held = { candidate: first.candidate, rank: { ...first.rank, caughtUp: true as const } };
  const ordered = [second, held, ...result.ordered.slice(2)];
  return {
    ordered,
    chosen: ordered.slice(0, 1),
    note:
      `${first.candidate.key} has the fewest open leads but got the last ${limit} in a row ` +
      `(the tier's catch-up limit): ${second.candidate.key} gets this one`,
  };
}

/** Fewest open leads first; equally loaded recipients take turns. */
export const leastLoaded: RoutingMethod = {
  name: "least_loaded",
  rank: (candidates, tier) => {
    const result = rankBy(candidates, fewestFirst, (c) => ({
      by: "open_leads",
      openLeads: c.state.openLeads,
      lastServed: c.lastServed,
    }));
    return tier.catchUpLimit !== undefined ? limitCatchUp(result, tier.catchUpLimit) : result;
  },
};
