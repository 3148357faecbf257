import { AppError } from "../domain/errors.js";
import type { Principal } from "../domain/user.js";
import { getRecipient } from "../store/queries/recipients.js";
import { returnsOfRecipient } from "../store/queries/recipient-returns.js";
import { countReturnsSince, getReturnPolicy, type ReturnPolicy } from "../store/queries/returns.js";
import type { Store } from "../store/store.js";
import { monthStartOf } from "./returns.js";

export interface MyReturn {
  leadId: string;
  assignment: string;
  /** The lead's name as its holder knew it. */
  name: string;
  at: number;
  reason: string;
  /** A return is taken at once: `credited` when it gave a price back, `accepted` when there was none. */
  status: "credited" | "accepted";
  creditedCents: number;
}

export interface MyReturns {
  recipient: string;
  /** Agents mark leads lost instead of returning them. */
  canReturn: boolean;
  policy: ReturnPolicy;
  month: { start: number; used: number; left: number | null };
  items: MyReturn[];
}

/** The caller's recipient's return policy, what is left of this month's cap, and its returns. */
export async function myReturns(
  store: Store,
  principal: Principal,
  limit: number,
  now = Date.now(),
): Promise<MyReturns> {
  const recipient = principal.recipient ? await getRecipient(store, principal.recipient) : undefined;
  if (!recipient) throw new AppError("forbidden", "this user acts for no recipient");
  const policy = await getReturnPolicy(store, recipient.key);
  const start = monthStartOf(recipient, now);
  const used = await countReturnsSince(store, recipient.key, start);
  const rows = await returnsOfRecipient(store, recipient.key, limit);
  return {
    recipient: recipient.key,
    canReturn: recipient.kind !== "agent",
    policy,
    month: { start, used, left: policy.monthlyCap === null ? null : Math.max(0, policy.monthlyCap - used) },
    items: rows.map((r) => ({
      leadId: r.lead_id,
      assignment: r.assignment,
      name: [r.first_name, r.last_name].filter(Boolean).join(" ") || r.lead_id,
      at: r.at,
      reason: r.reason,
      status: r.price_cents ? "credited" : "accepted",
      creditedCents: Number(r.price_cents ?? 0),
    })),
  };
}
