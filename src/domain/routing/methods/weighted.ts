import { compareInTurn } from "../in-turn.js";
import type { MethodCandidate, Ranked, RoutingMethod } from "./routing-method.js";

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
    const grown = candidates.map((c) => ({
      c,
      weight: weightOf(c),
      current: c.state.rotation.currentWeight + weightOf(c),
    }));
    grown.sort((a, b) => b.current - a.current || compareInTurn(a.c, b.c));
    const ordered: Ranked[] = grown.map(({ c, weight, current }) => ({
      candidate: c,
      rank: { by: "weight", weight, currentWeight: current },
    }));
    const currentWeights = new Map(
      grown.map(({ c, current }, i) => [c.key, i === 0 ? current - total : current]),
    );
    return { ordered, chosen: ordered.slice(0, 1), currentWeights };
  },
};
