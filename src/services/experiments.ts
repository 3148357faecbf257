import { isDeepStrictEqual } from "node:util";
import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import { normalizeShares, type Experiment, type ExperimentArm } from "../domain/experiments/experiment.js";
import {
  armFigures,
  dailyLooks,
  type ArmFigures,
  type ExperimentMetric,
} from "../domain/experiments/figures.js";
import { hash32, seeded } from "../domain/experiments/prng.js";
import { thompsonShares, withinLimits, type ShareLimits } from "../domain/experiments/thompson.js";
import { verdictOf, type Verdict } from "../domain/experiments/verdict.js";
import { newId } from "../domain/ids.js";
import type { Tier } from "../domain/routing/types.js";
import type { Principal } from "../domain/user.js";
import { insertAuditEntry } from "../store/queries/audit.js";
import { getCategory } from "../store/queries/categories.js";
import {
  dueExperiments,
  experimentLeads,
  getExperiment,
  insertExperiment,
  listExperiments,
  runningExperiment,
  updateExperiment,
} from "../store/queries/experiments.js";
import { getPlan, insertPlan, latestPlanVersion } from "../store/queries/plans.js";
import { setRetestAgainst } from "../store/queries/retest-schedules.js";
import { bumpConfigVersion, routingHeadOf } from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { audit, auditActor } from "./audit.js";
import { checkSelectedKeys, checkTiers, putPlanIn } from "./plans.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
export const DEFAULT_ALPHA = 0.05;

/** Who the audit log and a plan's author name for what the scheduler does on its own. */
export const SCHEDULER: Principal = Object.freeze({ userId: "scheduler", role: "admin", recipient: null });

export interface NewExperiment {
  category: string;
  /** Each arm routes by its own tiers (stored as a draft) or by a stored version of the category's plan. */
  arms: {
    name?: string | undefined;
    plan?: { tiers: Tier[] } | undefined;
    planVersion?: number | undefined;
    share: number;
  }[];
  endsAt?: number | undefined;
  leads?: number | undefined;
  metric?: ExperimentMetric | undefined;
  alpha?: number | undefined;
  auto?: (ShareLimits & { everyHours?: number | undefined }) | undefined;
}

/**
 * Starts an experiment: the category's new leads are split between the arms' plans from now on.
 * An arm whose tiers are the live plan's routes by that version; any other arm's plan is stored
 * as a new version of the category's plan that is not live (a draft).
 */
export async function createExperiment(
  store: Store,
  input: NewExperiment,
  principal: Principal,
  now = Date.now(),
): Promise<Experiment> {
  const shares = checkExperiment(input, now);
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, input.category))) throw notFound(`category ${input.category}`);
    // The configuration lock orders this with plan changes and with another experiment's start.
    await bumpConfigVersion(tx, [input.category]);
    const running = await runningExperiment(tx, input.category);
    if (running)
      throw new AppError("conflict", `category ${input.category} already runs experiment ${running.id}`, [], {
        experiment: running.id,
      });
    for (const [i, arm] of input.arms.entries())
      if (arm.plan) await checkSelectedKeys(tx, arm.plan.tiers, `arms.${i}.plan.tiers`);
    const arms = await armsWithVersions(tx, input, shares, principal, now);
    const experiment: Experiment = {
      id: newId("experiment", now),
      category: input.category,
      status: "running",
      metric: input.metric ?? "win",
      alpha: input.alpha ?? DEFAULT_ALPHA,
      arms,
      startedAt: now,
      endsAt: input.endsAt ?? null,
      maxLeads: input.leads ?? null,
      leads: 0,
      auto: input.auto
        ? {
            minShare: input.auto.minShare,
            maxShare: input.auto.maxShare,
            everyMs: (input.auto.everyHours ?? 24) * HOUR_MS,
            lastAt: null,
          }
        : null,
      kind: "test",
      parent: null,
      promotedArm: null,
      retest: null,
      switchBack: false,
      endedAt: null,
      createdBy: auditActor(principal),
      createdAt: now,
    };
    await insertExperiment(tx, experiment);
    await audit(
      tx,
      principal,
      { entity: "experiment", key: experiment.id, action: "create", after: experiment },
      now,
    );
    return experiment;
  });
}

/** What a schema cannot check of a new experiment; answers its shares as fractions. */
function checkExperiment(input: NewExperiment, now: number): number[] {
  const errors: ErrorDetail[] = [];
  const fail = (field: string, message: string) => errors.push({ field, code: "invalid", message });
  for (const [i, arm] of input.arms.entries()) {
    if ((arm.plan === undefined) === (arm.planVersion === undefined)) {
      fail(`arms.${i}.plan`, "an arm has either a plan's tiers or a planVersion");
      continue;
    }
    if (!arm.plan) continue;
    try {
      checkTiers(arm.plan.tiers);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      for (const d of e.details) errors.push({ ...d, field: `arms.${i}.plan.${d.field}` });
    }
  }
  const normalized = normalizeShares(input.arms.map((a) => a.share));
  if ("error" in normalized) errors.push(normalized.error);
  if (input.endsAt !== undefined && input.endsAt <= now) fail("endsAt", "endsAt is in the future");
  if (input.auto) {
    const k = input.arms.length;
    if (input.auto.minShare > input.auto.maxShare) fail("auto.minShare", "minShare is at most maxShare");
    if (input.auto.minShare * k > 1)
      fail("auto.minShare", `${k} arms cannot each have ${input.auto.minShare}`);
    if (input.auto.maxShare * k < 1)
      fail("auto.maxShare", `${k} arms of at most ${input.auto.maxShare} leave leads over`);
  }
  if (errors.length > 0 || "error" in normalized) throw invalid(errors);
  return input.auto ? withinLimits(normalized.shares, input.auto) : normalized.shares;
}

/** The arms with the plan version each routes by, drafts stored as versions that are not live. */
async function armsWithVersions(
  tx: Tx,
  input: NewExperiment,
  shares: number[],
  principal: Principal,
  now: number,
): Promise<ExperimentArm[]> {
  const live = (await routingHeadOf(tx, input.category))?.planVersion ?? 0;
  const livePlan = live > 0 ? await getPlan(tx, input.category, live) : undefined;
  let next = await latestPlanVersion(tx, input.category);
  const arms: ExperimentArm[] = [];
  for (const [i, arm] of input.arms.entries()) {
    const name = arm.name ?? (i === 0 ? "control" : `arm ${i}`);
    if (!arm.plan) {
      const stored = await getPlan(tx, input.category, arm.planVersion!);
      if (!stored)
        throw invalid([
          {
            field: `arms.${i}.planVersion`,
            code: "invalid",
            message: `the ${input.category} plan has no version ${arm.planVersion}`,
          },
        ]);
      arms.push({ name, planVersion: stored.version, tiers: stored.tiers, share: shares[i]! });
      continue;
    }
    let version = livePlan && isDeepStrictEqual(livePlan.tiers, arm.plan.tiers) ? live : 0;
    if (version === 0) {
      version = ++next;
      await insertPlan(tx, {
        category: input.category,
        version,
        tiers: arm.plan.tiers,
        createdAt: now,
        createdBy: auditActor(principal),
      });
    }
    arms.push({
      name,
      planVersion: version,
      tiers: arm.plan.tiers,
      share: shares[i]!,
    });
  }
  return arms;
}

export interface ExperimentReport {
  experiment: Experiment;
  figures: ArmFigures[];
  verdict: Verdict;
  /** For a re-test: whether the promoted plan (arm 0) still beats the one it replaced (arm 1). */
  retestOutcome: "still_wins" | "no_longer_wins" | "no_difference" | null;
}

/** An experiment with each arm's figures and the verdict of the sequential test over daily looks. */
export async function experimentReport(store: Store, id: string): Promise<ExperimentReport> {
  const experiment = await getExperiment(store, id);
  if (!experiment) throw notFound(`experiment ${id}`);
  return reportOf(experiment, await experimentLeads(store, id));
}

function reportOf(
  experiment: Experiment,
  leads: Awaited<ReturnType<typeof experimentLeads>>,
): ExperimentReport {
  const k = experiment.arms.length;
  const looks = dailyLooks(k, leads, experiment.startedAt, experiment.metric);
  const verdict = verdictOf(looks, k, { metric: experiment.metric, alpha: experiment.alpha });
  const retestOutcome =
    experiment.kind !== "retest"
      ? null
      : verdict.winner === 0
        ? "still_wins"
        : verdict.winner === 1
          ? "no_longer_wins"
          : "no_difference";
  return { experiment, figures: armFigures(k, leads), verdict, retestOutcome };
}

export async function experiments(
  store: Store,
  filter: { category?: string | undefined },
): Promise<Experiment[]> {
  return listExperiments(store, filter);
}

/** Stops a running experiment: the category's leads go back to its plan. */
export async function stopExperiment(
  store: Store,
  id: string,
  principal: Principal,
  now = Date.now(),
): Promise<Experiment> {
  return store.transact(async (tx) => {
    const before = await getExperiment(tx, id);
    if (!before) throw notFound(`experiment ${id}`);
    await bumpConfigVersion(tx, [before.category]);
    if (!(await updateExperiment(tx, id, { status: "stopped", endedAt: now }, "running")))
      throw new AppError("conflict", `experiment ${id} is not running (it is ${before.status})`);
    const after = { ...before, status: "stopped" as const, endedAt: now };
    await audit(tx, principal, { entity: "experiment", key: id, action: "stop", before, after }, now);
    return after;
  });
}

export interface Promotion {
  /** The arm to promote; the verdict's winner when left out. */
  arm?: number | undefined;
  /** Keep this share of new leads on the plan being replaced for `days`, then say whether the winner still wins. */
  holdout?: { share: number; days: number } | undefined;
}

/**
 * Makes an arm's plan the category's plan, as a new version, and ends the experiment. With a
 * holdout, a re-test starts at once: the new plan against the one it replaced.
 */
export async function promoteExperiment(
  store: Store,
  id: string,
  promotion: Promotion,
  principal: Principal,
  now = Date.now(),
): Promise<{ experiment: Experiment; planVersion: number; retest: Experiment | null }> {
  const found = await getExperiment(store, id);
  if (!found) throw notFound(`experiment ${id}`);
  if (promotion.arm !== undefined && promotion.arm >= found.arms.length)
    throw invalid([
      { field: "arm", code: "invalid", message: `the experiment has ${found.arms.length} arms` },
    ]);
  const arm = promotion.arm ?? (await experimentReport(store, id)).verdict.winner;
  if (arm === null)
    throw new AppError("conflict", "no arm has won yet: name the arm to promote, or wait for a winner");
  return store.transact(async (tx) => {
    const before = await getExperiment(tx, id);
    if (!before) throw notFound(`experiment ${id}`);
    if (before.status === "promoted") throw new AppError("conflict", `experiment ${id} is promoted already`);
    const previous = (await routingHeadOf(tx, before.category))?.planVersion ?? 0;
    const previousPlan = previous > 0 ? await getPlan(tx, before.category, previous) : undefined;
    if (promotion.holdout) {
      if (isDeepStrictEqual(previousPlan?.tiers, before.arms[arm]!.tiers))
        throw invalid([
          {
            field: "holdout",
            code: "invalid",
            message: "the arm's plan is the live plan: there is nothing to hold out",
          },
        ]);
      const other = await runningExperiment(tx, before.category);
      if (other && other.id !== id)
        throw new AppError("conflict", `category ${before.category} already runs experiment ${other.id}`);
    }
    const plan = await putPlanIn(tx, before.category, before.arms[arm]!.tiers, principal, now);
    let retest: Experiment | null = null;
    if (promotion.holdout && previousPlan) {
      const h = promotion.holdout;
      retest = {
        ...before,
        id: newId("experiment", now),
        status: "running",
        kind: "retest",
        parent: id,
        arms: [
          { name: "promoted", planVersion: plan.version, tiers: plan.tiers, share: 1 - h.share },
          { name: "holdout", planVersion: previousPlan.version, tiers: previousPlan.tiers, share: h.share },
        ],
        startedAt: now,
        endsAt: now + h.days * DAY_MS,
        maxLeads: null,
        leads: 0,
        auto: null,
        promotedArm: null,
        retest: null,
        switchBack: false,
        endedAt: null,
        createdBy: auditActor(principal),
        createdAt: now,
      };
      await insertExperiment(tx, retest);
    }
    const after: Experiment = {
      ...before,
      status: "promoted",
      promotedArm: arm,
      retest: retest?.id ?? null,
      endedAt: before.endedAt ?? now,
    };
    await updateExperiment(tx, id, {
      status: after.status,
      promotedArm: arm,
      retest: after.retest,
      endedAt: after.endedAt,
    });
    await audit(
      tx,
      principal,
      {
        entity: "experiment",
        key: id,
        action: "promote",
        before,
        after: { ...after, planVersion: plan.version },
      },
      now,
    );
    if (retest)
      await audit(
        tx,
        principal,
        { entity: "experiment", key: retest.id, action: "create", after: retest },
        now,
      );
    return { experiment: after, planVersion: plan.version, retest };
  });
}

/**
 * The scheduler's part: ends running experiments whose time or leads ran out, and moves the
 * shares of automatic ones toward the better arm (Thompson sampling, seeded by the experiment and
 * the time, so a run can be repeated). Answers how many experiments it changed.
 */
export async function runDueExperiments(store: Store, now = Date.now()): Promise<number> {
  let changed = 0;
  for (const due of await dueExperiments(store, now)) {
    const ends =
      (due.endsAt !== null && due.endsAt <= now) || (due.maxLeads !== null && due.leads >= due.maxLeads);
    const leads = ends && !due.switchBack ? [] : await experimentLeads(store, due.id);
    await store.transact(async (tx) => {
      await bumpConfigVersion(tx, [due.category]);
      const current = await getExperiment(tx, due.id);
      if (!current || current.status !== "running") return;
      if (ends) {
        await updateExperiment(tx, due.id, { status: "ended", endedAt: now }, "running");
        await auditByScheduler(
          tx,
          due.id,
          "end",
          current,
          { ...current, status: "ended", endedAt: now },
          now,
        );
        if (current.switchBack && reportOf(current, leads).retestOutcome === "no_longer_wins")
          await switchBack(tx, current, now);
      } else if (current.auto) {
        const figures = armFigures(current.arms.length, leads);
        const shares = thompsonShares(
          figures.map((f) => ({
            trials: f.leads,
            successes: current.metric === "win" ? f.won : f.contacted,
          })),
          current.auto,
          seeded(hash32(`${current.id}:${now}`)),
        );
        const arms = current.arms.map((a, i) => ({ ...a, share: shares[i]! }));
        const auto = { ...current.auto, lastAt: now };
        await updateExperiment(tx, due.id, { arms, auto }, "running");
        await auditByScheduler(tx, due.id, "shares", current, { ...current, arms, auto }, now);
      }
      changed++;
    });
  }
  return changed;
}

/**
 * A re-test found the held-back plan (arm 1) better and its manager asked for that: the held-back
 * plan becomes the category's plan again, as a new version, while the plan it beat is still live,
 * and the category's re-test schedule holds back on the plan it replaced from then on.
 */
async function switchBack(tx: Tx, retest: Experiment, now: number): Promise<void> {
  const [promoted, held] = [retest.arms[0]!, retest.arms[1]!];
  if ((await routingHeadOf(tx, retest.category))?.planVersion !== promoted.planVersion) return;
  await putPlanIn(tx, retest.category, held.tiers, SCHEDULER, now);
  await setRetestAgainst(tx, retest.category, promoted.planVersion);
}

async function auditByScheduler(
  tx: Tx,
  key: string,
  action: string,
  before: Experiment,
  after: Experiment,
  now: number,
): Promise<void> {
  await insertAuditEntry(tx, {
    id: newId("audit", now),
    at: now,
    actor: "scheduler",
    entity: "experiment",
    key,
    action,
    before,
    after,
  });
}
