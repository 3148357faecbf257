import { sql, type RawBuilder } from "kysely";
import { QUARTER_MS } from "../../domain/report-math.js";
import { builderOf, type Runner } from "../store.js";

export type GroupBy = "day" | "source" | "category" | "recipient" | "state" | "quarter";

const DAY_MS = 86_400_000;

/** Events that put a lead in a recipient's hands: the end of "speed to accept". */
const TAKEN_EVENTS = ["accepted", "claimed", "assigned"];
/** Assignments that reached their recipient (a lead counts in each of their recipients' groups). */
const HELD = ["accepted", "claimed", "delivered", "returned"];
/** Assignments the recipient pays for. */
const SOLD = ["accepted", "claimed", "delivered"];

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const KEYS: Record<GroupBy, RawBuilder<unknown>> = {
  // A literal, so SQLite divides integers (a bound number would be a real).
  day: sql`l.created_at / ${sql.lit(DAY_MS)}`,
  quarter: sql`l.created_at / ${sql.lit(QUARTER_MS)}`,
  source: sql`l.source`,
  category: sql`l.category`,
  state: sql`l.state`,
  recipient: sql`r.recipient`,
};

/** One row per lead created in [from, to) — per lead and recipient when grouping by recipient. */
function leadRows(groupBy: GroupBy | undefined, from: number, to: number) {
  const byRecipient = groupBy === "recipient";
  const sales = byRecipient
    ? sql`case when r.status in (${list(SOLD)}) then coalesce(r.price_cents, 0) else 0 end`
    : sql`(select coalesce(sum(a.price_cents), 0) from assignments a where a.lead_id = l.id and a.status in (${list(SOLD)}))`;
  return sql`
    select ${groupBy ? KEYS[groupBy] : sql`null`} as k,
      l.created_at as received_at,
      l.cost_cents as cost_cents,
      case when exists (select 1 from assignments a where a.lead_id = l.id) then 1 else 0 end as assigned,
      case when w.outcome = 'won' or exists (select 1 from lead_events e
        where e.lead_id = l.id and e.type = 'stage_changed' and e.data like ${'%"to":"qualified"%'})
        then 1 else 0 end as qualified,
      case when w.outcome = 'won' then 1 else 0 end as won,
      case when w.outcome = 'won' then l.revenue_cents else 0 end as won_cents,
      w.first_contact_at as first_contact_at,
      (select min(e.at) from lead_events e
        where e.lead_id = l.id and e.type in (${list(TAKEN_EVENTS)})) as first_accept_at,
      ${sales} as sales_cents
    from leads l
    left join lead_work w on w.lead_id = l.id
    ${byRecipient ? sql`left join assignments r on r.lead_id = l.id and r.status in (${list(HELD)})` : sql``}
    where l.created_at >= ${from} and l.created_at < ${to}`;
}

export interface SummaryRow {
  key: string | null;
  leads: number;
  /** Leads offered, pooled or assigned to anyone. */
  assigned: number;
  accepted: number;
  contacted: number;
  /** Leads that were moved to a stage named qualified, or won. */
  qualified: number;
  won: number;
  revenueCents: number;
  costCents: number;
  salesCents: number;
}

/** Counts and money per group, summed by the database. Without `groupBy`, one row for all. */
export async function summaryRows(
  on: Runner,
  groupBy: GroupBy | undefined,
  from: number,
  to: number,
): Promise<SummaryRow[]> {
  const db = builderOf(on);
  const { rows } = await sql<Record<string, unknown>>`
    select ${groupBy ? sql`k` : sql`null`} as k, count(*) as leads, sum(assigned) as assigned,
      count(first_accept_at) as accepted, count(first_contact_at) as contacted,
      sum(qualified) as qualified, sum(won) as won, sum(won_cents) as revenue_cents,
      sum(cost_cents) as cost_cents, sum(sales_cents) as sales_cents
    from (${leadRows(groupBy, from, to)}) b
    ${groupBy ? sql`group by k` : sql``}`.execute(db);
  return rows.map((r) => ({
    key: keyOf(groupBy, r["k"]),
    leads: Number(r["leads"]),
    assigned: Number(r["assigned"] ?? 0),
    accepted: Number(r["accepted"]),
    contacted: Number(r["contacted"]),
    qualified: Number(r["qualified"] ?? 0),
    won: Number(r["won"] ?? 0),
    revenueCents: Number(r["revenue_cents"] ?? 0),
    costCents: Number(r["cost_cents"] ?? 0),
    salesCents: Number(r["sales_cents"] ?? 0),
  }));
}

export interface SpeedRow {
  key: string | null;
  receivedAt: number;
  firstAcceptAt: number | null;
  firstContactAt: number | null;
}

/** Each lead's milestones, for percentiles the caller computes (only leads that reached one). */
export async function speedRows(
  on: Runner,
  groupBy: GroupBy | undefined,
  from: number,
  to: number,
): Promise<SpeedRow[]> {
  const db = builderOf(on);
  const { rows } = await sql<Record<string, unknown>>`
    select k, received_at, first_accept_at, first_contact_at
    from (${leadRows(groupBy, from, to)}) b
    where first_accept_at is not null or first_contact_at is not null`.execute(db);
  const time = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    key: keyOf(groupBy, r["k"]),
    receivedAt: Number(r["received_at"]),
    firstAcceptAt: time(r["first_accept_at"]),
    firstContactAt: time(r["first_contact_at"]),
  }));
}

function keyOf(groupBy: GroupBy | undefined, k: unknown): string | null {
  if (k === null || k === undefined || groupBy === undefined) return null;
  if (groupBy === "day") return new Date(Number(k) * DAY_MS).toISOString().slice(0, 10);
  if (groupBy === "quarter") return String(Number(k));
  return String(k);
}
