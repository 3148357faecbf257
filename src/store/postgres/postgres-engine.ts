import { CompiledQuery, sql, type Insertable, type Kysely, type RawBuilder } from "kysely";
import {
  BuilderOps,
  type DedupeClaim,
  type DedupeHolder,
  type EngineOps,
  type Lockable,
  type RoutingStateQuery,
  type RoutingStateRows,
  type RoutingWrites,
  type TxOps,
} from "../engine.js";
import { readRoutingState, writeRouting } from "./routing-state.js";
import { rowsStatement, statement } from "../prepared.js";
import { insertEventRows, insertLeadRows } from "../rows.js";
import type { Database, DedupeKeyRow, LeadEventRow, LeadRow } from "../schema.js";

/** PostgreSQL's way with any statement of the store's pool. */
export class PostgresOps extends BuilderOps implements EngineOps {
  readonly name = "postgres" as const;
  readonly groupCommit = false;
  readonly intakeBatchesAtOnce = 2;
  lockRows<Q extends Lockable<Q>>(query: Q, options: { skipLocked?: boolean } = {}): Q {
    const locked = query.forUpdate();
    return options.skipLocked ? locked.skipLocked() : locked;
  }

  jsonField(column: string, field: string): RawBuilder<string | null> {
    return sql<string | null>`(${sql.ref(column)}::json -> ${field})::text`;
  }

  /** One round trip (see `routing-state.ts`). */
  readRoutingState(query: RoutingStateQuery): Promise<RoutingStateRows> {
    return readRoutingState(this.db, query);
  }
}

/**
 * The first half of a configuration lock's key (a PostgreSQL advisory lock), the second being
 * the category's hash. Shared row locks (`for share`) would do the same, but many concurrent
 * holders of one make PostgreSQL rewrite the row's lock list for each new one, and intakes
 * queue on it.
 */
const CONFIG_LOCK_CLASS = 0x43_41_52_4f; // "CARO"

const configLock = (fn: string) =>
  statement((db, p: { lockClass: number; category: string }) =>
    db.selectNoFrom((eb) =>
      eb.fn(fn, [eb.val(p.lockClass), eb.fn("hashtext", [eb.val(p.category)])]).as("locked"),
    ),
  );
const configLockShared = configLock("pg_advisory_xact_lock_shared");
const configLockExclusive = configLock("pg_advisory_xact_lock");

const nameLock = statement((db, p: { name: string }) =>
  db.selectNoFrom((eb) => eb.fn("pg_advisory_xact_lock", [eb.fn("hashtext", [eb.val(p.name)])]).as("locked")),
);

const dedupeHolderStatement = statement((db, p: { category: string; kind: string; value: string }) =>
  db
    .selectFrom("dedupe_keys")
    .select(["lead_id", "created_at"])
    .where((eb) => eb.and(p)),
);

const claimDedupeKeysStatement = rowsStatement(
  (db, rows: Insertable<DedupeKeyRow>[], p: { windowStart: number }) =>
    db
      .insertInto("dedupe_keys")
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(["category", "kind", "value"])
          .doUpdateSet({ lead_id: sql`excluded.lead_id`, created_at: sql`excluded.created_at` })
          .where("dedupe_keys.created_at", "<", p.windowStart),
      )
      .returning(["kind", "value"]),
);

const releaseDedupeKeyStatement = statement(
  (db, p: { category: string; kind: string; value: string; lead_id: string }) =>
    db.deleteFrom("dedupe_keys").where((eb) => eb.and(p)),
);

/**
 * One PostgreSQL transaction. Any number of Carousel processes share the database, so what
 * must happen one at a time takes a lock: rows with `lockRows`, a category's configuration or
 * a name with advisory locks held until the transaction ends. Dedupe keys are rows under a
 * unique index, claimed with an upsert.
 */
export class PostgresTxOps extends PostgresOps implements TxOps {
  /** The configuration locks this transaction holds, by category: taking one again is free. */
  readonly #configLocks = new Map<string, "shared" | "exclusive">();

  async lockConfiguration(categories: readonly string[], mode: "shared" | "exclusive"): Promise<void> {
    // In one order, so two transactions never wait on each other.
    for (const category of [...new Set(categories)].sort()) {
      const held = this.#configLocks.get(category);
      if (held === "exclusive" || held === mode) continue;
      const lock = mode === "shared" ? configLockShared : configLockExclusive;
      await lock.run(this.tx, { category, lockClass: CONFIG_LOCK_CLASS });
      this.#configLocks.set(category, mode);
    }
  }

  async lockName(name: string): Promise<void> {
    await nameLock.run(this.tx, { name });
  }

  /**
   * In one statement: an upsert that takes a value unless its holder's claim is inside the
   * window. A value held by a concurrent transaction's lead is waited for (the upsert waits on
   * its row lock) and then found taken.
   */
  async claimDedupeKeys(
    category: string,
    claims: readonly DedupeClaim[],
    windowStart: number,
  ): Promise<ReadonlySet<DedupeClaim>> {
    // One order for every transaction, so two of them never wait on each other's keys.
    const rows = [...claims]
      .sort((a, b) => (a.kind === b.kind ? (a.value < b.value ? -1 : 1) : a.kind < b.kind ? -1 : 1))
      .map((k) => ({ category, kind: k.kind, value: k.value, lead_id: k.leadId, created_at: k.at }));
    const claimed = await claimDedupeKeysStatement.rows(this.tx, { rows, windowStart });
    const given = new Map(claims.map((c) => [`${c.kind}\u0000${c.value}`, c]));
    return new Set(claimed.map((r) => given.get(`${r.kind}\u0000${r.value}`)!));
  }

  async dedupeHolder(category: string, kind: string, value: string): Promise<DedupeHolder | undefined> {
    const row = await dedupeHolderStatement.first(this.tx, { category, kind, value });
    return row && { leadId: row.lead_id, createdAt: row.created_at };
  }

  async releaseDedupeKeys(category: string, claims: readonly DedupeClaim[]): Promise<void> {
    for (const { kind, value, leadId } of claims)
      await releaseDedupeKeyStatement.run(this.tx, { category, kind, value, lead_id: leadId });
  }

  /**
   * One statement, whose rows travel as two JSON parameters: a data-modifying CTE writes the
   * leads, the statement the events (whose lead foreign keys are checked at its end).
   */
  async insertLeadsAndEvents(leads: readonly LeadRow[], events: readonly LeadEventRow[]): Promise<void> {
    if (leads.length === 0 || events.length === 0) {
      await insertLeadRows.run(this.tx, { rows: leads });
      await insertEventRows.run(this.tx, { rows: events });
      return;
    }
    leadsAndEvents ??= leadsAndEventsStatement(Object.keys(leads[0]!), Object.keys(events[0]!));
    await this.db.executeQuery(
      CompiledQuery.raw(leadsAndEvents, [JSON.stringify(leads), JSON.stringify(events)]),
    );
  }

  /** One statement (see `routing-state.ts`). */
  async writeRouting(writes: RoutingWrites): Promise<void> {
    await writeRouting(this.db, writes);
  }

  /** Other connections commit at any moment: nothing read before stays known to be current. */
  async changeToken(): Promise<undefined> {
    return undefined;
  }

  /** This transaction's builder, with these operations. */
  private get tx() {
    return this.db as Kysely<Database> & { readonly ops: PostgresTxOps };
  }
}

let leadsAndEvents: string | undefined;

function leadsAndEventsStatement(leadColumns: string[], eventColumns: string[]): string {
  const rowsOf = (table: string, columns: string[], parameter: string) =>
    `insert into ${table} (${columns.join(", ")}) select ${columns.join(", ")} ` +
    `from json_populate_recordset(null::${table}, ${parameter}::json)`;
  return `with added as (${rowsOf("leads", leadColumns, "$1")}) ${rowsOf("lead_events", eventColumns, "$2")}`;
}
