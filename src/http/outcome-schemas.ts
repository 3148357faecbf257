import { Type } from "typebox";
import { MAX_AMOUNT, type OUTCOMES } from "../domain/outcome.js";
import type { LeadEvent } from "../domain/lead.js";

export const OutcomeKind = Type.Union(
  [Type.Literal("contacted"), Type.Literal("sold"), Type.Literal("bad")],
  { description: "contacted; sold (amount: what the buyer pays for the lead); bad (reason required)" },
);

export const OutcomeFields = {
  outcome: OutcomeKind,
  amount: Type.Optional(
    Type.Number({ minimum: 0, maximum: MAX_AMOUNT, description: "sold only, in dollars" }),
  ),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
};

/** What recording an outcome answers: the event it put on the lead's timeline. */
export const RecordedOutcome = Type.Object({
  eventId: Type.String(),
  leadId: Type.String(),
  outcome: OutcomeKind,
  amount: Type.Union([Type.Number(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  recipient: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
});

export function recordedOutcome(event: LeadEvent) {
  const d = event.data;
  return {
    eventId: event.id,
    leadId: event.leadId,
    outcome: d["outcome"] as (typeof OUTCOMES)[number],
    amount: typeof d["amount"] === "number" ? d["amount"] : null,
    reason: typeof d["reason"] === "string" ? d["reason"] : null,
    recipient: typeof d["recipient"] === "string" ? d["recipient"] : null,
    at: new Date(event.at).toISOString(),
  };
}
