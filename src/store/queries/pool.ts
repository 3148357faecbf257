import type { Lead } from "../../domain/lead.js";
import type { LeadRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";
import { stageOnceAssigned, toLeadRow } from "./leads.js";

/**
 * A recipient's pooled leads, best posting first (highest band of its category, then highest
 * score, then oldest), at most `limit`.
 * The postings are read off their index first, then their leads: a plan that does not depend
 * on the engine's statistics (PostgreSQL, not knowing how many leads are pooled, would
 * otherwise read every pooled lead and sort them). Leads leave the pool with their postings;
 * twice `limit` postings cover one that is leaving right now.
 */
export async function pooledLeadsOf(on: Runner, recipient: string, limit: number): Promise<Lead[]> {
  const db = builderOf(on);
  const page = db
    .selectFrom("pool_recipients")
    .select(["lead_id", "band_rank", "score", "created_at"])
    .where("recipient", "=", recipient)
    .orderBy("band_rank", "asc")
    .orderBy("score", "desc")
    .orderBy("created_at", "asc")
    .limit(2 * limit)
    .as("page");
  const rows = await db
    .selectFrom(page)
    .innerJoin("leads", "leads.id", "page.lead_id")
    .selectAll("leads")
    .where("leads.status", "=", "pooled")
    .orderBy("page.band_rank", "asc")
    .orderBy("page.score", "desc")
    .orderBy("page.created_at", "asc")
    .limit(limit)
    .execute();
  return rows.map(toLeadRow);
}

/**
 * A lead and whether it is posted to `recipient`, read in one statement: read apart, a claim
 * that wins in between could show a lead still pooled with its postings already gone.
 */
export async function leadWithPosting(
  tx: Tx,
  leadId: string,
  recipient: string,
): Promise<{ lead: Lead; postedTo: boolean } | undefined> {
  const row = await tx
    .selectFrom("leads")
    .leftJoin("pool_recipients as posting", (join) =>
      join.onRef("posting.lead_id", "=", "leads.id").on("posting.recipient", "=", recipient),
    )
    .selectAll("leads")
    .select("posting.recipient as posted_to")
    .where("leads.id", "=", leadId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { posted_to, ...lead } = row;
  return { lead: toLeadRow(lead as LeadRow), postedTo: posted_to !== null };
}

/** Compare-and-set: the lead is assigned if it is still pooled. Answers whether it was. */
export async function takePooledLead(tx: Tx, leadId: string, now: number): Promise<boolean> {
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
  return Number(taken.numUpdatedRows) === 1;
}

/** Leads still pooled leave the pool for routing again (`unassigned`); answers their ids. */
export async function unpoolLeads(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const left = await tx
    .updateTable("leads")
    .set({ status: "unassigned" })
    .where("id", "in", ids)
    .where("status", "=", "pooled")
    .returning("id")
    .execute();
  return new Set(left.map((l) => l.id));
}

/**
 * Posts a lead to recipients' pools (a posting already there stays as it is), placed by its
 * band's rank among its category's bands (`bandRank`).
 */
export async function postToPools(
  tx: Tx,
  lead: Lead,
  bandRank: number,
  recipients: readonly string[],
): Promise<void> {
  if (recipients.length === 0) return;
  await tx
    .insertInto("pool_recipients")
    .values(
      recipients.map((recipient) => ({
        recipient,
        lead_id: lead.id,
        score: lead.score,
        band_rank: bandRank,
        created_at: lead.createdAt,
      })),
    )
    .onConflict((oc) => oc.columns(["recipient", "lead_id"]).doNothing())
    .execute();
}

/** A pooled lead's place in every pool it is posted to follows its score and band. */
export async function setPoolPlace(
  tx: Tx,
  leadId: string,
  place: { score: number; bandRank: number },
): Promise<void> {
  await tx
    .updateTable("pool_recipients")
    .set({ score: place.score, band_rank: place.bandRank })
    .where("lead_id", "=", leadId)
    .execute();
}

/** The leads leave every pool they were posted to. */
export async function removePostingsOfLeads(tx: Tx, leadIds: readonly string[]): Promise<void> {
  if (leadIds.length === 0) return;
  await tx.deleteFrom("pool_recipients").where("lead_id", "in", leadIds).execute();
}

/** A recipient's pool is emptied (it retired). */
export async function removePostingsOfRecipient(tx: Tx, recipient: string): Promise<void> {
  await tx.deleteFrom("pool_recipients").where("recipient", "=", recipient).execute();
}

/**
 * Makes a recipient's claims take turns until the transaction ends: its load counter's row,
 * made if missing, locked (where the engine locks rows).
 */
export async function lockRecipientLoad(tx: Tx, recipient: string): Promise<void> {
  await tx
    .insertInto("recipient_load")
    .values({ recipient, open_leads: 0 })
    .onConflict((oc) => oc.column("recipient").doNothing())
    .execute();
  await tx.ops
    .lockRows(tx.selectFrom("recipient_load").select("recipient").where("recipient", "=", recipient))
    .execute();
}
