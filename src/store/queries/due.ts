import { sql, type SelectQueryBuilder } from "kysely";
import type { Database } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

/**
 * A timer's due rows: those of `table` whose `column` time has come and whose columns are as
 * `waiting` says (a value, or null for a column that is not set yet).
 *
 * @example dueRows("assignments", "expires_at", { status: "offered" })
 */
export interface DueRows {
  readonly table:
    "assignments" | "leads" | "lead_tasks" | "sequence_enrolments" | "sequence_sends" | "lead_band_due";
  readonly column: string;
  readonly waiting: Readonly<Record<string, string | null>>;
}

export function dueRows(
  table: DueRows["table"],
  column: string,
  waiting: Record<string, string | null>,
): DueRows {
  return { table, column, waiting };
}

/** The rows of a timer due at `now`, as a query selecting their `id`. */
function dueQuery(
  on: Runner,
  due: DueRows,
  now: number,
): SelectQueryBuilder<Database, keyof Database, { id: string }> {
  const db = builderOf(on);
  // Every timer table has an `id`; the columns are named by the timers themselves.
  let q = db
    .selectFrom(due.table as "leads")
    .select("id")
    .where(sql.ref(due.column), "<=", now);
  for (const [name, value] of Object.entries(due.waiting))
    q = value === null ? q.where(sql.ref(name), "is", null) : q.where(sql.ref(name), "=", value);
  return q as SelectQueryBuilder<Database, keyof Database, { id: string }>;
}

/**
 * Up to `limit` due rows, soonest first, leaving out `except`, each with its `group` column's
 * value (its category). Only a look: the rows are taken with `takeDueRows`.
 */
export async function listDueRows(
  on: Runner,
  due: DueRows,
  now: number,
  group: string,
  except: ReadonlySet<string>,
  limit: number,
): Promise<{ id: string; group: string | null }[]> {
  const db = builderOf(on);
  let q = dueQuery(db, due, now)
    .select(sql<string | null>`${sql.ref(group)}`.as("group"))
    .orderBy(sql.ref(due.column));
  if (except.size > 0) q = q.where("id", "not in", [...except]);
  return q.limit(limit).execute();
}

/**
 * Takes the rows of one group (`group` column equal to `key`) still due, up to `limit` soonest
 * first leaving out `except`, or only the row `only` if it is still due; locked, and rows
 * another transaction holds skipped, where the engine locks rows, so concurrent schedulers take
 * different rows. Answers their ids, soonest first.
 */
export async function takeDueRows(
  tx: Tx,
  due: DueRows,
  now: number,
  which: { only: string } | { group: string; key: string | null; except: ReadonlySet<string>; limit: number },
): Promise<string[]> {
  let q = dueQuery(tx, due, now);
  if ("only" in which) q = q.where("id", "=", which.only);
  else {
    q = q
      .orderBy(sql.ref(due.column))
      .where(sql.ref(which.group), which.key === null ? "is" : "=", which.key)
      .limit(which.limit);
    if (which.except.size > 0) q = q.where("id", "not in", [...which.except]);
  }
  return (await tx.ops.lockRows(q, { skipLocked: true }).execute()).map((r) => r.id);
}
