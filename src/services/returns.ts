import { systemEvent } from "../domain/events.js";
import { AppError, invalid, notFound } from "../domain/errors.js";
import type { LeadStatus } from "../domain/lead.js";
import { localTime, recipientTimeZone, zonedToUtc } from "../domain/routing/index.js";
import { isStaff, type Principal } from "../domain/user.js";
import { listAssignments, type Assignment } from "../store/queries/assignments.js";
import { insertEvent } from "../store/queries/leads.js";
import { getRecipient, type Recipient } from "../store/queries/recipients.js";
import {
  countReturnsSince,
  getReturnPolicy,
  insertReturn,
  lockReturnsOf,
  moveAssignment,
  putReturnPolicy,
  type ReturnPolicy,
} from "../store/queries/returns.js";
import { releaseAssignment } from "../store/queries/routing-state.js";
import { updateLeadRow } from "../store/queries/work.js";
import type { Store } from "../store/store.js";
import { audit, BOOTSTRAP } from "./audit.js";
import { pauseIfRuleActs } from "./auto-pause.js";
import { refusersOf, routerFor } from "./routing.js";
import { ACTIVE_STATUSES, leadToWork, stageConfigOf } from "./work.js";

const DAY_MS = 86_400_000;

/** A recipient's return policy (the default when it set none); not found when there is no such recipient. */
export async function returnPolicyOf(store: Store, key: string): Promise<ReturnPolicy> {
  if (!(await getRecipient(store, key))) throw notFound(`recipient ${key}`);
  return getReturnPolicy(store, key);
}

export async function setReturnPolicy(
  store: Store,
  recipient: string,
  policy: ReturnPolicy,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<ReturnPolicy> {
  if (policy.reasons?.some((r) => !r.trim()))
    throw invalid([{ field: "reasons", code: "invalid", message: "a reason must not be blank" }]);
  return store.transact(async (tx) => {
    if (!(await getRecipient(tx, recipient))) throw notFound(`recipient ${recipient}`);
    const before = await getReturnPolicy(tx, recipient);
    await putReturnPolicy(tx, recipient, policy, now);
    await audit(
      tx,
      by,
      { entity: "return_policy", key: recipient, action: "put", before, after: policy },
      now,
    );
    return policy;
  });
}

/** When the calendar month `now` falls in began, in the recipient's time zone: its return cap's period. */
export function monthStartOf(recipient: Recipient, now: number): number {
  const tz = recipientTimeZone(recipient);
  const t = localTime(tz, now);
  return zonedToUtc(tz, t.year, t.month, 1);
}

export interface ReturnResult {
  returned: Assignment;
  status: LeadStatus;
  /** What routing the lead again made: empty when it was not routed again or found nobody. */
  assignments: Assignment[];
  /**
   * The lead's source, when this return made its auto-pause rule pause it: the caller's process
   * forgets the intake configuration it keeps, so intake refuses the source at once.
   */
  pausedSource?: string;
}

/**
 * A buyer or partner gives a lead back, within its return window and under its monthly cap.
 * Its assignment becomes `returned` and gives back what it consumed (its cap windows, its price
 * from the budget, the open lead) while counting against the return cap; when nobody else holds
 * the lead, it is routed again from the plan's first tier (if its category says so), else it is
 * closed. A return is a refusal: the recipient is not asked about the lead again, nor is anyone
 * else who refused it; one whose offer of it merely ran out may be.
 */
export async function returnLead(
  store: Store,
  leadId: string,
  input: { reason: string; recipient?: string | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<ReturnResult> {
  const reason = input.reason.trim();
  if (!reason) throw invalid([{ field: "reason", code: "required", message: "reason must not be blank" }]);
  let paused: string | undefined;
  const result = await store.transact(async (tx): Promise<ReturnResult> => {
    const { lead, active, actor } = await leadToWork(tx, leadId, principal);
    const target = pickAssignment(active, principal, input.recipient, lead.id);
    const recipient = await getRecipient(tx, target.recipient);
    if (!recipient || recipient.kind === "agent")
      throw new AppError(
        "conflict",
        `${target.recipient} is an agent: only buyers and partners return leads; move the lead to a lost stage instead`,
      );
    const config = await stageConfigOf(tx, lead.category);
    if (config.stages.find((s) => s.key === lead.stage)?.terminal)
      throw new AppError("conflict", `the lead is closed (stage ${lead.stage}) and cannot be returned`);

    await lockReturnsOf(tx, recipient.key);
    const policy = await getReturnPolicy(tx, recipient.key);
    if (policy.reasons && !policy.reasons.includes(reason))
      throw invalid([
        { field: "reason", code: "invalid", message: `reason must be one of: ${policy.reasons.join("; ")}` },
      ]);
    const closesAt = target.createdAt + policy.windowDays * DAY_MS;
    if (now > closesAt)
      throw new AppError(
        "conflict",
        `the ${policy.windowDays}-day return window for this lead closed at ${new Date(closesAt).toISOString()}`,
      );
    if (policy.monthlyCap !== null) {
      const used = await countReturnsSince(tx, recipient.key, monthStartOf(recipient, now));
      if (used >= policy.monthlyCap)
        throw new AppError(
          "conflict",
          `${recipient.key} has used all ${policy.monthlyCap} of its returns this month`,
        );
    }
    if (!(await moveAssignment(tx, target.id, ACTIVE_STATUSES, "returned", now)))
      throw new AppError("conflict", `assignment ${target.id} is no longer active`);
    await insertReturn(tx, {
      assignment: target.id,
      lead_id: lead.id,
      recipient: recipient.key,
      reason,
      at: now,
      actor,
    });
    // The lead was not worth its price: its caps, budget and open lead are the recipient's again.
    await releaseAssignment(tx, target);
    await insertEvent(
      tx,
      systemEvent("returned", lead.id, now, actor, {
        assignment: target.id,
        recipient: recipient.key,
        reason,
      }),
    );
    // One return too many pauses the source, in the return's own transaction.
    if (await pauseIfRuleActs(tx, lead.source, now)) paused = lead.source;
    const returned = { ...target, status: "returned" };

    if (active.length > 1) return { returned, status: lead.status, assignments: [] };
    if (!config.rerouteReturns) {
      await updateLeadRow(tx, lead.id, { status: "closed", retry_at: null, updated_at: now });
      return { returned, status: "closed", assignments: [] };
    }
    // Back to the start of the pipeline: whoever takes it next begins again.
    await updateLeadRow(tx, lead.id, { stage: "new", updated_at: now });
    const exclude = refusersOf(await listAssignments(tx, lead.id));
    const { status, assignments } = await routerFor(store).reroute(tx, { ...lead, stage: "new" }, now, {
      exclude,
    });
    return { returned, status, assignments };
  });
  return paused === undefined ? result : { ...result, pausedSource: paused };
}

/** The assignment a return is about: the caller's own, or for staff the one named or the only one. */
function pickAssignment(
  active: readonly Assignment[],
  principal: Principal,
  named: string | undefined,
  leadId: string,
): Assignment {
  const key = isStaff(principal) ? named : principal.recipient;
  if (!isStaff(principal) && named !== undefined && named !== principal.recipient)
    throw new AppError("forbidden", "you may return only your own leads");
  if (key !== undefined) {
    const found = active.find((a) => a.recipient === key);
    if (!found) throw new AppError("conflict", `${key} does not hold lead ${leadId}`);
    return found;
  }
  if (active.length === 0) throw new AppError("conflict", `nobody holds lead ${leadId}`);
  if (active.length > 1)
    throw invalid([
      { field: "recipient", code: "required", message: "several recipients hold the lead: name one" },
    ]);
  return active[0]!;
}
