import { AppError, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Lead } from "../domain/lead.js";
import { checkEligibility, recipientTimeZone, windowKeys } from "../domain/routing/index.js";
import type { Principal } from "../domain/user.js";
import { insertAssignment, type Assignment } from "../store/queries/assignments.js";
import { getLeads, insertEvent, stageOnceAssigned, toLeadRow } from "../store/queries/leads.js";
import { getRecipient, type Recipient } from "../store/queries/recipients.js";
import { consume } from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";
import { routableLead, routerFor, RoutingBatch, withStates } from "./routing.js";

const POOL_PAGE = 200;

/**
 * The pooled leads a recipient may claim right now: posted to it, and still within its
 * territory, filters, caps, capacity and schedule. Highest score first, then oldest.
 */
export async function poolFor(store: Store, principal: Principal, now = Date.now()): Promise<Lead[]> {
  const recipient = await callerRecipient(store.db, principal);
  // The recipient's best postings first, read off their index, then their leads: a plan that
  // does not depend on the engine's statistics (PostgreSQL, not knowing how many leads are
  // pooled, would otherwise read every pooled lead and sort them). Leads leave the pool with
  // their postings; the margin covers one that is leaving right now.
  const page = store.db
    .selectFrom("pool_recipients")
    .select(["lead_id", "score", "created_at"])
    .where("recipient", "=", recipient.key)
    .orderBy("score", "desc")
    .orderBy("created_at", "asc")
    .limit(2 * POOL_PAGE)
    .as("page");
  const rows = await store.db
    .selectFrom(page)
    .innerJoin("leads", "leads.id", "page.lead_id")
    .selectAll("leads")
    .where("leads.status", "=", "pooled")
    .orderBy("page.score", "desc")
    .orderBy("page.created_at", "asc")
    .limit(POOL_PAGE)
    .execute();
  const leads = rows.map(toLeadRow);
  if (leads.length === 0) return [];
  // Only a look: the recipient's counters are read without a transaction of their own (the
  // claim checks them again under its lock).
  const byCategory = new Map<string, Lead[]>();
  for (const lead of leads) byCategory.set(lead.category, [...(byCategory.get(lead.category) ?? []), lead]);
  const open: Lead[] = [];
  for (const [category, inCategory] of byCategory) {
    const [candidate] = await withStates(store.db, category, [recipient], now, 0);
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
  const recipient = await callerRecipient(store.db, principal);
  return store.transact(async (tx) => {
    // The lead and the caller's posting are read in one statement: read apart, a claim that wins
    // in between could show a lead still pooled with its postings already gone.
    const row = await tx
      .selectFrom("leads")
      .leftJoin("pool_recipients as posting", (join) =>
        join.onRef("posting.lead_id", "=", "leads.id").on("posting.recipient", "=", recipient.key),
      )
      .selectAll("leads")
      .select("posting.recipient as posted_to")
      .where("leads.id", "=", leadId)
      .executeTakeFirst();
    if (!row || (row.status === "pooled" && row.posted_to === null)) throw notFound(`pooled lead ${leadId}`);
    if (row.status !== "pooled") throw new AppError("conflict", `lead ${leadId} is no longer in the pool`);
    const { posted_to: _, ...leadRow } = row;
    const lead = toLeadRow(leadRow);
    await lockRecipient(tx, recipient.key);
    const [candidate] = await withStates(tx, lead.category, [recipient], now, 0);
    const eligibility = candidate ? checkEligibility(candidate, routableLead(lead), now) : null;
    if (!eligibility?.eligible)
      throw new AppError(
        "conflict",
        `${recipient.key} may not claim this lead now: ${eligibility ? `${eligibility.rule}${eligibility.detail ? ` (${eligibility.detail})` : ""}` : "not a candidate"}`,
      );
    const taken = await tx
      .updateTable("leads")
      .set((eb) => ({
        status: "assigned",
        stage: stageOnceAssigned(eb),
        pool_until: null,
        tier: null,
        updated_at: now,
      }))
      .where("id", "=", leadId)
      .where("status", "=", "pooled")
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1)
      throw new AppError("conflict", `lead ${leadId} was claimed by someone else`);
    await tx.deleteFrom("pool_recipients").where("lead_id", "=", leadId).execute();
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
    await insertEvent(tx, {
      id: newId("event", now),
      leadId,
      type: "claimed",
      at: now,
      actor: assignment.actor,
      data: { assignment: assignment.id, recipient: recipient.key },
    });
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
      const left = await tx
        .updateTable("leads")
        .set({ status: "unassigned" })
        .where("id", "in", ids)
        .where("status", "=", "pooled")
        .returning("id")
        .execute();
      const pooled = new Set(left.map((l) => l.id));
      const moved = ids.filter((id) => pooled.has(id) && leads.has(id));
      if (moved.length === 0) return 0;
      await tx.deleteFrom("pool_recipients").where("lead_id", "in", moved).execute();
      const batch = new RoutingBatch();
      for (const id of moved) {
        const lead = leads.get(id)!;
        batch.events.push({
          id: newId("event", now),
          leadId: id,
          type: "pool_expired",
          at: now,
          actor: "scheduler",
          data: { tier: lead.tier },
        });
        await router.reroute(tx, lead, now, { fromTier: (lead.tier ?? 0) + 1, batch });
      }
      await batch.flush(tx);
      return moved.length;
    },
    { batch: 200, ...options, now },
  );
}

async function callerRecipient(db: Store["db"] | Tx, principal: Principal): Promise<Recipient> {
  if (!principal.recipient) throw new AppError("forbidden", "the pool is for agents and partners");
  const recipient = await getRecipient(db, principal.recipient);
  if (!recipient) throw notFound(`recipient ${principal.recipient}`);
  return recipient;
}

/** Serializes a recipient's claims on PostgreSQL (SQLite has one writer already). */
async function lockRecipient(tx: Tx, key: string): Promise<void> {
  await tx
    .insertInto("recipient_load")
    .values({ recipient: key, open_leads: 0 })
    .onConflict((oc) => oc.column("recipient").doNothing())
    .execute();
  await tx.ops
    .lockRows(tx.selectFrom("recipient_load").select("recipient").where("recipient", "=", key))
    .execute();
}
