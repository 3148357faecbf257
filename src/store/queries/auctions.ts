import type { PingAnswer } from "../../domain/routing/auction.js";
import type { DecisionTrace } from "../../domain/routing/types.js";
import type { AuctionRow } from "../schema.js";
import { builderOf, type Runner, type Store, type Tx } from "../store.js";

type Db = Store["db"] | Tx;

export type AuctionState = "open" | "pinging" | "awarded" | "closed" | "cancelled";

export interface Auction {
  id: string;
  leadId: string;
  category: string;
  planVersion: number;
  tier: number;
  state: AuctionState;
  /** How many times bids were asked for: a run whose lease ran out is run again. */
  runs: number;
  dueAt: number;
  bidders: string[];
  fields: string[];
  deadlineMs: number;
  trace: DecisionTrace;
  /** The answers of the run that settled the auction. */
  bids: PingAnswer[] | null;
  winner: string | null;
  /** The assignment whose post is under way, or was last tried. */
  assignmentId: string | null;
  createdAt: number;
  updatedAt: number;
}

const tables = (db: Db) => db.withTables<{ auctions: AuctionRow }>();

export async function insertAuction(
  tx: Tx,
  a: Pick<
    Auction,
    "id" | "leadId" | "category" | "planVersion" | "tier" | "bidders" | "fields" | "deadlineMs" | "trace"
  > & { now: number },
): Promise<void> {
  await tables(tx)
    .insertInto("auctions")
    .values({
      id: a.id,
      lead_id: a.leadId,
      category: a.category,
      plan_version: a.planVersion,
      tier: a.tier,
      state: "open",
      runs: 0,
      due_at: a.now,
      bidders: JSON.stringify(a.bidders),
      fields: JSON.stringify(a.fields),
      deadline_ms: a.deadlineMs,
      trace: JSON.stringify(a.trace),
      bids: null,
      winner: null,
      assignment_id: null,
      created_at: a.now,
      updated_at: a.now,
    })
    .execute();
}

/**
 * Auctions to run at `now`: open ones, and runs whose lease ran out (their worker died). On
 * PostgreSQL the rows are locked and rows another worker holds are skipped.
 */
export async function dueAuctions(tx: Tx, now: number, limit: number): Promise<Auction[]> {
  let q = tables(tx)
    .selectFrom("auctions")
    .selectAll()
    .where("state", "in", ["open", "pinging"])
    .where("due_at", "<=", now)
    .orderBy("due_at")
    .limit(limit);
  q = tx.ops.lockRows(q, { skipLocked: true });
  return (await q.execute()).map(toAuction);
}

/** Whether any auction is due at `now`, without locking anything. */
export async function anyAuctionDue(on: Runner, now: number): Promise<boolean> {
  const db = builderOf(on);
  const row = await tables(db)
    .selectFrom("auctions")
    .select("id")
    .where("state", "in", ["open", "pinging"])
    .where("due_at", "<=", now)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A run begins: the auction is `pinging` under a lease until `leaseUntil`. */
export async function startRun(tx: Tx, a: Auction, leaseUntil: number, now: number): Promise<void> {
  await tables(tx)
    .updateTable("auctions")
    .set({ state: "pinging", runs: a.runs + 1, due_at: leaseUntil, updated_at: now })
    .where("id", "=", a.id)
    .execute();
}

/**
 * Takes the auction to settle run `run`: only while it is `pinging` and has not been run again
 * since (a worker that outlived its lease has lost the say). Locks the row on PostgreSQL.
 */
export async function holdRun(tx: Tx, id: string, run: number): Promise<Auction | undefined> {
  let q = tables(tx)
    .selectFrom("auctions")
    .selectAll()
    .where("id", "=", id)
    .where("state", "=", "pinging")
    .where("runs", "=", run);
  q = tx.ops.lockRows(q);
  const row = await q.executeTakeFirst();
  return row && toAuction(row);
}

/** The auction whose winner holds `assignmentId`, locked on PostgreSQL. */
export async function auctionOfAssignment(tx: Tx, assignmentId: string): Promise<Auction | undefined> {
  let q = tables(tx)
    .selectFrom("auctions")
    .selectAll()
    .where("assignment_id", "=", assignmentId)
    .where("state", "=", "awarded");
  q = tx.ops.lockRows(q);
  const row = await q.executeTakeFirst();
  return row && toAuction(row);
}

export async function settleAuction(
  tx: Tx,
  id: string,
  end: {
    state: AuctionState;
    bids?: PingAnswer[];
    winner: string | null;
    assignmentId: string | null;
    now: number;
  },
): Promise<void> {
  await tables(tx)
    .updateTable("auctions")
    .set({
      state: end.state,
      ...(end.bids ? { bids: JSON.stringify(end.bids) } : {}),
      winner: end.winner,
      assignment_id: end.assignmentId,
      updated_at: end.now,
    })
    .where("id", "=", id)
    .execute();
}

export async function auctionsOfLead(on: Runner, leadId: string): Promise<Auction[]> {
  const db = builderOf(on);
  const rows = await tables(db)
    .selectFrom("auctions")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("id")
    .execute();
  return rows.map(toAuction);
}

function toAuction(r: AuctionRow): Auction {
  return {
    id: r.id,
    leadId: r.lead_id,
    category: r.category,
    planVersion: r.plan_version,
    tier: r.tier,
    state: r.state as AuctionState,
    runs: r.runs,
    dueAt: Number(r.due_at),
    bidders: JSON.parse(r.bidders) as string[],
    fields: JSON.parse(r.fields) as string[],
    deadlineMs: r.deadline_ms,
    trace: JSON.parse(r.trace) as DecisionTrace,
    bids: r.bids === null ? null : (JSON.parse(r.bids) as PingAnswer[]),
    winner: r.winner,
    assignmentId: r.assignment_id,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}
