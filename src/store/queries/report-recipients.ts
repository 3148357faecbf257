import { sql, type RawBuilder } from "kysely";
import { bucketCases, bucketRange, DAY_MS } from "../../domain/report-math.js";
import { builderOf, type Runner } from "../store.js";
import { scopeOf } from "./report-scope.js";

export interface RecipientCounts {
  recipient: string;
  /** Offers, pool claims and assignments made to it. */
  offered: number;
  /** Those it took: accepted, claimed, was sent or assigned (returned ones included). */
  taken: number;
  /** Those it answered (accepted or rejected), and how fast: exact whole seconds, or buckets. */
  responses: { seconds: number; exact: boolean; count: number }[];
}

const RESPONSE_SECONDS = sql`((a.responded_at - a.created_at) / ${sql.lit(1000)})`;
export const RESPONSE_BUCKET = sql.raw(bucketCases("((a.responded_at - a.created_at) / 1000)"));
const TAKEN = sql`sum(case when a.status in ('accepted', 'claimed', 'delivered', 'returned') then 1 else 0 end)`;
const assignmentsBetween = (from: number, to: number) =>
  sql`from assignments a where a.created_at >= ${from} and a.created_at < ${to}`;

/** Offers and takes per day (`at`) and recipient, over the assignments made in [from, to). */
export function recipientRows(at: RawBuilder<unknown>, from: number, to: number): RawBuilder<unknown> {
  return sql`select ${at} as at, a.recipient as r, count(*) as offered, ${TAKEN} as taken
    ${assignmentsBetween(from, to)} group by 1, 2`;
}

/** Answers per day (`at`), recipient and bucket of seconds (`seconds`: the bucket's SQL). */
export function responseRows(
  at: RawBuilder<unknown>,
  seconds: RawBuilder<unknown>,
  from: number,
  to: number,
): RawBuilder<unknown> {
  return sql`select ${at} as at, a.recipient as r, ${seconds} as s, count(*) as n
    ${assignmentsBetween(from, to)} and a.responded_at is not null group by 1, 2, 3`;
}

/** Per recipient, its offers and assignments made in [from, to), and its answers' speed. */
export async function recipientCounts(on: Runner, from: number, to: number): Promise<RecipientCounts[]> {
  const db = builderOf(on);
  const scope = await scopeOf(db, "assignments", DAY_MS, from, to);
  const rolled = scope.rolled
    ? sql`where dim = 'recipient' and at >= ${scope.rolled.from} and at < ${scope.rolled.to}
      ${scope.rolled.except.length > 0 ? sql`and at not in (${sql.join(scope.rolled.except)})` : sql``}`
    : null;
  const counts = scope.rows.map(
    ([a, b]) => sql`select r, offered, taken from (${recipientRows(sql`0`, a, b)}) x`,
  );
  if (rolled) counts.push(sql`select value as r, offered, taken from report_recipients ${rolled}`);
  const { rows } = await sql<Record<string, unknown>>`
    select r, sum(offered) as offered, sum(taken) as taken from (${sql.join(counts, sql` union all `)}) t
    group by r`.execute(db);
  const speeds = scope.rows.map(
    ([a, b]) => sql`select r, s, 1 as exact, n from (${responseRows(sql`0`, RESPONSE_SECONDS, a, b)}) x`,
  );
  if (rolled) speeds.push(sql`select value as r, bucket as s, 0 as exact, n from report_responses ${rolled}`);
  const { rows: answers } = await sql<Record<string, unknown>>`
    select r, s, exact, sum(n) as n from (${sql.join(speeds, sql` union all `)}) t
    group by r, s, exact`.execute(db);
  const byRecipient = new Map<string, RecipientCounts>();
  for (const r of rows)
    byRecipient.set(String(r["r"]), {
      recipient: String(r["r"]),
      offered: Number(r["offered"]),
      taken: Number(r["taken"] ?? 0),
      responses: [],
    });
  for (const s of answers)
    byRecipient
      .get(String(s["r"]))
      ?.responses.push({ seconds: Number(s["s"]), exact: Number(s["exact"]) === 1, count: Number(s["n"]) });
  return [...byRecipient.values()].filter((r) => r.offered > 0);
}

/**
 * The exact seconds, per recipient, of the answers to assignments made in [from, to) that fall
 * in a bucket: read by the seconds index (`+created_at` keeps SQLite off the time range's).
 */
export async function responseSecondsIn(
  on: Runner,
  from: number,
  to: number,
  bucket: number,
): Promise<{ key: string; seconds: number; leads: number }[]> {
  const range = bucketRange(bucket);
  const { rows } = await sql<Record<string, unknown>>`
    select a.recipient as r, ${RESPONSE_SECONDS} as s, count(*) as n
    from assignments a where +a.created_at >= ${from} and +a.created_at < ${to}
      and a.responded_at is not null
      ${range.from === null ? sql`` : sql`and ${RESPONSE_SECONDS} >= ${range.from}`}
      and ${RESPONSE_SECONDS} < ${range.to}
    group by 1, 2`.execute(builderOf(on));
  return rows.map((r) => ({ key: String(r["r"]), seconds: Number(r["s"]), leads: Number(r["n"]) }));
}
