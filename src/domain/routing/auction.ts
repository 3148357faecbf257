import { checkEligibility, recipientTimeZone } from "./eligibility.js";
import { compareInTurn, turnHash } from "./in-turn.js";
import type { Candidate, Decision, DecisionTrace, Plan, RoutableLead } from "./types.js";
import { windowKeys } from "./windows.js";

/** Contact data a ping never carries: a bidder learns what the lead is, not who it is. */
export const CONTACT_FIELDS: readonly string[] = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "address",
  "consentIp",
];

/**
 * If the tier that decided pings its buyers (`pingPost` on a `best_margin` tier), the decision
 * opens an auction instead of assigning: nobody is assigned and no counter moves until the bids
 * are in. The tier's eligible buyers, best configured margin first, are the bidders.
 */
export function turnIntoAuction(decision: Decision, plan: Plan, categorySequence: number): void {
  const first = decision.assignments[0];
  if (!first || first.tierIndex === null) return;
  const tier = plan.tiers[first.tierIndex];
  if (!tier?.pingPost || tier.method !== "best_margin") return;
  decision.auction = { tierIndex: first.tierIndex, bidders: [...decision.ordered], pingPost: tier.pingPost };
  decision.assignments = [];
  decision.updates = [];
  decision.categorySequence = categorySequence;
  const deciding = decision.trace.tiers.at(-1);
  if (deciding) deciding.chosen = [];
}

/** What one bidder answered to a ping: a bid in cents, or why there is none. */
export interface PingAnswer {
  recipient: string;
  bidCents: number | null;
  /** The HTTP status, null without an answer. */
  status: number | null;
  /** From the ping going out to its answer; null for a bidder that was not pinged. */
  durationMs: number | null;
  /** Why there is no bid: no answer before the deadline, an error status, no price in the body, … */
  reason?: string;
}

export interface RankedBid {
  recipient: string;
  bidCents: number;
  marginCents: number;
  lastServed: number;
}

export interface BidRanking {
  /** Bids that can win now, best margin first; equal margins take turns. */
  ranked: RankedBid[];
  /** Bids that cannot: not above the lead's cost, or the bidder is no longer eligible. */
  refused: { recipient: string; bidCents: number; reason: string }[];
}

/**
 * Orders the bids by margin (bid − the lead's cost), leaving out bids not above the cost and
 * bidders that can no longer take the lead: eligibility is checked again on the counters of the
 * moment, and the bid, not the configured price, must fit the monthly budget.
 */
export function rankBids(
  lead: RoutableLead,
  answers: readonly PingAnswer[],
  candidates: readonly Candidate[],
  now: number,
  exclude: ReadonlySet<string> = new Set(),
): BidRanking {
  const byKey = new Map(candidates.map((c) => [c.config.key, c]));
  const ranking: BidRanking = { ranked: [], refused: [] };
  const inTurn: (RankedBid & { key: string; turnHash: number })[] = [];
  for (const a of answers) {
    if (a.bidCents === null || exclude.has(a.recipient)) continue;
    const refuse = (reason: string) =>
      ranking.refused.push({ recipient: a.recipient, bidCents: a.bidCents!, reason });
    const marginCents = a.bidCents - lead.costCents;
    if (marginCents <= 0) {
      refuse(`bid ${money(a.bidCents)} is not above the lead's cost ${money(lead.costCents)}`);
      continue;
    }
    const c = byKey.get(a.recipient);
    if (!c) {
      refuse("no longer a recipient of the category");
      continue;
    }
    const e = checkEligibility(c, lead, now);
    if (!e.eligible) {
      refuse(e.detail === undefined ? e.rule : `${e.rule}: ${e.detail}`);
      continue;
    }
    const budget = c.config.budgetCents;
    if (budget !== undefined && c.state.spentCents + a.bidCents > budget) {
      refuse(`budget: bid ${money(a.bidCents)} exceeds what is left of the monthly budget`);
      continue;
    }
    const lastServed = c.state.rotation.lastServed;
    inTurn.push({
      recipient: a.recipient,
      bidCents: a.bidCents,
      marginCents,
      lastServed,
      key: a.recipient,
      turnHash: turnHash(lead.id, a.recipient),
    });
  }
  inTurn.sort((a, b) => b.marginCents - a.marginCents || compareInTurn(a, b));
  ranking.ranked = inTurn.map(({ recipient, bidCents, marginCents, lastServed }) => ({
    recipient,
    bidCents,
    marginCents,
    lastServed,
  }));
  return ranking;
}

/**
 * The decision that gives the lead to an auction's winner at its bid: a direct `best_margin`
 * assignment of the auction's tier, consuming the winner's caps, budget, capacity and turn like
 * any other. `trace` is what the decision records (the opening decision's, with the auction's bids).
 */
export function awardDecision(
  lead: RoutableLead,
  winner: RankedBid,
  candidate: Candidate,
  auction: { tierIndex: number; planVersion: number },
  categorySequence: number,
  now: number,
  trace: DecisionTrace,
): Decision {
  const sequence = categorySequence + 1;
  return {
    leadId: lead.id,
    planVersion: auction.planVersion,
    assignments: [
      {
        recipientKey: winner.recipient,
        tierIndex: auction.tierIndex,
        method: "best_margin",
        mode: "direct",
        planVersion: auction.planVersion,
        priceCents: winner.bidCents,
        marginCents: winner.marginCents,
      },
    ],
    exclusive: false,
    pool: null,
    ordered: [winner.recipient],
    unassigned: false,
    retryAt: null,
    categorySequence: sequence,
    updates: [
      {
        key: winner.recipient,
        rotation: { lastServed: sequence },
        increment: {
          assignments: 1,
          spentCents: winner.bidCents,
          openLeads: 1,
          windows: windowKeys(recipientTimeZone(candidate.config), now),
        },
      },
    ],
    trace,
  };
}

const money = (cents: number) => (cents / 100).toFixed(2);
