import { Type, type Static } from "typebox";
import type { Assignment } from "../domain/assignment.js";
import { Json, Nullable } from "./primitives.js";

const money = (cents: number | null) => (cents === null ? null : cents / 100);

const Money = Nullable(Type.Number());

/** An assignment as its own recipient sees it. */
export const RecipientAssignmentView = Type.Object({
  id: Type.String(),
  leadId: Type.String(),
  recipient: Type.String(),
  status: Type.String(),
  planVersion: Nullable(Type.Integer()),
  tier: Nullable(Type.Integer()),
  method: Nullable(Type.String()),
  mode: Nullable(Type.String()),
  price: Money,
  expiresAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

/** An assignment as staff see it: what the lead cost, the margin and (mostly) the decision trace; its recipient sees none of them. */
export const AssignmentView = Type.Object({
  ...RecipientAssignmentView.properties,
  cost: Type.Optional(Money),
  margin: Type.Optional(Money),
  trace: Type.Optional(Json),
});

/** An assignment as the API shows it, with its decision trace. */
export function assignmentView(
  a: Assignment,
  options: { trace?: boolean } = {},
): Static<typeof AssignmentView> {
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
export function recipientAssignmentView(a: Assignment): Static<typeof RecipientAssignmentView> {
  const { cost: _cost, margin: _margin, ...view } = assignmentView(a, { trace: false });
  return view;
}
