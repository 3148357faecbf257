import { AppError, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import { isStaff, type Principal } from "../domain/user.js";
import {
  getAssignment,
  listAssignments,
  listAssignmentsOf,
  transition,
  type Assignment,
} from "../store/queries/assignments.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import { getPlan } from "../store/queries/plans.js";
import { releaseAssignment } from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { dueRows, forEachDue } from "./due-rows.js";
import { routerFor, type Router } from "./routing.js";

/** Offers per push tier when the tier does not say. */
export const DEFAULT_ATTEMPTS = 3;

/** The offered recipient takes the lead. 409 when the offer expired, was withdrawn or answered. */
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
    await tx
      .updateTable("leads")
      .set((eb) => ({
        status: "assigned",
        stage: eb.case().when("stage", "=", "new").then("assigned").else(eb.ref("stage")).end(),
        tier: null,
        updated_at: now,
      }))
      .where("id", "=", offer.leadId)
      .execute();
    await event(tx, offer, "accepted", now, actorOf(principal));
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

/**
 * Expires the offers whose SLA has run out and offers their leads onward. Several processes may
 * run this at once: an offer moves from `offered` to `expired` exactly once. Returns how many.
 */
export async function expireDueOffers(store: Store, now?: number, batch = 200): Promise<number> {
  const router = routerFor(store);
  return forEachDue(
    store,
    dueRows("assignments", "expires_at", { status: "offered" }),
    async (tx, id, now) => {
      const offer = await getAssignment(tx, id);
      if (!offer || !(await transition(tx, id, "offered", "expired", now))) return false;
      await releaseAssignment(tx, offer);
      await event(tx, offer, "expired", now, "scheduler", {
        sla: offer.expiresAt === null ? null : Math.round((offer.expiresAt - offer.createdAt) / 1000),
      });
      await passOn(tx, router, offer, now);
      return true;
    },
    { now, batch },
  );
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
 * Offers the lead to the next candidate of the same tier, skipping everyone who already had it;
 * after the tier's attempts the waterfall goes on to the next tier.
 */
async function passOn(tx: Tx, router: Router, offer: Assignment, now: number): Promise<void> {
  const lead = await getLead(tx, offer.leadId);
  if (!lead) return;
  const history = await listAssignments(tx, offer.leadId);
  if (history.some((a) => a.status === "offered" || a.status === "accepted" || a.status === "claimed"))
    return;
  const tierIndex = offer.tier ?? 0;
  const plan = offer.planVersion === null ? undefined : await getPlan(tx, lead.category, offer.planVersion);
  const attempts = plan?.tiers[tierIndex]?.attempts ?? DEFAULT_ATTEMPTS;
  const offersInTier = history.filter((a) => a.tier === tierIndex && a.mode === "push").length;
  await router.reroute(tx, lead, now, {
    fromTier: offersInTier >= attempts ? tierIndex + 1 : tierIndex,
    exclude: new Set(history.map((a) => a.recipient)),
  });
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

const actorOf = (p: Principal) => (p.userId ? `user:${p.userId}` : "admin");

async function event(
  tx: Tx,
  offer: Assignment,
  type: string,
  now: number,
  actor: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await insertEvent(tx, {
    id: newId("event", now),
    leadId: offer.leadId,
    type,
    at: now,
    actor,
    data: { assignment: offer.id, recipient: offer.recipient, ...data },
  });
}
