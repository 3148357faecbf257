import { isDeepStrictEqual } from "node:util";
import { notFound, invalid } from "../domain/errors.js";
import type { Experiment } from "../domain/experiments/experiment.js";
import {
  DAY_MS,
  nextRetestAt,
  retestArms,
  type RetestSchedule,
} from "../domain/experiments/retest-schedule.js";
import { newId } from "../domain/ids.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { insertExperiment, listExperiments, runningExperiment } from "../store/queries/experiments.js";
import { getPlan } from "../store/queries/plans.js";
import {
  deleteRetestSchedule,
  dueRetestSchedules,
  getRetestSchedule,
  moveRetestSchedule,
  putRetestSchedule,
} from "../store/queries/retest-schedules.js";
import { bumpConfigVersion, routingHeadOf } from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { audit, auditActor } from "./audit.js";
import { DEFAULT_ALPHA, experimentReport, SCHEDULER, type ExperimentReport } from "./experiments.js";

/** How long a due re-test waits when the category runs another experiment, before it looks again. */
const BLOCKED_RETRY_MS = 3_600_000;
/** How many of a category's past re-tests its schedule shows. */
const HISTORY = 20;

export interface RetestScheduleInput {
  everyDays: number;
  share: number;
  days: number;
  /** The plan version to hold back on; by default the one the schedule holds back on already. */
  against?: number | undefined;
  switchBack?: boolean | undefined;
  /** When the next re-test starts; by default the one due already, or `everyDays` from now. */
  firstAt?: number | undefined;
}

/** Sets a category's re-test schedule (replacing the one it had). */
export async function setRetestSchedule(
  store: Store,
  category: string,
  input: RetestScheduleInput,
  principal: Principal,
  now = Date.now(),
): Promise<RetestSchedule> {
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, category))) throw notFound(`category ${category}`);
    const before = await getRetestSchedule(tx, category);
    const against = input.against ?? before?.against;
    if (against === undefined)
      throw invalid([
        { field: "against", code: "required", message: "name the plan version to hold back on" },
      ]);
    if (!(await getPlan(tx, category, against)))
      throw invalid([
        { field: "against", code: "invalid", message: `the ${category} plan has no version ${against}` },
      ]);
    if (input.firstAt !== undefined && input.firstAt < now)
      throw invalid([{ field: "firstAt", code: "invalid", message: "firstAt is not in the past" }]);
    const schedule: RetestSchedule = {
      category,
      everyDays: input.everyDays,
      share: input.share,
      days: input.days,
      against,
      switchBack: input.switchBack ?? before?.switchBack ?? false,
      nextAt: input.firstAt ?? before?.nextAt ?? now + input.everyDays * DAY_MS,
      createdBy: auditActor(principal),
      updatedAt: now,
    };
    await putRetestSchedule(tx, schedule);
    await audit(
      tx,
      principal,
      { entity: "category", key: category, action: "put_retest_schedule", before, after: schedule },
      now,
    );
    return schedule;
  });
}

/** Removes a category's re-test schedule; a re-test already running runs on. */
export async function clearRetestSchedule(
  store: Store,
  category: string,
  principal: Principal,
  now = Date.now(),
): Promise<void> {
  await store.transact(async (tx) => {
    const before = await getRetestSchedule(tx, category);
    if (!before || !(await deleteRetestSchedule(tx, category)))
      throw notFound(`re-test schedule of category ${category}`);
    await audit(
      tx,
      principal,
      { entity: "category", key: category, action: "clear_retest_schedule", before },
      now,
    );
  });
}

export interface RetestScheduleReport {
  schedule: RetestSchedule | null;
  /** The category's re-tests, newest first, each with its outcome. */
  history: ExperimentReport[];
}

/** A category's re-test schedule and its past re-tests with their outcomes. */
export async function retestScheduleOf(store: Store, category: string): Promise<RetestScheduleReport> {
  if (!(await getCategory(store, category))) throw notFound(`category ${category}`);
  const schedule = (await getRetestSchedule(store, category)) ?? null;
  const retests = (await listExperiments(store, { category })).filter((e) => e.kind === "retest");
  const history: ExperimentReport[] = [];
  for (const e of retests.slice(0, HISTORY)) history.push(await experimentReport(store, e.id));
  return { schedule, history };
}

/**
 * The scheduler's part: starts each due re-test, the live plan against the schedule's held-back
 * plan, and moves its schedule on to the next. Answers the re-tests started. Safe across
 * processes: a re-test starts in the transaction that moves its schedule's due time on, and only
 * while the schedule is still due at the time read (a compare-and-set), so of two processes one
 * starts it. A category that runs another experiment waits an hour and looks again; one whose
 * live plan is the held-back plan skips that round.
 */
export async function startDueRetests(store: Store, now: number): Promise<Experiment[]> {
  const started: Experiment[] = [];
  for (const due of await dueRetestSchedules(store, now)) {
    const retest = await store.transact((tx) => startRetest(tx, due, now));
    if (retest) started.push(retest);
  }
  return started;
}

async function startRetest(tx: Tx, due: RetestSchedule, now: number): Promise<Experiment | null> {
  // The configuration lock orders this with experiments started by hand and with plan changes.
  await bumpConfigVersion(tx, [due.category]);
  const running = await runningExperiment(tx, due.category);
  if (running) {
    await moveRetestSchedule(tx, due.category, due.nextAt, now + BLOCKED_RETRY_MS);
    return null;
  }
  const live = (await routingHeadOf(tx, due.category))?.planVersion ?? 0;
  const livePlan = live > 0 ? await getPlan(tx, due.category, live) : undefined;
  const held = await getPlan(tx, due.category, due.against);
  const next = nextRetestAt(due, now);
  if (!(await moveRetestSchedule(tx, due.category, due.nextAt, next))) return null;
  if (!livePlan || !held || isDeepStrictEqual(livePlan.tiers, held.tiers)) return null;
  const retest: Experiment = {
    id: newId("experiment", now),
    category: due.category,
    status: "running",
    kind: "retest",
    parent: null,
    metric: "win",
    alpha: DEFAULT_ALPHA,
    arms: retestArms(livePlan, held, due.share),
    startedAt: now,
    endsAt: now + due.days * DAY_MS,
    maxLeads: null,
    leads: 0,
    auto: null,
    promotedArm: null,
    retest: null,
    switchBack: due.switchBack,
    endedAt: null,
    createdBy: auditActor(SCHEDULER),
    createdAt: now,
  };
  await insertExperiment(tx, retest);
  await audit(tx, SCHEDULER, { entity: "experiment", key: retest.id, action: "create", after: retest }, now);
  return retest;
}
