import { AppError } from "../domain/errors.js";
import { performanceOf, type Performance } from "../domain/performance.js";
import type { Principal } from "../domain/user.js";
import { assignmentsToRecipient } from "../store/queries/performance.js";
import type { Store } from "../store/store.js";

export interface PerformanceComparison {
  recipient: string;
  current: Performance & { from: number; to: number };
  /** The period of the same length just before. */
  previous: Performance & { from: number; to: number };
}

/** The caller's recipient's figures over [from, to), beside those of the period just before. */
export async function myPerformance(
  store: Store,
  principal: Principal,
  from: number,
  to: number,
): Promise<PerformanceComparison> {
  const recipient = principal.recipient;
  if (!recipient) throw new AppError("forbidden", "this user acts for no recipient");
  const period = async (start: number, end: number) => {
    const rows = await assignmentsToRecipient(store, recipient, start, end);
    const figures = performanceOf(
      rows.map((r) => ({
        leadId: r.lead_id,
        status: r.status,
        createdAt: r.created_at,
        firstContactAt: r.first_contact_at,
        outcome: r.outcome,
      })),
    );
    return { ...figures, from: start, to: end };
  };
  return { recipient, current: await period(from, to), previous: await period(from - (to - from), from) };
}
