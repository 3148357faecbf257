/**
 * Bid prices: what one more lead of a buyer's remaining capacity is worth for the rest of the cap
 * period, given the leads expected to arrive. Solving the transportation problem over expected
 * demand (segments × buyers) gives them as the duals of the buyers' capacities. The `bid_price`
 * method then gives a lead to the buyer whose margin minus its bid price is highest: a national
 * buyer whose capacity the local-only leads of later will need is kept for them.
 */
import type { ForecastBasis } from "./demand-forecast.js";
import { solveTransportation } from "./transportation.js";
import type { Candidate, RoutableLead } from "./types.js";

/** A buyer as the bid-price problem sees it. */
export interface PricedBuyer {
  key: string;
  /** The segments (states) it takes; `null`: every segment. */
  segments: ReadonlySet<string> | null;
  /** What selling it a lead earns, in cents. */
  marginCents: number;
  /** Leads it may still take in the cap period; `null`: no cap. */
  remaining: number | null;
}

/** The bid prices a category's decisions use until they are refreshed. */
export interface BidPriceTable {
  /** Cents per lead, by recipient key; a recipient missing here has none (0). */
  prices: ReadonlyMap<string, number>;
  /** When they were computed. */
  computedAt: number;
  /** When they are computed again: a lead held back waits until then. */
  validUntil: number;
  basis: ForecastBasis;
  /** Leads expected for the rest of the period, all segments together. */
  expectedLeads: number;
}

/** Fractions of a lead the expected demand is counted in (a transportation problem wants integers). */
const UNITS_PER_LEAD = 10;

/** Bid prices (cents per lead) of the buyers, from the expected remaining demand per segment. */
export function computeBidPrices(
  buyers: readonly PricedBuyer[],
  expected: ReadonlyMap<string, number>,
): Map<string, number> {
  const segments = [...expected.keys()];
  const supply = segments.map((s) => Math.round((expected.get(s) ?? 0) * UNITS_PER_LEAD));
  const totalSupply = supply.reduce((a, n) => a + n, 0);
  const capacity = buyers.map((b) =>
    b.remaining === null ? totalSupply : Math.max(0, Math.floor(b.remaining)) * UNITS_PER_LEAD,
  );
  const value = segments.map((s) =>
    buyers.map((b) => (b.segments === null || b.segments.has(s) ? b.marginCents : null)),
  );
  const { buyerPrice } = solveTransportation({ supply, capacity, value });
  const prices = new Map<string, number>();
  buyers.forEach((b, i) => {
    const p = buyerPrice[i] ?? 0;
    // An uncapped buyer's capacity is worth nothing at the margin.
    if (p > 0 && b.remaining !== null) prices.set(b.key, p);
  });
  return prices;
}

/**
 * A candidate as a priced buyer: the states of its territory (everywhere without one), its price
 * for a lead like `sample` less the lead's cost, and what its day cap leaves. A territory of zips
 * or a radius covers part of a state only, so such a buyer is left out (`null`): it has no bid
 * price, and the others are priced as if it were not there.
 */
export function pricedBuyer(c: Candidate, marginCents: number): PricedBuyer | null {
  const t = c.config.territory;
  const partial = t !== undefined && (t.zips?.length || t.zipPrefixes?.length || t.radius !== undefined);
  if (partial) return null;
  const states = t?.states;
  const day = c.config.caps?.day;
  return {
    key: c.config.key,
    segments: states && states.length > 0 ? new Set(states) : null,
    marginCents,
    remaining: day === undefined ? null : Math.max(0, day - c.state.counts.day),
  };
}

/** The segment a lead belongs to: its state, `""` without one. */
export const segmentOf = (lead: Pick<RoutableLead, "state">): string => lead.state ?? "";
