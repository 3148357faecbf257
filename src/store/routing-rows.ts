import { sql, type Insertable } from "kysely";
import type { Db, RoutingStateQuery, RoutingStateRows, RoutingWrites, Tx } from "./engine.js";
import { chunks, rowsStatement, statement } from "./prepared.js";
import type { AssignmentRow, CounterRow, Database, RotationRow } from "./schema.js";

/**
 * The routing state's statements the plain way, which every engine can take: one multi-row
 * statement or `in` list per table. An engine that can do better in fewer round trips says so
 * in its own `readRoutingState` and `writeRouting`.
 */

export const rotationRows = rowsStatement((db, rows: { recipient: string }[], p: { category: string }) =>
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

export const counterRows = rowsStatement((db, rows: { recipient: string; window: string }[]) =>
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

export const loadRows = rowsStatement((db, rows: { recipient: string }[]) =>
  db
    .selectFrom("recipient_load")
    .selectAll()
    .where(
      "recipient",
      "in",
      rows.map((r) => r.recipient),
    ),
);

export const advanceSequenceStatement = statement((db, p: { category: string; sequence: number }) =>
  db.updateTable("routing_heads").set({ sequence: p.sequence }).where("category", "=", p.category),
);

export const saveRotationRows = rowsStatement((db, rows: Insertable<RotationRow>[]) =>
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

export const addToCounterRows = rowsStatement((db, rows: Insertable<CounterRow>[]) =>
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

export const addToLoadRows = rowsStatement((db, rows: Insertable<Database["recipient_load"]>[]) =>
  db
    .insertInto("recipient_load")
    .values(rows)
    .onConflict((oc) =>
      oc
        .column("recipient")
        .doUpdateSet({ open_leads: sql`recipient_load.open_leads + excluded.open_leads` }),
    ),
);

export const insertAssignmentRows = rowsStatement((db, rows: Insertable<AssignmentRow>[]) =>
  db.insertInto("assignments").values(rows),
);

/** `statement` over `rows` in chunks, one statement's worth each. */
async function inChunks<Row extends object>(
  db: Db,
  rows: readonly Row[],
  run: (db: Db, chunk: Row[]) => Promise<unknown>,
): Promise<void> {
  for (const chunk of chunks(rows)) await run(db, chunk);
}

/** The recipients' routing state, in three selects (each in chunks). */
export async function readRoutingStateRows(db: Db, q: RoutingStateQuery): Promise<RoutingStateRows> {
  const out: RoutingStateRows = { rotation: [], counters: [], load: [] };
  const recipients = q.recipients.map((recipient) => ({ recipient }));
  await inChunks(db, recipients, async (d, rows) =>
    out.rotation.push(...(await rotationRows.rows(d, { rows, category: q.category }))),
  );
  await inChunks(db, q.windows, async (d, rows) =>
    out.counters.push(...(await counterRows.rows(d, { rows }))),
  );
  await inChunks(db, recipients, async (d, rows) => out.load.push(...(await loadRows.rows(d, { rows }))));
  return out;
}

/** A routing batch's writes, one multi-row statement per table (each in chunks). */
export async function writeRoutingRows(tx: Tx, w: RoutingWrites): Promise<void> {
  for (const s of w.sequences) await advanceSequenceStatement.run(tx, s);
  await inChunks(tx, w.rotation, (d, rows) => saveRotationRows.run(d, { rows }));
  await inChunks(tx, w.counters, (d, rows) => addToCounterRows.run(d, { rows }));
  await inChunks(tx, w.load, (d, rows) => addToLoadRows.run(d, { rows }));
  await inChunks(tx, w.assignments, (d, rows) => insertAssignmentRows.run(d, { rows }));
}
