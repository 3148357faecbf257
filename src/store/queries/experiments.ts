import { sql, type Insertable, type Selectable } from "kysely";
import type { Experiment, ExperimentArm, ExperimentStatus } from "../../domain/experiments/experiment.js";
import type { ExperimentLead, ExperimentMetric } from "../../domain/experiments/figures.js";
import type { ExperimentRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function insertExperiment(tx: Tx, e: Experiment): Promise<void> {
  await tx.insertInto("experiments").values(toRow(e)).execute();
}

export async function getExperiment(on: Runner, id: string): Promise<Experiment | undefined> {
  const row = await builderOf(on)
    .selectFrom("experiments")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toExperiment(row);
}

/** Experiments newest first, of one category or all. */
export async function listExperiments(
  on: Runner,
  filter: { category?: string | undefined },
): Promise<Experiment[]> {
  let q = builderOf(on).selectFrom("experiments").selectAll();
  if (filter.category !== undefined) q = q.where("category", "=", filter.category);
  const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").limit(500).execute();
  return rows.map(toExperiment);
}

/** The category's running experiment, if it has one. */
export async function runningExperiment(on: Runner, category: string): Promise<Experiment | undefined> {
  const row = await builderOf(on)
    .selectFrom("experiments")
    .selectAll()
    .where("category", "=", category)
    .where("status", "=", "running")
    .executeTakeFirst();
  return row && toExperiment(row);
}

/** Running experiments that have run out of time or leads, or whose automatic shares are due. */
export async function dueExperiments(on: Runner, now: number): Promise<Experiment[]> {
  const rows = await builderOf(on)
    .selectFrom("experiments")
    .selectAll()
    .where("status", "=", "running")
    .execute();
  return rows.map(toExperiment).filter((e) => {
    if (e.endsAt !== null && e.endsAt <= now) return true;
    if (e.maxLeads !== null && e.leads >= e.maxLeads) return true;
    return e.auto !== null && (e.auto.lastAt === null || e.auto.lastAt + e.auto.everyMs <= now);
  });
}

export interface ExperimentChange {
  status?: ExperimentStatus;
  arms?: ExperimentArm[];
  auto?: Experiment["auto"];
  endedAt?: number | null;
  promotedArm?: number | null;
  retest?: string | null;
}

/** Changes an experiment; with `from`, only while it is in that status (answers whether it changed). */
export async function updateExperiment(
  tx: Tx,
  id: string,
  change: ExperimentChange,
  from?: ExperimentStatus,
): Promise<boolean> {
  let q = tx
    .updateTable("experiments")
    .set({
      ...(change.status !== undefined ? { status: change.status } : {}),
      ...(change.arms !== undefined ? { arms: JSON.stringify(change.arms) } : {}),
      ...(change.auto !== undefined
        ? { auto: change.auto === null ? null : JSON.stringify(change.auto) }
        : {}),
      ...(change.endedAt !== undefined ? { ended_at: change.endedAt } : {}),
      ...(change.promotedArm !== undefined ? { promoted_arm: change.promotedArm } : {}),
      ...(change.retest !== undefined ? { retest: change.retest } : {}),
    })
    .where("id", "=", id);
  if (from !== undefined) q = q.where("status", "=", from);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records which arm each lead fell in (a lead routed again keeps its first arm) and answers how
 * many leads each experiment has now.
 */
export async function recordExperimentLeads(
  tx: Tx,
  rows: readonly { experiment: string; leadId: string; arm: number; at: number }[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (rows.length === 0) return counts;
  await tx
    .insertInto("experiment_leads")
    .values(rows.map((r) => ({ experiment_id: r.experiment, lead_id: r.leadId, arm: r.arm, at: r.at })))
    .onConflict((oc) => oc.columns(["experiment_id", "lead_id"]).doNothing())
    .execute();
  for (const id of new Set(rows.map((r) => r.experiment))) {
    const row = await tx
      .updateTable("experiments")
      .set({
        leads: sql<number>`(select count(*) from experiment_leads where experiment_id = ${id})`,
      })
      .where("id", "=", id)
      .returning("leads")
      .executeTakeFirst();
    counts.set(id, Number(row?.leads ?? 0));
  }
  return counts;
}

/** Holds back won and sold assignments' prices: what buyers keep paying for. */
const SOLD = sql.join(["accepted", "claimed", "delivered"].map((s) => sql`${s}`));

/** Each of the experiment's leads with what the experiment measures of it. */
export async function experimentLeads(on: Runner, id: string): Promise<ExperimentLead[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select el.arm as arm, l.created_at as received_at, l.cost_cents as cost_cents,
      case when w.outcome = 'won' then l.revenue_cents else 0 end as revenue_cents,
      case when w.outcome = 'won' then 1 else 0 end as won,
      w.first_contact_at as first_contact_at,
      (select coalesce(sum(a.price_cents), 0) from assignments a
        where a.lead_id = l.id and a.status in (${SOLD})) as sales_cents,
      case when exists (select 1 from lead_returns r where r.lead_id = l.id) then 1 else 0 end as returned
    from experiment_leads el
    join leads l on l.id = el.lead_id
    left join lead_work w on w.lead_id = l.id
    where el.experiment_id = ${id}`.execute(builderOf(on));
  return rows.map((r) => ({
    arm: Number(r["arm"]),
    receivedAt: Number(r["received_at"]),
    costCents: Number(r["cost_cents"] ?? 0),
    revenueCents: Number(r["revenue_cents"] ?? 0),
    salesCents: Number(r["sales_cents"] ?? 0),
    won: Number(r["won"]) === 1,
    firstContactAt:
      r["first_contact_at"] === null || r["first_contact_at"] === undefined
        ? null
        : Number(r["first_contact_at"]),
    returned: Number(r["returned"]) === 1,
  }));
}

function toRow(e: Experiment): Insertable<ExperimentRow> {
  return {
    id: e.id,
    category: e.category,
    status: e.status,
    kind: e.kind,
    parent: e.parent,
    metric: e.metric,
    alpha: e.alpha,
    arms: JSON.stringify(e.arms),
    auto: e.auto === null ? null : JSON.stringify(e.auto),
    started_at: e.startedAt,
    ends_at: e.endsAt,
    max_leads: e.maxLeads,
    leads: e.leads,
    promoted_arm: e.promotedArm,
    retest: e.retest,
    switch_back: e.switchBack ? 1 : 0,
    ended_at: e.endedAt,
    created_by: e.createdBy,
    created_at: e.createdAt,
  };
}

const num = (v: number | null) => (v === null ? null : Number(v));

function toExperiment(row: Selectable<ExperimentRow>): Experiment {
  return {
    id: row.id,
    category: row.category,
    status: row.status as ExperimentStatus,
    kind: row.kind === "retest" ? "retest" : "test",
    parent: row.parent,
    metric: row.metric as ExperimentMetric,
    alpha: Number(row.alpha),
    arms: JSON.parse(row.arms) as ExperimentArm[],
    auto: row.auto === null ? null : (JSON.parse(row.auto) as Experiment["auto"]),
    startedAt: Number(row.started_at),
    endsAt: num(row.ends_at),
    maxLeads: num(row.max_leads),
    leads: Number(row.leads),
    promotedArm: num(row.promoted_arm),
    retest: row.retest,
    switchBack: Number(row.switch_back) === 1,
    endedAt: num(row.ended_at),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
  };
}
