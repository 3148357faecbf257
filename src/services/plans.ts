import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import { CONTACT_FIELDS } from "../domain/routing/auction.js";
import type { Tier } from "../domain/routing/types.js";
import { simulate, type SimulationResult } from "../domain/simulate.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import { listLeads } from "../store/queries/leads.js";
import {
  getPlan,
  insertPlan,
  latestPlanVersion,
  listPlans,
  type StoredPlan,
} from "../store/queries/plans.js";
import { getRecipient, listRecipients } from "../store/queries/recipients.js";
import { bumpConfigVersion, retryUnassignedNow, routingHeadOf } from "../store/queries/routing-state.js";
import type { Store, Tx } from "../store/store.js";
import { audit, auditActor } from "./audit.js";
import { routableLead } from "./routing.js";

const SIMULATION_LIMIT = 100_000;

/** Checks what a schema cannot: which settings make sense for which method and mode. */
export function checkTiers(tiers: Tier[]): void {
  const errors: ErrorDetail[] = [];
  const fail = (i: number, field: string, message: string) =>
    errors.push({ field: `tiers.${i}.${field}`, code: "invalid", message });
  tiers.forEach((t, i) => {
    if (t.method === "broadcast" && t.mode !== "direct")
      fail(i, "mode", "a broadcast tier delivers directly (mode direct)");
    if (t.maxRecipients !== undefined && t.method !== "broadcast")
      fail(i, "maxRecipients", "only a broadcast tier shares a lead");
    if (t.catchUpLimit !== undefined && t.method !== "least_loaded")
      fail(i, "catchUpLimit", "only a least_loaded tier limits catching up");
    if (t.poolSeconds !== undefined && t.mode !== "pull")
      fail(i, "poolSeconds", "only a pull tier has pool time");
    if ((t.slaSeconds !== undefined || t.attempts !== undefined) && t.mode !== "push")
      fail(
        i,
        t.slaSeconds !== undefined ? "slaSeconds" : "attempts",
        "only a push tier has an SLA and attempts",
      );
    if (t.pingPost) checkPingPost(t, (field, message) => fail(i, `pingPost${field}`, message));
  });
  if (errors.length > 0) throw invalid(errors);
}

/** Ping-post asks for bids, then assigns the best margin directly; a ping carries no contact data. */
function checkPingPost(t: Tier, fail: (field: string, message: string) => void): void {
  if (t.method !== "best_margin" || t.mode !== "direct")
    fail("", "only a best_margin tier of mode direct pings its buyers for bids");
  t.pingPost?.fields.forEach((f, j) => {
    if (CONTACT_FIELDS.includes(f))
      fail(`.fields.${j}`, `a ping is anonymous: ${f} is contact data, sent with the post only`);
  });
}

/** A tier that selects recipients by key names only recipients that exist. */
export async function checkSelectedKeys(tx: Tx, tiers: Tier[], field = "tiers"): Promise<void> {
  const errors: ErrorDetail[] = [];
  for (const [i, t] of tiers.entries())
    for (const [j, key] of (t.select.keys ?? []).entries())
      if (!(await getRecipient(tx, key)))
        errors.push({
          field: `${field}.${i}.select.keys.${j}`,
          code: "not_found",
          message: `recipient ${key} does not exist`,
        });
  if (errors.length > 0) throw invalid(errors);
}

/** Puts a new version of a category's plan live; leads routed from now on record it. */
export async function putPlan(
  store: Store,
  category: string,
  tiers: Tier[],
  principal: Principal,
  now = Date.now(),
): Promise<StoredPlan> {
  checkTiers(tiers);
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, category))) throw notFound(`category ${category}`);
    return putPlanIn(tx, category, tiers, principal, now);
  });
}

/**
 * `putPlan` in the caller's transaction, for a category that exists, with tiers `checkTiers`
 * passed (promoting an experiment's winner is one).
 */
export async function putPlanIn(
  tx: Tx,
  category: string,
  tiers: Tier[],
  principal: Principal,
  now: number,
): Promise<StoredPlan> {
  // Taken first: two changes of one plan at once would otherwise both read the same latest
  // version, and one would fail on the other's. The configuration lock orders them.
  await bumpConfigVersion(tx, [category]);
  await checkSelectedKeys(tx, tiers);
  const latest = await latestPlanVersion(tx, category);
  // The plan leads were routed by (a later version may be an experiment's draft).
  const live = (await routingHeadOf(tx, category))?.planVersion;
  const previous = live === undefined ? undefined : await getPlan(tx, category, live);
  const plan: StoredPlan = {
    category,
    version: latest + 1,
    tiers,
    createdAt: now,
    createdBy: auditActor(principal),
  };
  await insertPlan(tx, plan);
  await audit(
    tx,
    principal,
    {
      entity: "plan",
      key: category,
      action: "put",
      before: previous && { version: previous.version, tiers: previous.tiers },
      after: { version: plan.version, tiers: plan.tiers },
    },
    now,
  );
  await bumpConfigVersion(tx, [category], plan.version);
  await retryUnassignedNow(tx, [category], now);
  return plan;
}

export async function currentPlan(store: Store, category: string): Promise<StoredPlan> {
  const live = await liveVersion(store, category);
  const plan = live !== undefined ? await getPlan(store, category, live) : undefined;
  if (!plan) throw notFound(`plan of category ${category}`);
  return plan;
}

async function liveVersion(store: Store, category: string): Promise<number | undefined> {
  return (await routingHeadOf(store, category))?.planVersion;
}

/** Every version of the category's plan, newest first, with the one leads are routed by now. */
export async function planVersions(
  store: Store,
  category: string,
): Promise<{ plans: StoredPlan[]; live: number | undefined }> {
  if (!(await getCategory(store, category))) throw notFound(`category ${category}`);
  return { plans: await listPlans(store, category), live: await liveVersion(store, category) };
}

/** One version of the category's plan, live or not. */
export async function planVersion(store: Store, category: string, version: number): Promise<StoredPlan> {
  const plan = await getPlan(store, category, version);
  if (!plan) throw notFound(`version ${version} of the plan of category ${category}`);
  return plan;
}

/** Replays stored leads of a time range through a draft plan; changes nothing. */
export async function simulatePlan(
  store: Store,
  category: string,
  tiers: Tier[],
  range: { from?: number | undefined; to?: number | undefined },
): Promise<SimulationResult & { truncated: boolean }> {
  checkTiers(tiers);
  if (!(await getCategory(store, category))) throw notFound(`category ${category}`);
  const leads = await listLeads(store, { category, from: range.from, to: range.to }, SIMULATION_LIMIT + 1);
  if (leads.length === 0 && range.from !== undefined && range.to !== undefined && range.from >= range.to)
    throw new AppError("validation_failed", "from must be before to");
  const recipients = await listRecipients(store, category);
  const replayed = leads.slice(0, SIMULATION_LIMIT).map(routableLead);
  return {
    ...simulate(replayed, { version: 0, tiers }, recipients),
    truncated: leads.length > SIMULATION_LIMIT,
  };
}
