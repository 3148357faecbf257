import { sql, type Insertable } from "kysely";
import { chunks, rowsStatement, statement } from "../prepared.js";
import type { CounterRow, Database, RotationRow, RoutingHeadRow } from "../schema.js";
import type { RotationState, WindowKeys } from "../../domain/routing/types.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export interface RoutingHead {
  category: string;
  planVersion: number;
  configVersion: number;
  sequence: number;
}

export async function insertRoutingHead(tx: Tx, category: string, planVersion: number): Promise<void> {
  await tx
    .insertInto("routing_heads")
    .values({ category, plan_version: planVersion, config_version: 1, sequence: 0 })
    .execute();
}

/**
 * The category's routing head. On PostgreSQL, `update` row-locks it until the transaction
 * ends: every decision that may assign passes here one at a time, which keeps rotation fair
 * and caps exact across processes. A decision with no candidate at all changes nothing and
 * takes `share`: the category's configuration lock, shared, so such decisions run side by side
 * but never beside a configuration change in progress. SQLite has one writer, the
 * group-commit batch, and takes no lock.
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

const toHead = (row: RoutingHeadRow): RoutingHead => ({
  category: row.category,
  planVersion: row.plan_version,
  configVersion: row.config_version,
  sequence: row.sequence,
});

/** The routing head's read, row-locked on PostgreSQL when `lock` says so. */
const headRead = (lock: boolean) =>
  statement((db, p: { category: string }) => {
    const q = db.selectFrom("routing_heads").selectAll().where("category", "=", p.category);
    return lock ? db.ops.lockRows(q) : q;
  });
const head = headRead(false);
const headForUpdate = headRead(true);
const advanceSequenceStatement = statement((db, p: { category: string; sequence: number }) =>
  db.updateTable("routing_heads").set({ sequence: p.sequence }).where("category", "=", p.category),
);

export async function advanceSequence(tx: Tx, category: string, sequence: number): Promise<void> {
  await advanceSequenceStatement.run(tx, { category, sequence });
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

const rotationStatement = rowsStatement((db, rows: { recipient: string }[], p: { category: string }) =>
  db
    .selectFrom("rotation")
    .select(["recipient", "last_served", "current_weight"])
    .where("category", "=", p.category)
    .where(
      "recipient",
      "in",
      rows.map((r) => r.recipient),
    ),
);

export async function loadRotation(
  on: Runner,
  category: string,
  recipients: readonly string[],
): Promise<Map<string, RotationState>> {
  const db = builderOf(on);
  const out = new Map<string, RotationState>();
  for (const chunk of chunks(recipients)) {
    const rows = await rotationStatement.rows(db, {
      rows: chunk.map((recipient) => ({ recipient })),
      category,
    });
    for (const r of rows)
      out.set(r.recipient, { lastServed: r.last_served, currentWeight: r.current_weight });
  }
  return out;
}

const saveRotationStatement = rowsStatement((db, rows: Insertable<RotationRow>[]) =>
  db
    .insertInto("rotation")
    .values(rows)
    .onConflict((oc) =>
      oc.columns(["category", "recipient"]).doUpdateSet({
        last_served: sql`excluded.last_served`,
        current_weight: sql`excluded.current_weight`,
      }),
    ),
);

export async function saveRotation(
  tx: Tx,
  category: string,
  rows: readonly { recipient: string; lastServed: number; currentWeight: number }[],
): Promise<void> {
  for (const chunk of chunks(rows))
    await saveRotationStatement.run(tx, {
      rows: chunk.map((r) => ({
        category,
        recipient: r.recipient,
        last_served: r.lastServed,
        current_weight: r.currentWeight,
      })),
    });
}

/** Counters keyed `recipient → "day:2026-11-22" → {assignments, spentCents}`. */
const countersStatement = rowsStatement((db, rows: { recipient: string; window: string }[]) =>
  db
    .selectFrom("recipient_counters")
    .selectAll()
    .where((eb) =>
      eb(
        eb.refTuple("recipient", "window"),
        "in",
        rows.map((r) => eb.tuple(r.recipient, r.window)),
      ),
    ),
);

/** Counters keyed `recipient → "day:2026-11-22" → {assignments, spentCents}`, of each recipient's own windows. */
export async function loadCounters(
  on: Runner,
  windows: readonly { recipient: string; window: string }[],
): Promise<Map<string, Map<string, { assignments: number; spentCents: number }>>> {
  const db = builderOf(on);
  const out = new Map<string, Map<string, { assignments: number; spentCents: number }>>();
  for (const chunk of chunks(windows)) {
    const rows = await countersStatement.rows(db, { rows: chunk });
    for (const r of rows) {
      let m = out.get(r.recipient);
      if (!m) out.set(r.recipient, (m = new Map()));
      m.set(r.window, { assignments: r.assignments, spentCents: r.spent_cents });
    }
  }
  return out;
}

const addToCountersStatement = rowsStatement((db, rows: Insertable<CounterRow>[]) =>
  db
    .insertInto("recipient_counters")
    .values(rows)
    .onConflict((oc) =>
      oc.columns(["recipient", "window"]).doUpdateSet({
        assignments: sql`recipient_counters.assignments + excluded.assignments`,
        spent_cents: sql`recipient_counters.spent_cents + excluded.spent_cents`,
      }),
    ),
);

export async function addToCounters(
  tx: Tx,
  rows: readonly { recipient: string; window: string; assignments: number; spentCents: number }[],
): Promise<void> {
  for (const chunk of chunks(rows))
    await addToCountersStatement.run(tx, {
      rows: chunk.map((r) => ({
        recipient: r.recipient,
        window: r.window,
        assignments: r.assignments,
        spent_cents: r.spentCents,
      })),
    });
}

/**
 * What assignments consume of recipients: their window counters, month spend and open leads.
 * Items of one recipient add up (one row per recipient and window), written in key order so
 * two transactions take the counter rows in the same order.
 */
export async function consume(
  tx: Tx,
  items: readonly {
    recipient: string;
    /** None for an assignment that recorded no windows: only its open lead counts. */
    windows: WindowKeys | null;
    assignments: number;
    spentCents: number;
    openLeads: number;
  }[],
): Promise<void> {
  const counters = new Map<
    string,
    { recipient: string; window: string; assignments: number; spentCents: number }
  >();
  const open = new Map<string, { recipient: string; delta: number }>();
  for (const i of items) {
    for (const window of i.windows ? Object.values(i.windows) : []) {
      const key = `${i.recipient}\u0000${window}`;
      const row = counters.get(key) ?? { recipient: i.recipient, window, assignments: 0, spentCents: 0 };
      row.assignments += i.assignments;
      row.spentCents += window === i.windows?.month ? i.spentCents : 0;
      counters.set(key, row);
    }
    const load = open.get(i.recipient) ?? { recipient: i.recipient, delta: 0 };
    load.delta += i.openLeads;
    open.set(i.recipient, load);
  }
  await addToCounters(tx, inKeyOrder(counters));
  await addToOpenLeads(tx, inKeyOrder(open));
}

function inKeyOrder<T>(rows: ReadonlyMap<string, T>): T[] {
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

const openLeadsStatement = rowsStatement((db, rows: { recipient: string }[]) =>
  db
    .selectFrom("recipient_load")
    .selectAll()
    .where(
      "recipient",
      "in",
      rows.map((r) => r.recipient),
    ),
);

export async function loadOpenLeads(on: Runner, recipients: readonly string[]): Promise<Map<string, number>> {
  const db = builderOf(on);
  const out = new Map<string, number>();
  for (const chunk of chunks(recipients)) {
    const rows = await openLeadsStatement.rows(db, { rows: chunk.map((recipient) => ({ recipient })) });
    for (const r of rows) out.set(r.recipient, r.open_leads);
  }
  return out;
}

const addToOpenLeadsStatement = rowsStatement((db, rows: Insertable<Database["recipient_load"]>[]) =>
  db
    .insertInto("recipient_load")
    .values(rows)
    .onConflict((oc) =>
      oc
        .column("recipient")
        .doUpdateSet({ open_leads: sql`recipient_load.open_leads + excluded.open_leads` }),
    ),
);

export async function addToOpenLeads(
  tx: Tx,
  rows: readonly { recipient: string; delta: number }[],
): Promise<void> {
  for (const chunk of chunks(rows))
    await addToOpenLeadsStatement.run(tx, {
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
  if (a.category !== null) await lockRoutingHead(tx, a.category);
  await releaseAssignments(tx, [a]);
}

/**
 * `releaseAssignment` for many assignments in one `consume`, for a caller that has locked their
 * categories' routing heads already.
 */
export async function releaseAssignments(
  tx: Tx,
  assignments: readonly { recipient: string; windows?: string | null; priceCents: number | null }[],
): Promise<void> {
  await consume(
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
