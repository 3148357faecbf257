import { AppError, invalid, notFound } from "../domain/errors.js";
import { systemEvent } from "../domain/events.js";
import type { LeadEvent } from "../domain/lead.js";
import {
  checkOutcome,
  postbackSignature,
  postbackSignatureMatches,
  type OutcomeInput,
} from "../domain/outcome.js";
import { isStaff, type Principal } from "../domain/user.js";
import { listAssignments } from "../store/queries/assignments.js";
import { getLead, insertEvent } from "../store/queries/leads.js";
import { putOutcome, serverSecret } from "../store/queries/outcomes.js";
import { getRecipient } from "../store/queries/recipients.js";
import { getLeadWork, lockLead, putLeadWork } from "../store/queries/work.js";
import type { Store } from "../store/store.js";
import { pauseIfRuleActs } from "./auto-pause.js";
import { actorOf } from "./work.js";

/** Assignments under which a recipient has the lead and can say what became of it. */
export const OUTCOME_HOLDING: readonly string[] = ["accepted", "claimed", "delivered"];

const POSTBACK_SECRET = "postback";

/** Who says what became of a lead: a signed-in caller, or a recipient's postback URL. */
/**
 * The outcome's event, and the lead's source when a bad outcome made its auto-pause rule pause
 * it: the caller's process forgets the intake configuration it keeps, so intake refuses it at once.
 */
export interface RecordedOutcome {
  event: LeadEvent;
  pausedSource?: string;
}

export type Speaker = { principal: Principal } | { postback: string };

/**
 * Records what became of a lead: contacted (its first contact, if none yet), sold (with what the
 * buyer pays, which replaces its price in the reports' sales) or bad (with a reason, counted like
 * a return in the reports, without crediting anything). Staff speak for the holder they name, the
 * only holder, or for nobody's lead; a recipient speaks for its own assignment, and to anyone
 * else the lead does not exist. The outcome goes on the lead's timeline as an `outcome` event.
 */
export async function recordOutcome(
  store: Store,
  leadId: string,
  input: OutcomeInput & { recipient?: string | undefined },
  speaker: Speaker,
  now = Date.now(),
): Promise<RecordedOutcome> {
  const checked = checkOutcome(input);
  if (!checked.ok) throw invalid(checked.errors);
  const { outcome, amountCents, reason } = checked.outcome;
  let pausedSource: string | undefined;
  const event = await store.transact(async (tx) => {
    if (!(await lockLead(tx, leadId))) throw notFound(`lead ${leadId}`);
    const holders = (await listAssignments(tx, leadId))
      .filter((a) => OUTCOME_HOLDING.includes(a.status))
      .map((a) => a.recipient);
    const staff = "principal" in speaker && isStaff(speaker.principal);
    let recipient: string;
    if (staff) {
      if (input.recipient !== undefined && !holders.includes(input.recipient))
        throw new AppError("conflict", `${input.recipient} does not hold lead ${leadId}`);
      if (input.recipient === undefined && new Set(holders).size > 1)
        throw invalid([
          { field: "recipient", code: "required", message: "several recipients hold the lead: name one" },
        ]);
      recipient = input.recipient ?? holders[0] ?? "";
    } else {
      const own = "postback" in speaker ? speaker.postback : speaker.principal.recipient;
      if (own === null || !holders.includes(own)) throw notFound(`lead ${leadId}`);
      if (input.recipient !== undefined && input.recipient !== own)
        throw new AppError("forbidden", "you may speak only for your own leads");
      recipient = own;
    }
    const actor = "postback" in speaker ? `postback:${speaker.postback}` : actorOf(speaker.principal);
    await putOutcome(tx, { leadId, recipient, outcome, amountCents, reason, at: now, actor });
    if (outcome === "contacted" && (await getLeadWork(tx, leadId))?.first_contact_at == null)
      await putLeadWork(tx, leadId, { first_contact_at: now }, now);
    const event: LeadEvent = systemEvent("outcome", leadId, now, actor, {
      outcome,
      ...(amountCents !== null ? { amount: amountCents / 100 } : {}),
      ...(reason !== null ? { reason } : {}),
      ...(recipient !== "" ? { recipient } : {}),
    });
    await insertEvent(tx, event);
    // A bad lead counts as a return: it may be the one too many for the source's rule.
    const source = outcome === "bad" ? (await getLead(tx, leadId))?.source : undefined;
    if (source !== undefined && (await pauseIfRuleActs(tx, source, now))) pausedSource = source;
    return event;
  });
  return pausedSource === undefined ? { event } : { event, pausedSource };
}

/** A recipient's postback URL's path: its key and its signature. */
export async function postbackPath(store: Store, recipient: string, now = Date.now()): Promise<string> {
  if (!(await getRecipient(store, recipient))) throw notFound(`recipient ${recipient}`);
  const secret = await serverSecret(store, POSTBACK_SECRET, now);
  return `/postback/${encodeURIComponent(recipient)}/${postbackSignature(secret, recipient)}`;
}

/** The recipient a postback URL speaks for, if its signature is right; else 403. */
export async function postbackRecipient(
  store: Store,
  recipient: string,
  signature: string,
  now = Date.now(),
): Promise<string> {
  const secret = await serverSecret(store, POSTBACK_SECRET, now);
  if (!postbackSignatureMatches(secret, recipient, signature))
    throw new AppError("forbidden", "this postback URL is not signed by this server");
  return recipient;
}
