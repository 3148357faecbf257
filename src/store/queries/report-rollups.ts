import { sql, type RawBuilder } from "kysely";
import { DAY_MS, HALF_HOUR_MS, HOUR_MS, QUARTER_MS } from "../../domain/report-math.js";
import type { Db, Tx } from "../store.js";
import { COUNT_COLUMNS } from "./report-counts.js";
import { recipientRows, responseRows, RESPONSE_BUCKET } from "./report-recipients.js";
import { reasonRows } from "./report-reasons.js";
import {
  dimOf,
  factsBetween,
  HALF_HOUR_DIM,
  HOUR_DIM,
  ROLLUP_COLUMNS,
  type Dim,
  type FactKey,
} from "./report-scope.js";
import { CONTACT_BUCKET } from "./report-speed.js";

/** Runs of consecutive periods, as [start, end) in milliseconds. */
function runsOf(starts: number[], period: number): [number, number][] {
  const runs: [number, number][] = [];
  for (const s of [...new Set(starts)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === s) last[1] = s + period;
    else runs.push([s, s + period]);
  }
  return runs;
}

/** Rebuilds a dim's rollups of the periods in [from, to) from the facts. */
async function rollUp(db: Db, dim: Dim, from: number, to: number): Promise<void> {
  const at = sql`f.created_at / ${sql.lit(dim.period)} * ${sql.lit(dim.period)}`;
  const value = dim.dim === "" ? sql`null` : dim.key;
  for (const table of ["report_counts", "report_reasons", "report_speed"])
    await sql`delete from ${sql.table(table)} where dim = ${dim.dim} and at >= ${from} and at < ${to}`.execute(
      db,
    );
  await sql`insert into report_counts (at, dim, value, ${sql.join(COUNT_COLUMNS.map(([c]) => sql.ref(c)))})
    select ${at}, ${dim.dim}, ${value}, ${sql.join(COUNT_COLUMNS.map(([, e]) => e))}
    ${factsBetween(dim, from, to)} group by 1, 3`.execute(db);
  const keyed = { ...dim, key: value };
  await sql`insert into report_reasons (at, dim, value, kind, reason, n)
    select at, ${dim.dim}, k, kind, reason, n from (${reasonRows(keyed, at, from, to)}) r`.execute(db);
  await sql`insert into report_speed (at, dim, value, bucket, n)
    select ${at}, ${dim.dim}, ${value}, case when f.contact_at is null then null else ${CONTACT_BUCKET} end, count(*)
    ${factsBetween(dim, from, to)} group by 1, 3, 4`.execute(db);
}

/**
 * Brings the report rollups up to date with the facts and assignments that changed since the
 * last time (run in a transaction; concurrent runs wait for each other). Rows are marked rolled
 * up before their periods are rebuilt, so a change committed meanwhile marks its row again.
 * `fields` are the enum fields to roll up; one not rolled up before is built over every period.
 */
export async function rollUpReports(tx: Tx, fields: readonly string[]): Promise<void> {
  const db: Db = tx;
  await tx.ops.lockName("carousel.report_rollups");
  const q = sql.lit(QUARTER_MS);
  const { rows: unrolled } = await sql<{ p: unknown }>`
    select distinct created_at / ${q} as p from lead_facts where rolled = 0`.execute(db);
  const { rows: stale } = await sql<{
    quarter: unknown;
    n: unknown;
  }>`select quarter, n from report_stale`.execute(db);
  const quarters = [...unrolled.map((r) => Number(r.p)), ...stale.map((r) => Number(r.quarter))];
  const { rows: known } = await sql<{ dim: string }>`select dim from report_dims`.execute(db);
  const fresh = fields.filter((f) => !known.some((k) => k.dim === `field:${f}`));
  const dims = [
    ...ROLLUP_COLUMNS.map((column): FactKey => ({ column })),
    ...fields.filter((f) => !fresh.includes(f)).map((field): FactKey => ({ field })),
  ].map((k) => dimOf(db, k));

  for (const [a, b] of runsOf(
    unrolled.map((r) => Number(r.p) * QUARTER_MS),
    QUARTER_MS,
  ))
    await sql`update lead_facts set rolled = 1 where rolled = 0 and created_at >= ${a} and created_at < ${b}`.execute(
      db,
    );
  for (const [a, b] of runsOf(
    quarters.map((p) => p * QUARTER_MS),
    QUARTER_MS,
  ))
    await rollUp(db, dimOf(db, { column: "quarter" }), a, b);
  for (const [a, b] of runsOf(
    quarters.map((p) => Math.floor((p * QUARTER_MS) / HOUR_MS) * HOUR_MS),
    HOUR_MS,
  ))
    await rollUp(db, HOUR_DIM, a, b);
  for (const [a, b] of runsOf(
    quarters.map((p) => Math.floor((p * QUARTER_MS) / HALF_HOUR_MS) * HALF_HOUR_MS),
    HALF_HOUR_MS,
  ))
    await rollUp(db, HALF_HOUR_DIM, a, b);
  for (const [a, b] of runsOf(
    quarters.map((p) => Math.floor((p * QUARTER_MS) / DAY_MS) * DAY_MS),
    DAY_MS,
  ))
    for (const dim of dims) await rollUp(db, dim, a, b);
  for (const s of stale)
    await sql`delete from report_stale where quarter = ${Number(s.quarter)} and n = ${Number(s.n)}`.execute(
      db,
    );

  if (fresh.length > 0) {
    const { rows: span } = await sql<{ a: unknown; b: unknown }>`
      select min(created_at) as a, max(created_at) as b from lead_facts`.execute(db);
    const [a, b] = [Number(span[0]?.a ?? 0), Number(span[0]?.b ?? -1)];
    for (const field of fresh) {
      if (b >= a)
        await rollUp(
          db,
          dimOf(db, { field }),
          Math.floor(a / DAY_MS) * DAY_MS,
          Math.floor(b / DAY_MS + 1) * DAY_MS,
        );
      await sql`insert into report_dims (dim) values (${`field:${field}`})`.execute(db);
    }
  }

  const { rows: offers } = await sql<{ p: unknown }>`
    select distinct created_at / ${sql.lit(DAY_MS)} as p from assignments where rolled = 0`.execute(db);
  for (const [a, b] of runsOf(
    offers.map((r) => Number(r.p) * DAY_MS),
    DAY_MS,
  )) {
    await sql`update assignments set rolled = 1 where rolled = 0 and created_at >= ${a} and created_at < ${b}`.execute(
      db,
    );
    await rollUpOffers(db, a, b);
  }
}

async function rollUpOffers(db: Db, from: number, to: number): Promise<void> {
  const at: RawBuilder<unknown> = sql`a.created_at / ${sql.lit(DAY_MS)} * ${sql.lit(DAY_MS)}`;
  for (const table of ["report_recipients", "report_responses"])
    await sql`delete from ${sql.table(table)} where dim = 'recipient' and at >= ${from} and at < ${to}`.execute(
      db,
    );
  await sql`insert into report_recipients (at, dim, value, offered, taken)
    select at, 'recipient', r, offered, taken from (${recipientRows(at, from, to)}) x`.execute(db);
  await sql`insert into report_responses (at, dim, value, bucket, n)
    select at, 'recipient', r, s, n from (${responseRows(at, RESPONSE_BUCKET, from, to)}) x`.execute(db);
}
