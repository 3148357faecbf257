import type { Selectable } from "kysely";
import type { RoutingStateQuery, RoutingStateRows, RoutingWrites } from "../engine.js";
import { chunks, statement } from "../prepared.js";
import { addToLoadRows, rotationRows } from "../routing-rows.js";
import type { CounterRow, Database, RoutingHeadRow } from "../schema.js";
import type { RotationState, WindowKeys } from "../../domain/routing/types.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export interface RoutingHead {
  category: string;
  planVersion: number;
  configVersion: number;
  sequence: number;
  /** How many times the head was locked to change the category's routing state (see below). */
  version: number;
}

export async function insertRoutingHead(tx: Tx, category: string, planVersion: number): Promise<void> {
  await tx
    .insertInto("routing_heads")
    .values({ category, plan_version: planVersion, config_version: 1, sequence: 0 })
    .execute();
}

/**
 * The category's routing head. `update` moves its version, which on PostgreSQL row-locks it
 * until the transaction ends: every decision that may assign passes here one at a time, which
 * keeps rotation fair and caps exact across processes. A decision with no candidate at all
 * changes nothing and takes `share`: the category's configuration lock, shared, so such
 * decisions run side by side but never beside a configuration change in progress. SQLite has
 * one writer, the group-commit batch, and takes no lock.
 *
 * The head's version moves in every transaction that changes the category's recipients' routing
 * state, before it writes any of it, so that a process holding the state its last batch left knows
 * that state is still what is stored when its next batch's lock finds the version one past its own
 * (`RoutingCarry`). The writers of that state, and where each moves the version:
 *
 * - routing decisions (intake, retries, expired offers, pools that ran out, returns routed on,
 *   ping-post, the CSV import): `RoutingBatch#lockHead`, before the state is read;
 * - what an assignment gives back when it ends (an offer rejected, expired or withdrawn, a
 *   delivery declined, a return): `releaseAssignment(s)`, through `consume`;
 * - what a recipient takes outside routing (a pool claim, a manual assignment, a repriced or
 *   replayed delivery, a lead's stage opening or closing it): `consume` and `addToOpenLeads`,
 *   which move the versions of every category of the recipients before they write;
 * - the recipients' configuration, status and categories, the plan, experiments and retest
 *   schedules: `bumpConfigVersion`, which moves the version with the configuration version.
 *
 * A new writer of rotation, counters, open leads or the sequence must pass through one of these.
 */
export async function lockRoutingHead(
  tx: Tx,
  category: string,
  mode: "update" | "share" = "update",
): Promise<RoutingHead | undefined> {
  let row;
  if (mode === "update") row = await headForUpdate.first(tx, { category });
  else {
    await tx.ops.lockConfiguration([category], "shared");
    row = await head.first(tx, { category });
  }
  return row && toHead(row);
}

/** The category's routing head as stored, without a lock: for a look (what plan version routes, the sequence). */
export async function routingHeadOf(on: Runner, category: string): Promise<RoutingHead | undefined> {
  const db = builderOf(on);
  const row = await head.first(db, { category });
  return row && toHead(row);
}

const toHead = (row: Selectable<RoutingHeadRow>): RoutingHead => ({
  category: row.category,
  planVersion: row.plan_version,
  configVersion: row.config_version,
  sequence: row.sequence,
  version: row.version,
});

const head = statement((db, p: { category: string }) =>
  db.selectFrom("routing_heads").selectAll().where("category", "=", p.category),
);
/** The head with its version moved: the update row-locks it on PostgreSQL. */
const headForUpdate = statement((db, p: { category: string }) =>
  db
    .updateTable("routing_heads")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("category", "=", p.category)
    .returningAll(),
);

/**
 * Moves the routing heads' versions of every category of these recipients, in category order
 * (the order two transactions take heads in, so neither waits for the other), for a writer of
 * their state outside a routing decision. Taken before the state is written, as a routing
 * decision takes its head: the other way round two transactions could wait for each other.
 */
export async function lockRoutingHeadsOf(
  tx: Tx,
  recipients: readonly string[],
  categories: readonly string[] = [],
): Promise<void> {
  if (recipients.length === 0 && categories.length === 0) return;
  const theirs = tx
    .selectFrom("recipient_categories")
    .select("category")
    .where("recipient", "in", recipients.length > 0 ? [...new Set(recipients)] : [""]);
  const inOrder = tx.ops.lockRows(
    tx
      .selectFrom("routing_heads")
      .select("category")
      .where((eb) =>
        eb.or([
          eb("category", "in", theirs),
          ...(categories.length > 0 ? [eb("category", "in", [...new Set(categories)])] : []),
        ]),
      )
      .orderBy("category"),
  );
  await tx
    .updateTable("routing_heads")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("category", "in", inOrder)
    .execute();
}

/**
 * PostgreSQL: the categories' configuration locks, exclusively, until the transaction ends, so that
 * configuration changes of a category are checked and written one at a time. In one order, so two
 * changes never wait on each other; taking one again in the same transaction is free.
 */
export async function lockConfiguration(tx: Tx, categories: readonly string[]): Promise<void> {
  await tx.ops.lockConfiguration(categories, "exclusive");
}

/** Tells every process to reload the category's recipients and plan before its next decision. */
export async function bumpConfigVersion(
  tx: Tx,
  categories: readonly string[],
  planVersion?: number,
): Promise<void> {
  if (categories.length === 0) return;
  // Wait for the decisions made under the old configuration with no candidate (they hold
  // the lock shared): a lead one of them leaves unassigned is then visible to the retry that
  // follows a change.
  await lockConfiguration(tx, categories);
  await tx
    .updateTable("routing_heads")
    .set((eb) => ({
      config_version: eb("config_version", "+", 1),
      version: eb("version", "+", 1),
      ...(planVersion !== undefined ? { plan_version: planVersion } : {}),
    }))
    .where("category", "in", [...categories])
    .execute();
}

export async function currentSequence(tx: Tx, category: string): Promise<number> {
  const row = await tx
    .selectFrom("routing_heads")
    .select("sequence")
    .where("category", "=", category)
    .executeTakeFirst();
  return row?.sequence ?? 0;
}

/** A recipient joining a category takes its turn from now on: no burst for being new. */
export async function joinRotation(tx: Tx, category: string, recipient: string): Promise<void> {
  const sequence = await currentSequence(tx, category);
  await tx
    .insertInto("rotation")
    .values({ category, recipient, last_served: sequence, current_weight: 0 })
    .onConflict((oc) => oc.columns(["category", "recipient"]).doNothing())
    .execute();
}

export async function loadRotation(
  on: Runner,
  category: string,
  recipients: readonly string[],
): Promise<Map<string, RotationState>> {
  const db = builderOf(on);
  const out = new Map<string, RotationState>();
  for (const chunk of chunks(recipients)) {
    const rows = await rotationRows.rows(db, {
      rows: chunk.map((recipient) => ({ recipient })),
      category,
    });
    for (const r of rows)
      out.set(r.recipient, { lastServed: r.last_served, currentWeight: r.current_weight });
  }
  return out;
}

/**
 * What assignments consume of recipients: their window counters, month spend and open leads.
 * Items of one recipient add up (one row per recipient and window), written in key order so
 * two transactions take the counter rows in the same order.
 */
export async function consume(tx: Tx, items: readonly Consumed[]): Promise<void> {
  await lockRoutingHeadsOf(
    tx,
    items.map((i) => i.recipient),
  );
  await writeConsumed(tx, items);
}

/** `consume` for a caller that has moved the recipients' routing heads already. */
async function writeConsumed(tx: Tx, items: readonly Consumed[]): Promise<void> {
  await writeRouting(tx, { sequences: [], rotation: [], ...consumedRows(items), assignments: [] });
}

/** What one decision consumes of a recipient (or gives back, negative). */
export interface Consumed {
  recipient: string;
  /** None for an assignment that recorded no windows: only its open lead counts. */
  windows: WindowKeys | null;
  assignments: number;
  spentCents: number;
  openLeads: number;
}

/** Recipients' routing state as stored: rotation, the counters of the windows asked for, open leads. */
export async function readRoutingState(on: Runner, query: RoutingStateQuery): Promise<RoutingStateRows> {
  return builderOf(on).ops.readRoutingState(query);
}

/** A batch of routing decisions' writes, together (see `RoutingWrites`). */
export async function writeRouting(tx: Tx, writes: RoutingWrites): Promise<void> {
  await tx.ops.writeRouting(writes);
}

/** What consumed items add to counters and open leads: one row per key, in key order. */
export function consumedRows(items: readonly Consumed[]): {
  counters: CounterRow[];
  load: Database["recipient_load"][];
} {
  const counters = new Map<string, CounterRow>();
  const load = new Map<string, Database["recipient_load"]>();
  for (const i of items) {
    for (const window of i.windows ? Object.values(i.windows) : []) {
      const key = `${i.recipient}\u0000${window}`;
      const row = counters.get(key) ?? { recipient: i.recipient, window, assignments: 0, spent_cents: 0 };
      row.assignments += i.assignments;
      row.spent_cents += window === i.windows?.month ? i.spentCents : 0;
      counters.set(key, row);
    }
    const open = load.get(i.recipient) ?? { recipient: i.recipient, open_leads: 0 };
    open.open_leads += i.openLeads;
    load.set(i.recipient, open);
  }
  return { counters: inKeyOrder(counters), load: inKeyOrder(load) };
}

function inKeyOrder<T>(rows: ReadonlyMap<string, T>): T[] {
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

export async function addToOpenLeads(
  tx: Tx,
  rows: readonly { recipient: string; delta: number }[],
): Promise<void> {
  await lockRoutingHeadsOf(
    tx,
    rows.map((r) => r.recipient),
  );
  for (const chunk of chunks(rows))
    await addToLoadRows.run(tx, {
      rows: chunk.map((r) => ({ recipient: r.recipient, open_leads: r.delta })),
    });
}

/** Unassigned leads of these categories are routed again at once (someone new may take them). */
export async function retryUnassignedNow(tx: Tx, categories: readonly string[], now: number): Promise<void> {
  if (categories.length === 0) return;
  await tx
    .updateTable("leads")
    .set({ retry_at: now })
    .where("status", "=", "unassigned")
    .where("category", "in", [...categories])
    .where((eb) => eb.or([eb("retry_at", "is", null), eb("retry_at", ">", now)]))
    .execute();
}

/**
 * Gives back what an assignment consumed when it ends without the recipient keeping the lead
 * (an offer rejected, expired or withdrawn, a delivery the receiver declined, a return): one
 * assignment in each cap window it counted in, its price from that month's budget, and the open
 * lead. An assignment that recorded no windows gives back only the open lead.
 *
 * The category's routing head is locked first, as every routing decision locks it before it
 * writes counters: a release is mostly followed by routing the lead on, and taking the counters
 * before the head would let two such transactions wait for each other on PostgreSQL.
 */
export async function releaseAssignment(
  tx: Tx,
  a: { recipient: string; category: string | null; windows?: string | null; priceCents: number | null },
): Promise<void> {
  await releaseAssignments(tx, [a], a.category === null ? [] : [a.category]);
}

/**
 * `releaseAssignment` for many assignments in one statement, with the routing heads of
 * `categories` (those of the routing decisions the caller makes next) locked with theirs.
 */
export async function releaseAssignments(
  tx: Tx,
  assignments: readonly { recipient: string; windows?: string | null; priceCents: number | null }[],
  categories: readonly string[] = [],
): Promise<void> {
  await lockRoutingHeadsOf(
    tx,
    assignments.map((a) => a.recipient),
    categories,
  );
  await writeConsumed(
    tx,
    assignments.map((a) => ({
      recipient: a.recipient,
      windows: a.windows ? (JSON.parse(a.windows) as WindowKeys) : null,
      assignments: -1,
      spentCents: -(a.priceCents ?? 0),
      openLeads: -1,
    })),
  );
}
