import { systemEvent } from "../domain/events.js";
import { AppError, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import { recipientTimeZone, windowKeys } from "../domain/routing/index.js";
import { priceFor } from "../domain/routing/price.js";
import type { Principal } from "../domain/user.js";
import {
  insertAssignment,
  listAssignments,
  setAssignmentStatus,
  type Assignment,
} from "../store/queries/assignments.js";
import { assignLeadByHand, getLead, insertEvent } from "../store/queries/leads.js";
import { removePostingsOfLeads } from "../store/queries/pool.js";
import { getRecipient } from "../store/queries/recipients.js";
import { addToOpenLeads, consume, lockRoutingHeadsOf } from "../store/queries/routing-state.js";
import type { Store } from "../store/store.js";
import { audit } from "./audit.js";
import { enqueueDelivery } from "./delivery/outbox.js";
import { routableLead } from "./routing.js";

const ACTIVE = new Set(["offered", "accepted", "claimed", "delivered"]);

/**
 * A manager's override: the lead goes to this recipient whatever the plan says. Active
 * assignments of the lead are closed as `reassigned`; the new one counts against the
 * recipient's caps like any other, and the trace says who decided and why.
 */
export async function assignManually(
  store: Store,
  leadId: string,
  input: { recipient: string; reason?: string | undefined },
  principal: Principal,
  now = Date.now(),
): Promise<Assignment> {
  return store.transact(async (tx) => {
    const lead = await getLead(tx, leadId);
    if (!lead) throw notFound(`lead ${leadId}`);
    const recipient = await getRecipient(tx, input.recipient);
    if (!recipient) throw notFound(`recipient ${input.recipient}`);
    if (!recipient.categories.includes(lead.category))
      throw new AppError("conflict", `recipient ${recipient.key} does not take category ${lead.category}`);
    const actor = principal.userId ? `user:${principal.userId}` : "admin";
    const holders: string[] = [];
    const assignments = await listAssignments(tx, leadId);
    // Every routing head the counters below move, in one order, before any counter.
    await lockRoutingHeadsOf(tx, [
      recipient.key,
      ...assignments.filter((a) => ACTIVE.has(a.status)).map((a) => a.recipient),
    ]);
    for (const a of assignments) {
      if (!ACTIVE.has(a.status)) continue;
      holders.push(a.recipient);
      if (a.recipient === recipient.key)
        throw new AppError("conflict", `the lead is already with ${recipient.key}`);
      await setAssignmentStatus(tx, a.id, "reassigned", now);
      await addToOpenLeads(tx, [{ recipient: a.recipient, delta: -1 }]);
    }
    const priceCents = priceFor(recipient.price, routableLead(lead));
    const windows = windowKeys(recipientTimeZone(recipient), now);
    const assignment: Assignment = {
      id: newId("assignment", now),
      leadId,
      recipient: recipient.key,
      status: "accepted",
      category: lead.category,
      planVersion: null,
      tier: null,
      method: "manual",
      mode: "direct",
      priceCents,
      costCents: lead.costCents,
      marginCents: priceCents - lead.costCents,
      trace: JSON.stringify({ at: now, manual: true, by: actor, reason: input.reason ?? null }),
      expiresAt: null,
      actor,
      createdAt: now,
      // Kept so a return or a declined delivery gives back exactly the windows it counted in.
      windows: JSON.stringify(windows),
    };
    await insertAssignment(tx, assignment);
    await enqueueDelivery(tx, assignment, recipient, now);
    await consume(tx, [
      {
        recipient: recipient.key,
        windows,
        assignments: 1,
        spentCents: priceCents,
        openLeads: 1,
      },
    ]);
    await assignLeadByHand(tx, leadId, now);
    // A pooled lead given by hand leaves every pool it was posted to.
    await removePostingsOfLeads(tx, [leadId]);
    await insertEvent(
      tx,
      systemEvent("assigned", leadId, now, actor, {
        assignment: assignment.id,
        recipient: recipient.key,
        manual: true,
        reason: input.reason ?? null,
      }),
    );
    await audit(
      tx,
      principal,
      {
        entity: "lead",
        key: leadId,
        action: "assign",
        before: { recipients: holders },
        after: { recipients: [recipient.key], assignment: assignment.id, reason: input.reason ?? null },
      },
      now,
    );
    return assignment;
  });
}
