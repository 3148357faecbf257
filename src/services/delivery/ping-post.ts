import { systemEvent, type SystemEventData, type SystemEventType } from "../../domain/events.js";
import { encodeBody, leadFields, type Fields } from "../../domain/delivery/payload.js";
import { readValue, type ValueAt } from "../../domain/delivery/response.js";
import { newId } from "../../domain/ids.js";
import type { Lead, LeadEvent } from "../../domain/lead.js";
import { awardDecision, rankBids, type BidRanking, type PingAnswer } from "../../domain/routing/auction.js";
import type { Decision, DecisionTrace } from "../../domain/routing/types.js";
import {
  anyAuctionDue,
  auctionOfAssignment,
  dueAuctions,
  holdRun,
  insertAuction,
  settleAuction,
  startRun,
  type Auction,
} from "../../store/queries/auctions.js";
import { deliverySettingsOf } from "../../store/queries/deliveries.js";
import { getLead, insertEvent } from "../../store/queries/leads.js";
import { getRecipient, type DeliverySettings, type Recipient } from "../../store/queries/recipients.js";
import { lockRoutingHead } from "../../store/queries/routing-state.js";
import { lockLead } from "../../store/queries/work.js";
import type { Store, Tx } from "../../store/store.js";
import { routableLead, routerFor, withStates } from "../routing.js";
import { errorText } from "./channel.js";
import { authorization, lowerCased, readLimited } from "./http.js";
import type { OutboxQueue } from "./worker.js";

/** How long past its deadline a run holds an auction before another worker may run it again. */
export const AUCTION_LEASE_MARGIN_MS = 5_000;
const DEFAULT_BID_AT: ValueAt = { jsonPath: "$.price" };

/**
 * Writes the auction a routing decision opened (`Decision.auction`), in the routing transaction:
 * the lead waits in status `auction` (its row carries the tier) and the worker pings its bidders
 * once this commits. The `auction_opened` event joins the decision's `events`.
 */
export async function openAuction(
  tx: Tx,
  lead: Lead,
  decision: Decision,
  now: number,
  events: LeadEvent[],
): Promise<void> {
  const opened = decision.auction;
  if (!opened) return;
  const id = newId("auction", now);
  await insertAuction(tx, {
    id,
    leadId: lead.id,
    category: lead.category,
    planVersion: decision.planVersion,
    tier: opened.tierIndex,
    bidders: opened.bidders,
    fields: opened.pingPost.fields,
    deadlineMs: opened.pingPost.deadlineMs,
    trace: decision.trace,
    now,
  });
  events.push(
    systemEvent("auction_opened", lead.id, now, "routing", {
      auction: id,
      tier: opened.tierIndex,
      bidders: opened.bidders,
      fields: opened.pingPost.fields,
      deadlineMs: opened.pingPost.deadlineMs,
    }),
  );
}

interface Run {
  auction: Auction;
  run: number;
  /** The partial lead every bidder is sent. */
  ping: Fields;
  bidders: { key: string; settings: DeliverySettings | undefined }[];
}

/**
 * Ping-post auctions, run by the delivery worker. A due auction is claimed in a short
 * transaction that moves it to `pinging` under a lease; its bidders are pinged in parallel
 * outside any transaction and their bids collected until the deadline; then one transaction
 * settles it: the best margin among the bids that can still win gets the lead at its bid (a
 * direct assignment whose post goes through the outbox), or, with no bid above the lead's cost,
 * the plan's next tier runs. A run whose worker died is run again once its lease is over; a run
 * that outlived its lease settles nothing, so a lead is awarded, and posted, once.
 */
export class Auctions implements OutboxQueue<Run> {
  readonly #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  async claim(now: number, limit: number): Promise<Run[]> {
    // Most categories never ping: a plain read keeps the worker's every round free of a transaction.
    if (!(await anyAuctionDue(this.#store, now))) return [];
    return this.#store.transact(async (tx) => {
      const runs: Run[] = [];
      for (const a of await dueAuctions(tx, now, limit)) {
        const lead = await getLead(tx, a.leadId);
        if (!lead || lead.status !== "auction") {
          await settleAuction(tx, a.id, { state: "cancelled", winner: null, assignmentId: null, now });
          continue;
        }
        await startRun(tx, a, now + a.deadlineMs + AUCTION_LEASE_MARGIN_MS, now);
        const all = leadFields(lead, { id: "", priceCents: null });
        const ping: Fields = {};
        for (const name of a.fields) ping[name] = all[name] ?? null;
        const bidders = [];
        for (const key of a.bidders) bidders.push({ key, settings: await deliverySettingsOf(tx, key) });
        runs.push({ auction: a, run: a.runs + 1, ping, bidders });
      }
      return runs;
    });
  }

  async deliver(r: Run, clock: () => number): Promise<void> {
    const startedAt = clock();
    const key = `${r.auction.id}-${r.run}`;
    const answers = await Promise.all(
      r.bidders.map((b) => askForBid(b.key, b.settings, r.ping, key, r.auction.deadlineMs)),
    );
    await this.#store.transact(async (tx) => {
      const lead = (await lockLead(tx, r.auction.leadId)) ? await getLead(tx, r.auction.leadId) : undefined;
      const auction = await holdRun(tx, r.auction.id, r.run);
      if (!auction) return;
      const now = clock();
      if (!lead || lead.status !== "auction") {
        await settleAuction(tx, auction.id, { state: "cancelled", winner: null, assignmentId: null, now });
        return;
      }
      await award(tx, this.#store, lead, auction, answers, new Set(), now, {
        type: "auction_closed",
        run: r.run,
        durationMs: now - startedAt,
      });
    });
  }
}

/**
 * A post won at auction was rejected: the next best bid that can still win gets the lead, or,
 * with none left, the plan's next tier runs. False when the assignment was not won at auction.
 * Called in the transaction that records the rejection, with the lead locked.
 */
export async function postToNextBidder(
  tx: Tx,
  store: Store,
  lead: Lead,
  rejected: { id: string; recipient: string },
  exclude: ReadonlySet<string>,
  now: number,
): Promise<boolean> {
  const auction = await auctionOfAssignment(tx, rejected.id);
  if (!auction) return false;
  await award(tx, store, lead, auction, auction.bids ?? [], exclude, now, {
    type: "auction_fallback",
    rejectedBy: rejected.recipient,
  });
  return true;
}

/** Why an auction is being awarded, as its event records it beside the bids. */
type AuctionNote =
  | ({ type: "auction_closed" } & Pick<SystemEventData["auction_closed"], "run" | "durationMs">)
  | ({ type: "auction_fallback" } & Pick<SystemEventData["auction_fallback"], "rejectedBy">);

/** Gives the lead to the best bid that can win now, or runs the plan's next tier. */
async function award(
  tx: Tx,
  store: Store,
  lead: Lead,
  auction: Auction,
  answers: PingAnswer[],
  exclude: ReadonlySet<string>,
  now: number,
  note: AuctionNote,
): Promise<void> {
  const router = routerFor(store);
  const head = await lockRoutingHead(tx, lead.category, "update");
  if (!head) throw new Error(`category ${lead.category} has no routing head`);
  const recipients: Recipient[] = [];
  for (const key of auction.bidders) {
    const r = await getRecipient(tx, key);
    if (r?.categories.includes(lead.category)) recipients.push(r);
  }
  const candidates = await withStates(tx, lead.category, recipients, now, head.sequence);
  const routable = routableLead(lead);
  const ranking = rankBids(routable, answers, candidates, now, exclude);
  const winner = ranking.ranked[0];
  const { type, ...noted } = note;
  const summary = auctionSummary(auction, answers, ranking);
  await event(tx, lead.id, type, now, "routing", {
    ...noted,
    ...summary,
    winner: winner?.recipient ?? null,
    ...(winner ? { bid: winner.bidCents / 100, margin: winner.marginCents / 100 } : {}),
  });
  const candidate = winner && candidates.find((c) => c.config.key === winner.recipient);
  if (!winner || !candidate) {
    await settleAuction(tx, auction.id, {
      state: "closed",
      bids: answers,
      winner: null,
      assignmentId: null,
      now,
    });
    await router.reroute(tx, lead, now, { fromTier: auction.tier + 1, exclude });
    return;
  }
  const trace: DecisionTrace & { auction: unknown } = {
    ...auction.trace,
    at: now,
    auction: { ...summary, ...noted, winner: winner.recipient },
  };
  const decision = awardDecision(
    routable,
    winner,
    candidate,
    { tierIndex: auction.tier, planVersion: auction.planVersion },
    head.sequence,
    now,
    trace,
  );
  const result = {
    decision,
    status: "assigned" as const,
    retryAt: null,
    plan: { version: auction.planVersion, tiers: [] },
    slaSeconds: new Map<string, number>(),
    tier: auction.tier,
    poolUntil: null,
  };
  const { assignments } = await router.apply(tx, lead, result, now);
  await settleAuction(tx, auction.id, {
    state: "awarded",
    bids: answers,
    winner: winner.recipient,
    assignmentId: assignments[0]?.id ?? null,
    now,
  });
}

/** The bids as the timeline and the decision trace show them: money in the currency's units. */
function auctionSummary(auction: Auction, answers: readonly PingAnswer[], ranking: BidRanking) {
  return {
    auction: auction.id,
    tier: auction.tier,
    deadlineMs: auction.deadlineMs,
    bids: answers.map((a) => ({
      recipient: a.recipient,
      bid: a.bidCents === null ? null : a.bidCents / 100,
      status: a.status,
      durationMs: a.durationMs,
      ...(a.reason !== undefined ? { reason: a.reason } : {}),
    })),
    ranked: ranking.ranked.map((b) => ({
      recipient: b.recipient,
      bid: b.bidCents / 100,
      margin: b.marginCents / 100,
    })),
    refused: ranking.refused.map((b) => ({
      recipient: b.recipient,
      bid: b.bidCents / 100,
      reason: b.reason,
    })),
  };
}

/**
 * Pings one bidder with the partial lead and reads its bid. Never throws: no answer before the
 * deadline, an error status or an answer without a price is no bid, with the reason.
 */
async function askForBid(
  recipient: string,
  settings: DeliverySettings | undefined,
  fields: Fields,
  idempotencyKey: string,
  deadlineMs: number,
): Promise<PingAnswer> {
  const ping = settings?.channel === "http" ? settings.ping : undefined;
  if (!settings || !ping)
    return { recipient, bidCents: null, status: null, durationMs: null, reason: "no ping configured" };
  const { contentType, body } = encodeBody(ping.format ?? "json", fields);
  const headers = {
    "user-agent": "Carousel",
    "content-type": contentType,
    ...lowerCased(settings.headers),
    ...lowerCased(ping.headers),
    ...authorization(settings),
    "idempotency-key": idempotencyKey,
  };
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  let status: number;
  let text: string;
  try {
    const res = await fetch(ping.url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(deadlineMs),
    });
    status = res.status;
    text = await readLimited(res);
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? `no answer within ${deadlineMs} ms`
        : errorText(error);
    return { recipient, bidCents: null, status: null, durationMs: took(), reason };
  }
  const durationMs = took();
  if (status < 200 || status >= 300)
    return { recipient, bidCents: null, status, durationMs, reason: `HTTP ${status}` };
  const value = readValue(ping.price ?? DEFAULT_BID_AT, text);
  const bid = value === null || value === undefined || value === "" ? NaN : Number(value);
  if (!Number.isFinite(bid))
    return { recipient, bidCents: null, status, durationMs, reason: "no bid in the answer" };
  if (bid <= 0) return { recipient, bidCents: null, status, durationMs, reason: "declined (bid 0)" };
  return { recipient, bidCents: Math.round(bid * 100), status, durationMs };
}

async function event<K extends SystemEventType>(
  tx: Tx,
  leadId: string,
  type: K,
  now: number,
  actor: string,
  data: SystemEventData[K],
): Promise<void> {
  await insertEvent(tx, systemEvent(type, leadId, now, actor, data));
}
