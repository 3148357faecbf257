import type { BidPriceTable } from "../bid-prices.js";
import { compareInTurn } from "../in-turn.js";
import { sortCandidates, type MethodCandidate, type Ranked, type RoutingMethod } from "./routing-method.js";

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

const bidOf = (table: BidPriceTable | undefined, c: MethodCandidate) => table?.prices.get(c.key) ?? 0;

/** What `best_margin` would choose: the highest margin, equal margins in turn. */
function greedyChoice(candidates: readonly MethodCandidate[]): MethodCandidate | undefined {
  let best: MethodCandidate | undefined;
  for (const c of candidates)
    if (
      best === undefined ||
      c.marginCents > best.marginCents ||
      (c.marginCents === best.marginCents && compareInTurn(c, best) < 0)
    )
      best = c;
  return best;
}

function basisOf(table: BidPriceTable): string {
  const leads = Math.round(table.expectedLeads);
  return table.basis === "history"
    ? `${leads} more leads expected in the cap period, from the same weekday and hour of past weeks`
    : `${leads} more leads expected in the cap period, at the rate seen so far today (too little history)`;
}

function explain(
  table: BidPriceTable | undefined,
  chosen: Ranked,
  greedy: MethodCandidate | undefined,
): string {
  const c = chosen.candidate;
  const bid = bidOf(table, c);
  if (table === undefined)
    return `no bid prices yet: ${c.key} has the highest margin (${dollars(c.marginCents)})`;
  if (greedy === undefined || greedy.key === c.key)
    return (
      `${c.key}: margin ${dollars(c.marginCents)} less bid price ${dollars(bid)} is the best, ` +
      `and it is also the highest margin (${basisOf(table)})`
    );
  const greedyBid = bidOf(table, greedy);
  return (
    `${c.key}: margin ${dollars(c.marginCents)} less bid price ${dollars(bid)} = ` +
    `${dollars(c.marginCents - bid)}, rather than the highest margin, ${greedy.key} ` +
    `(${dollars(greedy.marginCents)} less bid price ${dollars(greedyBid)} = ` +
    `${dollars(greedy.marginCents - greedyBid)}): ${greedy.key}'s remaining cap is worth more to ` +
    `leads that fewer buyers can take (${basisOf(table)})`
  );
}

function explainHeld(table: BidPriceTable, best: Ranked): string {
  const c = best.candidate;
  return (
    `held: even the best, ${c.key}, earns ${dollars(c.marginCents)}, less than its bid price ` +
    `${dollars(bidOf(table, c))}: its remaining cap is worth more to later leads that fewer buyers ` +
    `can take (${basisOf(table)}); the lead goes to the next tier, or waits for the bid prices' ` +
    `refresh at ${new Date(table.validUntil).toISOString()}`
  );
}

/**
 * Highest margin less the buyer's bid price first, equal values in turn. A bid price is what a
 * lead of the buyer's remaining capacity is worth to the leads expected for the rest of the cap
 * period (see `bid-prices.ts`): a buyer whose capacity later leads need more is kept for them.
 * When even the best earns less than its bid price the lead is held: nobody in the tier gets it,
 * and it goes to the next tier or, after the last, waits for the bid prices' refresh (by the end
 * of the cap period bid prices fall to nothing, so a held lead is sold by then if anyone has room).
 * Without bid prices yet it ranks as `best_margin` does.
 */
export const bidPrice: RoutingMethod = {
  name: "bid_price",
  rank(candidates, _tier, context) {
    const table = context?.bidPrices;
    const value = (c: MethodCandidate) => c.marginCents - bidOf(table, c);
    const sorted = sortCandidates(candidates, (a, b) => value(b) - value(a));
    const ordered: Ranked[] = [];
    for (const c of sorted)
      ordered.push({
        candidate: c,
        rank: {
          by: "bid_price",
          marginCents: c.marginCents,
          bidPriceCents: bidOf(table, c),
          valueCents: value(c),
          lastServed: c.lastServed,
        },
      });
    const first = ordered[0];
    if (first === undefined) return { ordered, chosen: [] };
    if (table !== undefined && first.candidate.marginCents < bidOf(table, first.candidate))
      return { ordered, chosen: [], held: true, note: explainHeld(table, first) };
    return { ordered, chosen: [first], note: explain(table, first, greedyChoice(candidates)) };
  },
};
