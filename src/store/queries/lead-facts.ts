import { sql, type RawBuilder } from "kysely";
import { QUARTER_MS } from "../../domain/report-math.js";
import { builderOf, type Db, type Runner } from "../store.js";

/** A column of `lead_facts` reports group by; `quarter` is the quarter hour of the lead's receipt. */
export type FactColumn =
  "quarter" | "source" | "category" | "state" | "recipient" | "campaign" | "utmSource" | "utmMedium";

/** What a report's rows are keyed by: a column of the facts, a custom field of the lead, or nothing. */
export type FactKey = { column: FactColumn } | { field: string } | null;

const COLUMNS: Record<FactColumn, RawBuilder<unknown>> = {
  // A literal, so SQLite divides integers (a bound number would be a real).
  quarter: sql`f.created_at / ${sql.lit(QUARTER_MS)}`,
  source: sql`f.source`,
  category: sql`f.category`,
  state: sql`f.state`,
  recipient: sql`f.recipient`,
  campaign: sql`f.campaign`,
  utmSource: sql`f.utm_source`,
  utmMedium: sql`f.utm_medium`,
};

export interface Range {
  from: number;
  to: number;
  key: FactKey;
}

/** The facts of the leads received in [from, to), with their key `k`. */
function facts(db: Db, { from, to, key }: Range) {
  const k =
    key === null
      ? sql`null`
      : "column" in key
        ? COLUMNS[key.column]
        : db.ops.jsonField("l.fields", key.field);
  const join = key !== null && "field" in key ? sql`join leads l on l.id = f.lead_id` : sql``;
  return { k, body: sql`from lead_facts f ${join} where f.created_at >= ${from} and f.created_at < ${to}` };
}

/** A key as the database gave it: a quarter's number, a field's value as JSON text, or a column's text. */
function keyOf(key: FactKey, k: unknown): string | null {
  if (k === null || k === undefined || key === null) return null;
  const text = String(k);
  if ("field" in key && text.startsWith('"')) {
    try {
      return String(JSON.parse(text));
    } catch {
      return text;
    }
  }
  return text;
}

export interface FactCounts {
  key: string | null;
  received: number;
  assigned: number;
  accepted: number;
  contacted: number;
  /** Moved to a stage named qualified, or won. */
  qualified: number;
  /** In a won stage, or sold by a buyer's outcome. */
  won: number;
  lost: number;
  /** Returned by a recipient or reported bad by a buyer. */
  returned: number;
  /** Waiting for a recipient now. */
  unassigned: number;
  /** The funnel: each step counts leads that reached it and every step before. */
  funnel: { assigned: number; accepted: number; contacted: number; qualified: number; won: number };
  revenueCents: number;
  costCents: number;
  salesCents: number;
  creditedCents: number;
}

const WON = sql`(f.outcome = 'won' or f.sold = 1)`;
const QUALIFIED = sql`(f.qualified = 1 or ${WON})`;
const count = (condition: RawBuilder<unknown>) => sql`sum(case when ${condition} then 1 else 0 end)`;

/** Counts and money per key over the leads received in [from, to). */
export async function factCounts(on: Runner, range: Range): Promise<FactCounts[]> {
  const db = builderOf(on);
  const { k, body } = facts(db, range);
  const steps = [
    sql`f.assigned_at is not null`,
    sql`f.accepted_at is not null`,
    sql`f.contact_at is not null`,
    QUALIFIED,
    WON,
  ];
  const upTo = (n: number) => sql.join(steps.slice(0, n + 1), sql` and `);
  const { rows } = await sql<Record<string, unknown>>`
    select ${k} as k, count(*) as received,
      ${count(steps[0]!)} as assigned, ${count(steps[1]!)} as accepted, ${count(steps[2]!)} as contacted,
      ${count(QUALIFIED)} as qualified, ${count(WON)} as won, ${count(sql`f.outcome = 'lost'`)} as lost,
      ${count(sql`(f.return_reason is not null or f.bad_reason is not null)`)} as returned,
      ${count(sql`f.status = 'unassigned'`)} as unassigned,
      ${count(upTo(1))} as f_accepted, ${count(upTo(2))} as f_contacted,
      ${count(upTo(3))} as f_qualified, ${count(upTo(4))} as f_won,
      sum(case when f.outcome = 'won' then f.revenue_cents else 0 end) as revenue_cents,
      sum(f.cost_cents) as cost_cents, sum(f.sales_cents) as sales_cents,
      sum(f.credited_cents) as credited_cents
    ${body}
    ${range.key ? sql`group by 1` : sql``}`.execute(db);
  const n = (r: Record<string, unknown>, c: string) => Number(r[c] ?? 0);
  return rows
    .filter((r) => n(r, "received") > 0)
    .map((r) => ({
      key: keyOf(range.key, r["k"]),
      received: n(r, "received"),
      assigned: n(r, "assigned"),
      accepted: n(r, "accepted"),
      contacted: n(r, "contacted"),
      qualified: n(r, "qualified"),
      won: n(r, "won"),
      lost: n(r, "lost"),
      returned: n(r, "returned"),
      unassigned: n(r, "unassigned"),
      funnel: {
        assigned: n(r, "assigned"),
        accepted: n(r, "f_accepted"),
        contacted: n(r, "f_contacted"),
        qualified: n(r, "f_qualified"),
        won: n(r, "f_won"),
      },
      revenueCents: n(r, "revenue_cents"),
      costCents: n(r, "cost_cents"),
      salesCents: n(r, "sales_cents"),
      creditedCents: n(r, "credited_cents"),
    }));
}

/**
 * How many leads were first contacted how many whole seconds after their receipt, per key
 * (seconds null: leads not contacted).
 */
export async function contactSeconds(
  on: Runner,
  range: Range,
): Promise<{ key: string | null; seconds: number | null; leads: number }[]> {
  const db = builderOf(on);
  const { k, body } = facts(db, range);
  const seconds = sql`(f.contact_at - f.created_at) / ${sql.lit(1000)}`;
  const { rows } = await sql<Record<string, unknown>>`
    select ${k} as k, ${seconds} as s, count(*) as n
    ${body}
    group by ${range.key ? sql`1, 2` : sql`2`}`.execute(db);
  return rows.map((r) => ({
    key: keyOf(range.key, r["k"]),
    seconds: r["s"] === null || r["s"] === undefined ? null : Number(r["s"]),
    leads: Number(r["n"]),
  }));
}

/** Lost leads by the reason given, and returned ones by the return's (or bad outcome's) reason, per key. */
export async function reasonCounts(
  on: Runner,
  range: Range,
): Promise<{ key: string | null; kind: "lost" | "returned"; reason: string | null; leads: number }[]> {
  const db = builderOf(on);
  const { k, body } = facts(db, range);
  const returned = sql`coalesce(f.return_reason, f.bad_reason)`;
  const { rows } = await sql<Record<string, unknown>>`
    select ${k} as k, 'lost' as kind, f.lost_reason as reason, count(*) as n
    ${body} and f.outcome = 'lost'
    group by ${range.key ? sql`1, 3` : sql`3`}
    union all
    select ${k} as k, 'returned' as kind, ${returned} as reason, count(*) as n
    ${body} and (f.return_reason is not null or f.bad_reason is not null)
    group by ${range.key ? sql`1, 3` : sql`3`}`.execute(db);
  return rows.map((r) => ({
    key: keyOf(range.key, r["k"]),
    kind: r["kind"] === "lost" ? "lost" : "returned",
    reason: r["reason"] === null || r["reason"] === undefined ? null : String(r["reason"]),
    leads: Number(r["n"]),
  }));
}

/** Intake's duplicates and refusals of the quarter hours starting in [from, to), per key. */
export async function intakeCounts(
  on: Runner,
  from: number,
  to: number,
  key: "quarter" | "source" | "category" | null,
): Promise<{ key: string | null; duplicate: number; invalid: number }[]> {
  const db = builderOf(on);
  const k = key === null ? sql`null` : sql.ref(key);
  const { rows } = await sql<Record<string, unknown>>`
    select ${k} as k,
      sum(case when kind = 'duplicate' then n else 0 end) as duplicate,
      sum(case when kind = 'invalid' then n else 0 end) as invalid
    from intake_counts
    where quarter * ${sql.lit(QUARTER_MS)} >= ${from} and quarter * ${sql.lit(QUARTER_MS)} < ${to}
    ${key ? sql`group by 1` : sql``}`.execute(db);
  return rows
    .filter((r) => r["duplicate"] !== null && r["duplicate"] !== undefined)
    .map((r) => ({
      key: r["k"] === null || r["k"] === undefined ? null : String(r["k"]),
      duplicate: Number(r["duplicate"]),
      invalid: Number(r["invalid"]),
    }));
}

/** Counts one lead refused at intake in its quarter hour, source and category. */
export async function countRefusal(on: Runner, category: string, source: string, at: number): Promise<void> {
  await builderOf(on)
    .insertInto("intake_counts")
    .values({ quarter: Math.floor(at / QUARTER_MS), category, source, kind: "invalid", n: 1 })
    .onConflict((oc) =>
      oc.columns(["quarter", "category", "source", "kind"]).doUpdateSet({ n: sql`intake_counts.n + 1` }),
    )
    .execute();
}

export interface RecipientCounts {
  recipient: string;
  /** Offers, pool claims and assignments made to it. */
  offered: number;
  /** Those it took: accepted, claimed, was sent or assigned (returned ones included). */
  taken: number;
  /** Those it answered (accepted or rejected), and how fast, in whole seconds. */
  responses: { seconds: number; count: number }[];
}

/** Per recipient, its offers and assignments made in [from, to), and its answers' speed. */
export async function recipientCounts(on: Runner, from: number, to: number): Promise<RecipientCounts[]> {
  const db = builderOf(on);
  const range = sql`from assignments a where a.created_at >= ${from} and a.created_at < ${to}`;
  const { rows } = await sql<Record<string, unknown>>`
    select a.recipient as r, count(*) as offered,
      ${count(sql`a.status in ('accepted', 'claimed', 'delivered', 'returned')`)} as taken
    ${range} group by a.recipient`.execute(db);
  const seconds = sql`(a.responded_at - a.created_at) / ${sql.lit(1000)}`;
  const { rows: speeds } = await sql<Record<string, unknown>>`
    select a.recipient as r, ${seconds} as s, count(*) as n
    ${range} and a.responded_at is not null group by 1, 2`.execute(db);
  const byRecipient = new Map<string, RecipientCounts>();
  for (const r of rows)
    byRecipient.set(String(r["r"]), {
      recipient: String(r["r"]),
      offered: Number(r["offered"]),
      taken: Number(r["taken"] ?? 0),
      responses: [],
    });
  for (const s of speeds)
    byRecipient.get(String(s["r"]))?.responses.push({ seconds: Number(s["s"]), count: Number(s["n"]) });
  return [...byRecipient.values()];
}
