import { sortCandidates, type MethodCandidate, type Ranked, type RoutingMethod } from "./routing-method.js";

function weightOf(c: MethodCandidate): number {
  const w = c.config.weight ?? 1;
  return Number.isFinite(w) && w > 0 ? w : 0;
}

/**
 * Smooth weighted round robin (as nginx does it): every eligible recipient's accumulator grows by
 * its weight, the largest wins and gives back the total. Shares follow the weights exactly over
 * each cycle and the winners are interleaved rather than bunched.
 */
export const weighted: RoutingMethod = {
  name: "weighted",
  rank(candidates) {
    const total = candidates.reduce((sum, c) => sum + weightOf(c), 0);
    const grown = (c: MethodCandidate) => c.state.rotation.currentWeight + weightOf(c);
    const sorted = sortCandidates(candidates, (a, b) => grown(b) - grown(a));
    const ordered: Ranked[] = sorted.map((c) => ({
      candidate: c,
      rank: { by: "weight", weight: weightOf(c), currentWeight: grown(c) },
    }));
    const currentWeights = new Map(sorted.map((c, i) => [c.key, i === 0 ? grown(c) - total : grown(c)]));
    return { ordered, chosen: ordered.slice(0, 1), currentWeights };
  },
};
