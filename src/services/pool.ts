import { systemEvent } from "../domain/events.js";
import { AppError, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Lead } from "../domain/lead.js";
import { checkEligibility, recipientTimeZone, windowKeys } from "../domain/routing/index.js";
import type { Principal } from "../domain/user.js";
import { insertAssignment, type Assignment } from "../store/queries/assignments.js";
import { getLeads, insertEvent } from "../store/queries/leads.js";
import {
  leadWithPosting,
  lockRecipientLoad,
  pooledLeadsOf,
  removePostingsOfLeads,
  takePooledLead,
  unpoolLeads,
} from "../store/queries/pool.js";
import { getRecipient, type Recipient } from "../store/queries/recipients.js";
import { consume } from "../store/queries/routing-state.js";
import type { Runner, Store } from "../store/store.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";
import { routableLead, routerFor, RoutingBatch, withStates } from "./routing.js";

const POOL_PAGE = 200;

/**
 * The pooled leads a recipient may claim right now: posted to it, and still within its
 * territory, filters, caps, capacity and schedule. By band first (its rank among the
 * bands of its category, as the band timer keeps it), then highest score, then oldest.
 */
export async function poolFor(store: Store, principal: Principal, now = Date.now()): Promise<Lead[]> {
  const recipient = await callerRecipient(store, principal);
  const leads = await pooledLeadsOf(store, recipient.key, POOL_PAGE);
  if (leads.length === 0) return [];
  // Only a look: the recipient's counters are read without a transaction of their own (the
  // claim checks them again under its lock).
  const byCategory = new Map<string, Lead[]>();
  for (const lead of leads) byCategory.set(lead.category, [...(byCategory.get(lead.category) ?? []), lead]);
  const open: Lead[] = [];
  for (const [category, inCategory] of byCategory) {
    const [candidate] = await withStates(store, category, [recipient], now, 0);
    for (const lead of inCategory)
      if (candidate && checkEligibility(candidate, routableLead(lead), now).eligible) open.push(lead);
  }
  return leads.filter((l) => open.includes(l));
}

/**
 * Claims a pooled lead for the caller's recipient. Of any number of simultaneous claims exactly
 * one wins; the rest answer 409. The claim counts against the recipient's caps and capacity,
 * which are checked under a lock on the recipient so concurrent claims cannot overrun them.
 */
export async function claimLead(
  store: Store,
  leadId: string,
  principal: Principal,
  now = Date.now(),
): Promise<Assignment> {
  const recipient = await callerRecipient(store, principal);
  return store.transact(async (tx) => {
    const found = await leadWithPosting(tx, leadId, recipient.key);
    if (!found || (found.lead.status === "pooled" && !found.postedTo))
      throw notFound(`pooled lead ${leadId}`);
    if (found.lead.status !== "pooled")
      throw new AppError("conflict", `lead ${leadId} is no longer in the pool`);
    const lead = found.lead;
    await lockRecipientLoad(tx, recipient.key);
    const [candidate] = await withStates(tx, lead.category, [recipient], now, 0);
    const eligibility = candidate ? checkEligibility(candidate, routableLead(lead), now) : null;
    if (!eligibility?.eligible)
      throw new AppError(
        "conflict",
        `${recipient.key} may not claim this lead now: ${eligibility ? `${eligibility.rule}${eligibility.detail ? ` (${eligibility.detail})` : ""}` : "not a candidate"}`,
      );
    if (!(await takePooledLead(tx, leadId, now)))
      throw new AppError("conflict", `lead ${leadId} was claimed by someone else`);
    await removePostingsOfLeads(tx, [leadId]);
    const windows = windowKeys(recipientTimeZone(recipient), now);
    const assignment: Assignment = {
      id: newId("assignment", now),
      leadId,
      recipient: recipient.key,
      status: "claimed",
      category: lead.category,
      planVersion: null,
      tier: lead.tier ?? null,
      method: "claim",
      mode: "pull",
      priceCents: eligibility.priceCents,
      costCents: lead.costCents,
      marginCents: eligibility.priceCents - lead.costCents,
      trace: JSON.stringify({ at: now, claimed: true, by: recipient.key }),
      expiresAt: null,
      actor: principal.userId ? `user:${principal.userId}` : recipient.key,
      createdAt: now,
      windows: JSON.stringify(windows),
    };
    await insertAssignment(tx, assignment);
    await enqueueDelivery(tx, assignment, recipient, now);
    await consume(tx, [
      { recipient: recipient.key, windows, assignments: 1, spentCents: eligibility.priceCents, openLeads: 1 },
    ]);
    await insertEvent(
      tx,
      systemEvent("claimed", leadId, now, assignment.actor, {
        assignment: assignment.id,
        recipient: recipient.key,
      }),
    );
    return assignment;
  });
}

const duePools = dueRows("leads", "pool_until", { status: "pooled" });

/**
 * Pooled leads nobody claimed in time go on to the plan's next tier, a category's batch of
 * them in one transaction (`forEachDueBatch`). Returns how many moved.
 */
export async function expireDuePools(
  store: Store,
  now?: number,
  options: TimerOptions = {},
): Promise<number> {
  const router = routerFor(store);
  return forEachDueBatch(
    store,
    duePools,
    "category",
    async (tx, ids, now) => {
      const leads = await getLeads(tx, ids);
      const pooled = await unpoolLeads(tx, ids);
      const moved = ids.filter((id) => pooled.has(id) && leads.has(id));
      if (moved.length === 0) return 0;
      await removePostingsOfLeads(tx, moved);
      const batch = new RoutingBatch();
      for (const id of moved) {
        const lead = leads.get(id)!;
        batch.events.push(systemEvent("pool_expired", id, now, "scheduler", { tier: lead.tier }));
        await router.reroute(tx, lead, now, { fromTier: (lead.tier ?? 0) + 1, batch });
      }
      await batch.flush(tx);
      return moved.length;
    },
    { batch: 200, ...options, now },
  );
}

async function callerRecipient(db: Runner, principal: Principal): Promise<Recipient> {
  if (!principal.recipient) throw new AppError("forbidden", "the pool is for agents and partners");
  const recipient = await getRecipient(db, principal.recipient);
  if (!recipient) throw notFound(`recipient ${principal.recipient}`);
  return recipient;
}
