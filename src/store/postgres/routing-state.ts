import { CompiledQuery, type Kysely } from "kysely";
import type { RoutingStateQuery, RoutingStateRows, RoutingWrites } from "../engine.js";
import type { AssignmentRow, Database } from "../schema.js";

/**
 * The routing state on PostgreSQL, one round trip each way. A routing batch reads and writes it
 * while it holds its category's routing head, so every round trip there is time the category's
 * next batch waits. Keys travel as arrays and rows as JSON, one parameter each: a statement with
 * hundreds of placeholders (`in ((?, ?), …)`, `values (…), …`) costs PostgreSQL more to plan
 * than to run.
 */

const READ = `select
  (select coalesce(json_agg(json_build_object('recipient', recipient, 'last_served', last_served,
      'current_weight', current_weight)), '[]')
    from rotation where category = $1 and recipient = any($2::text[])) as rotation,
  (select coalesce(json_agg(c), '[]')
    from recipient_counters c join unnest($3::text[], $4::text[]) as k(recipient, w)
      on c.recipient = k.recipient and c."window" = k.w) as counters,
  (select coalesce(json_agg(l), '[]')
    from recipient_load l where l.recipient = any($2::text[])) as load`;

export async function readRoutingState(
  db: Kysely<Database>,
  q: RoutingStateQuery,
): Promise<RoutingStateRows> {
  const { rows } = await db.executeQuery<RoutingStateRows>(
    CompiledQuery.raw(READ, [
      q.category,
      q.recipients,
      q.windows.map((w) => w.recipient),
      q.windows.map((w) => w.window),
    ]),
  );
  return rows[0]!;
}

/** `insert into table (columns) select columns from` the JSON parameter's rows. */
const rowsOf = (table: string, columns: readonly string[], parameter: string) => {
  const list = columns.map((c) => `"${c}"`).join(", ");
  return `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${parameter}::json)`;
};

/** Every column of an assignment row (the compiler checks that none is missing). */
const ASSIGNMENT_COLUMNS: Record<keyof AssignmentRow, true> = {
  id: true,
  lead_id: true,
  recipient: true,
  status: true,
  created_at: true,
  updated_at: true,
  category: true,
  plan_version: true,
  tier: true,
  method: true,
  mode: true,
  price_cents: true,
  cost_cents: true,
  margin_cents: true,
  trace: true,
  expires_at: true,
  actor: true,
  reason: true,
  responded_at: true,
  windows: true,
};

/**
 * Data-modifying CTEs run exactly once whether read or not, and see the same snapshot; each
 * writes a table of its own, so none depends on another's rows. Counters and open leads arrive
 * one row per key (an upsert may not touch a row twice), in key order.
 */
const WRITE = `with
  sequences as (update routing_heads h set sequence = s.sequence
    from json_to_recordset($1::json) as s(category text, sequence bigint) where h.category = s.category),
  rotated as (${rowsOf("rotation", ["category", "recipient", "last_served", "current_weight"], "$2")}
    on conflict (category, recipient) do update
    set last_served = excluded.last_served, current_weight = excluded.current_weight),
  counted as (${rowsOf("recipient_counters", ["recipient", "window", "assignments", "spent_cents"], "$3")}
    on conflict (recipient, "window") do update
    set assignments = recipient_counters.assignments + excluded.assignments,
        spent_cents = recipient_counters.spent_cents + excluded.spent_cents),
  loaded as (${rowsOf("recipient_load", ["recipient", "open_leads"], "$4")}
    on conflict (recipient) do update set open_leads = recipient_load.open_leads + excluded.open_leads)
${rowsOf("assignments", Object.keys(ASSIGNMENT_COLUMNS), "$5")}`;

export async function writeRouting(db: Kysely<Database>, w: RoutingWrites): Promise<void> {
  const empty =
    w.sequences.length + w.rotation.length + w.counters.length + w.load.length + w.assignments.length === 0;
  if (empty) return;
  await db.executeQuery(
    CompiledQuery.raw(WRITE, [
      JSON.stringify(w.sequences),
      JSON.stringify(w.rotation),
      JSON.stringify(w.counters),
      JSON.stringify(w.load),
      JSON.stringify(w.assignments),
    ]),
  );
}
