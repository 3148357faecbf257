import { createHmac, timingSafeEqual } from "node:crypto";
import type { ErrorDetail } from "./errors.js";

/** What a lead's holder says became of it. */
export const OUTCOMES = ["contacted", "sold", "bad"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeInput {
  outcome: Outcome;
  /** What the buyer pays for the lead (sold only), in dollars. */
  amount?: number | undefined;
  reason?: string | undefined;
}

export interface CheckedOutcome {
  outcome: Outcome;
  amountCents: number | null;
  reason: string | null;
}

/** Most a sold lead may be said to be worth: beyond it the amount is a typo, not a sale. */
export const MAX_AMOUNT = 10_000_000;

/**
 * An outcome as it is recorded: a sold lead's amount in cents (optional: without one the price
 * stands), a bad lead's reason (required), nothing else for a contact.
 */
export function checkOutcome(
  input: OutcomeInput,
): { ok: true; outcome: CheckedOutcome } | { ok: false; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const reason = input.reason?.trim() ?? "";
  if (!(OUTCOMES as readonly string[]).includes(input.outcome))
    errors.push({
      field: "outcome",
      code: "invalid",
      message: `outcome must be one of ${OUTCOMES.join(", ")}`,
    });
  if (input.amount !== undefined) {
    if (input.outcome !== "sold")
      errors.push({ field: "amount", code: "invalid", message: "amount goes with a sold outcome only" });
    else if (!Number.isFinite(input.amount) || input.amount < 0 || input.amount > MAX_AMOUNT)
      errors.push({
        field: "amount",
        code: "invalid",
        message: `amount must be a number from 0 to ${MAX_AMOUNT}`,
      });
    else if (Math.abs(Math.round(input.amount * 100) - input.amount * 100) > 1e-6)
      errors.push({ field: "amount", code: "invalid", message: "amount has at most two decimals" });
  }
  if (input.outcome === "bad" && reason === "")
    errors.push({ field: "reason", code: "required", message: "a bad lead needs a reason" });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    outcome: {
      outcome: input.outcome,
      amountCents: input.amount === undefined ? null : Math.round(input.amount * 100),
      reason: reason === "" ? null : reason,
    },
  };
}

/**
 * The signature of a recipient's postback URL: an HMAC of its key under the server's secret. It
 * names the recipient and nothing else, so it cannot be turned into another recipient's.
 */
export function postbackSignature(secret: string, recipient: string): string {
  return createHmac("sha256", secret).update(`postback:${recipient}`).digest("base64url");
}

/** Whether `signature` is `recipient`'s, compared in constant time. */
export function postbackSignatureMatches(secret: string, recipient: string, signature: string): boolean {
  const expected = Buffer.from(postbackSignature(secret, recipient));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
