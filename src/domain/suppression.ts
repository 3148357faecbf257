import { toE164 } from "./phone.js";
import { isEmailAddress } from "./lead.js";

/** An address or number no email or call may reach, whoever holds the lead. */
export interface Suppression {
  kind: SuppressionKind;
  /** A lower-case email address, or a phone number in E.164. */
  value: string;
  reason: string;
  actor: string;
  createdAt: number;
}

export const SUPPRESSION_KINDS = ["email", "phone"] as const;
export type SuppressionKind = (typeof SUPPRESSION_KINDS)[number];

/** The value as the list keeps it (the same form leads keep theirs in), or why it is not one. */
export function suppressionValue(
  kind: SuppressionKind,
  raw: string,
): { ok: true; value: string } | { ok: false; problem: string } {
  const text = raw.trim();
  if (kind === "email") {
    const email = text.toLowerCase();
    return isEmailAddress(email)
      ? { ok: true, value: email }
      : { ok: false, problem: "not an email address" };
  }
  const phone = toE164(text, "US");
  return phone ? { ok: true, value: phone } : { ok: false, problem: "not a phone number" };
}
