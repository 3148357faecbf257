import type { Assignment } from "../store/queries/assignments.js";

const money = (cents: number | null) => (cents === null ? null : cents / 100);

/** An assignment as the API shows it, with its decision trace. */
export function assignmentView(a: Assignment, options: { trace?: boolean } = {}) {
  return {
    id: a.id,
    leadId: a.leadId,
    recipient: a.recipient,
    status: a.status,
    planVersion: a.planVersion,
    tier: a.tier,
    method: a.method,
    mode: a.mode,
    price: money(a.priceCents),
    cost: money(a.costCents),
    margin: money(a.marginCents),
    expiresAt: a.expiresAt === null ? null : new Date(a.expiresAt).toISOString(),
    createdAt: new Date(a.createdAt).toISOString(),
    ...(options.trace !== false ? { trace: a.trace ? (JSON.parse(a.trace) as unknown) : null } : {}),
  };
}

/**
 * An assignment as its own recipient sees it: its status, mode and price, without the decision
 * trace (every candidate and its price) and without what the lead cost or the margin on it.
 */
export function recipientAssignmentView(a: Assignment) {
  const { cost: _cost, margin: _margin, ...view } = assignmentView(a, { trace: false });
  return view;
}
