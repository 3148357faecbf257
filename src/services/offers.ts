import { actorOf, systemEvent, type SystemEventData } from "../domain/events.js";
import { AppError, notFound } from "../domain/errors.js";
import { isStaff, type Principal } from "../domain/user.js";
import type { Lead, LeadEvent } from "../domain/lead.js";
import {
  expireOffers,
  getAssignment,
  listAssignments,
  listAssignmentsOf,
  listAssignmentsOfLeads,
  transition,
  type Assignment,
  type PastAssignment,
} from "../store/queries/assignments.js";
import { assignOfferedLead, getLead, getLeads, insertEvent } from "../store/queries/leads.js";
import { getPlan, type StoredPlan } from "../store/queries/plans.js";
import { releaseAssignment, releaseAssignments } from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";
import { refusersOf, routerFor, RoutingBatch, type Router } from "./routing.js";

/** Offers per push tier when the tier does not say. */
export const DEFAULT_ATTEMPTS = 3;

/** The offered recipient takes the lead. 409 when the offer expired, was withdrawn or answered. */
/** A live offer to a recipient, with its lead. */
export interface LiveOffer {
  offer: Assignment;
  lead: Lead;
}

/** A recipient's offers still open at `now`, soonest to expire first (those with no deadline last). */
export async function liveOffersOf(store: Store, recipient: string, now: number): Promise<LiveOffer[]> {
  const offers = (await listAssignmentsOf(store, recipient, "offered")).filter(
    (a) => a.expiresAt === null || a.expiresAt > now,
  );
  const leads = await getLeads(
    store,
    offers.map((a) => a.leadId),
  );
  const live = offers.flatMap((offer) => {
    const lead = leads.get(offer.leadId);
    return lead ? [{ offer, lead }] : [];
  });
  const deadline = (o: LiveOffer) => o.offer.expiresAt ?? Number.POSITIVE_INFINITY;
  return live.sort((x, y) => (deadline(x) < deadline(y) ? -1 : deadline(x) > deadline(y) ? 1 : 0));
}

export async function acceptOffer(
  store: Store,
  id: string,
  principal: Principal,
  now = Date.now(),
): Promise<Assignment> {
  return store.transact(async (tx) => {
    const offer = await offerFor(tx, id, principal);
    if (!(await transition(tx, id, "offered", "accepted", now, { notExpiredAt: now })))
      throw new AppError("conflict", `offer ${id} is no longer open (${await statusOf(tx, id, now)})`);
    await assignOfferedLead(tx, offer.leadId, now);
    await event(tx, offer, "accepted", now, actorOf(principal), {});
    await enqueueDelivery(tx, offer, offer.recipient, now);
    return { ...offer, status: "accepted", respondedAt: now };
  });
}

/** The offered recipient passes; the next candidate is offered at once. */
export async function rejectOffer(
  store: Store,
  id: string,
  principal: Principal,
  reason: string | undefined,
  now = Date.now(),
): Promise<Assignment> {
  return store.transact(async (tx) => {
    const offer = await offerFor(tx, id, principal);
    if (
      !(await transition(tx, id, "offered", "rejected", now, { reason: reason ?? null, notExpiredAt: now }))
    )
      throw new AppError("conflict", `offer ${id} is no longer open (${await statusOf(tx, id, now)})`);
    await releaseAssignment(tx, offer);
    await event(tx, offer, "rejected", now, actorOf(principal), { reason: reason ?? null });
    await passOn(tx, routerFor(store), offer, now);
    return { ...offer, status: "rejected", reason: reason ?? null, respondedAt: now };
  });
}

const dueOffers = dueRows("assignments", "expires_at", { status: "offered" });

/**
 * Expires the offers whose SLA has run out and offers their leads onward. Several processes may
 * run this at once: an offer moves from `offered` to `expired` exactly once. Returns how many.
 * The offers of a category expire a batch at a time (`forEachDueBatch`); an offer that cannot
 * be expired is reported to `onError` (thrown without it) and holds back no other.
 */
export async function expireDueOffers(
  store: Store,
  now?: number,
  options: TimerOptions = {},
): Promise<number> {
  const router = routerFor(store);
  return forEachDueBatch(store, dueOffers, "category", (tx, ids, now) => expire(tx, router, ids, now), {
    batch: 200,
    ...options,
    now,
  });
}

/**
 * Expires these offers (those still offered) in one transaction: moves them to `expired`, gives
 * their caps back and offers each lead onward, every decision of the batch seeing the ones
 * before it, all written with a few statements at the end. Their categories' routing heads are
 * locked before the caps are given back, as every decision locks its head before counters.
 */
async function expire(tx: Tx, router: Router, ids: readonly string[], now: number): Promise<number> {
  const dueOrder = new Map(ids.map((id, i) => [id, i]));
  const offers = (await expireOffers(tx, ids, now)).sort((a, b) => dueOrder.get(a.id)! - dueOrder.get(b.id)!);
  if (offers.length === 0) return 0;
  const batch = new RoutingBatch();
  const categories = new Set(offers.flatMap((o) => (o.category === null ? [] : [o.category])));
  // The heads of the offers' categories and of their recipients' other categories, in one order.
  await releaseAssignments(tx, offers, [...categories]);
  for (const category of [...categories].sort()) await batch.lockHead(tx, category);
  for (const offer of offers) batch.events.push(expiredEvent(offer, now));
  // A lead with several of these offers (offered to several at once) is offered on once, after the last.
  const lastOffer = new Map(offers.map((o) => [o.leadId, o]));
  const leadIds = [...lastOffer.keys()];
  const leads = await getLeads(tx, leadIds);
  const histories = await listAssignmentsOfLeads(tx, leadIds);
  const plans = new Map<string, Promise<StoredPlan | undefined>>();
  for (const [leadId, offer] of lastOffer) {
    const lead = leads.get(leadId);
    if (!lead) continue;
    let plan: Promise<StoredPlan | undefined> | undefined;
    if (offer.planVersion !== null) {
      const key = `${lead.category}\u0000${offer.planVersion}`;
      plan = plans.get(key) ?? getPlan(tx, lead.category, offer.planVersion);
      plans.set(key, plan);
    }
    const next = nextOffer(offer, histories.get(leadId) ?? [], await plan);
    if (next) await router.reroute(tx, lead, now, { ...next, batch });
  }
  await batch.flush(tx);
  return offers.length;
}

function expiredEvent(offer: Omit<Assignment, "trace">, now: number): LeadEvent {
  return eventOf(offer, "expired", now, "scheduler", {
    sla: offer.expiresAt === null ? null : Math.round((offer.expiresAt - offer.createdAt) / 1000),
  });
}

/** A recipient who goes away loses its open offers, and their leads are offered onward at once. */
export async function withdrawOffersOf(
  tx: Tx,
  router: Router,
  recipient: string,
  now: number,
): Promise<void> {
  for (const offer of await listAssignmentsOf(tx, recipient, "offered")) {
    if (!(await transition(tx, offer.id, "offered", "withdrawn", now, { reason: "recipient went away" })))
      continue;
    await releaseAssignment(tx, offer);
    await event(tx, offer, "withdrawn", now, "routing", { reason: "recipient went away" });
    await passOn(tx, router, offer, now);
  }
}

/**
 * Offers the lead to the next candidate of the same tier, skipping everyone the tier offered it
 * to already; after the tier's attempts the waterfall goes on to the next tier.
 */
async function passOn(tx: Tx, router: Router, offer: Assignment, now: number): Promise<void> {
  const lead = await getLead(tx, offer.leadId);
  if (!lead) return;
  const plan = offer.planVersion === null ? undefined : await getPlan(tx, lead.category, offer.planVersion);
  const next = nextOffer(offer, await listAssignments(tx, offer.leadId), plan);
  if (next) await router.reroute(tx, lead, now, next);
}

/**
 * Where a lead goes after `offer` ended, from its assignments (`history`, the ended offer
 * among them): the offer's tier again, passing over everyone that tier offered it to, or the
 * next tier once the tier's attempts are used up. Whoever refused the lead is left out of every
 * tier; whoever let an offer run out (or was withdrawn from it by going away) is not: a later
 * tier, a pool say, may still reach them. Nowhere while the lead is still offered to, or taken
 * by, someone.
 */
function nextOffer(
  offer: Pick<Assignment, "tier">,
  history: readonly PastAssignment[],
  plan: StoredPlan | undefined,
): { fromTier: number; exclude: Set<string>; passedOver: Set<string> } | null {
  if (history.some((a) => a.status === "offered" || a.status === "accepted" || a.status === "claimed"))
    return null;
  const tierIndex = offer.tier ?? 0;
  const attempts = plan?.tiers[tierIndex]?.attempts ?? DEFAULT_ATTEMPTS;
  const offeredInTier = history.filter((a) => a.tier === tierIndex && a.mode === "push");
  const exclude = refusersOf(history);
  return offeredInTier.length >= attempts
    ? { fromTier: tierIndex + 1, exclude, passedOver: new Set() }
    : { fromTier: tierIndex, exclude, passedOver: new Set(offeredInTier.map((a) => a.recipient)) };
}

async function offerFor(tx: Tx, id: string, principal: Principal): Promise<Assignment> {
  const offer = await getAssignment(tx, id);
  // To anyone but the offered recipient's own users, someone else's offer does not exist.
  if (!offer || (principal.recipient !== offer.recipient && !isStaff(principal)))
    throw notFound(`offer ${id}`);
  if (principal.recipient !== offer.recipient)
    throw new AppError("forbidden", "only the offered recipient answers an offer");
  if (offer.mode !== "push") throw new AppError("conflict", `assignment ${id} is not an offer`);
  return offer;
}

async function statusOf(tx: Tx, id: string, now: number): Promise<string> {
  const a = await getAssignment(tx, id);
  if (a?.status === "offered" && a.expiresAt !== null && a.expiresAt <= now) return "expired";
  return a?.status ?? "unknown";
}

/** The events of an offer's answer or end: each names the offer and its recipient. */
type OfferEventType = "accepted" | "rejected" | "expired" | "withdrawn";

async function event<K extends OfferEventType>(
  tx: Tx,
  offer: Assignment,
  type: K,
  now: number,
  actor: string,
  data: Omit<SystemEventData[K], "assignment" | "recipient">,
): Promise<void> {
  await insertEvent(tx, eventOf(offer, type, now, actor, data));
}

function eventOf<K extends OfferEventType>(
  offer: Pick<Assignment, "id" | "leadId" | "recipient">,
  type: K,
  now: number,
  actor: string,
  data: Omit<SystemEventData[K], "assignment" | "recipient">,
): LeadEvent {
  const all = { assignment: offer.id, recipient: offer.recipient, ...data } as SystemEventData[K];
  return systemEvent(type, offer.leadId, now, actor, all);
}
