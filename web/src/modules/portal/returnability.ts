const DAY_MS = 86_400_000;

export type Returnability = { ok: true; until: number } | { ok: false; why: string };

/**
 * Whether a lead held since `heldSince` may be returned now under the recipient's policy, and
 * if not, why, in words a buyer reads. The server decides; this only spares a refused click.
 */
export function returnability(input: {
  heldSince: number;
  windowDays: number;
  /** Returns left this month; null: no monthly cap. */
  left: number | null;
  now: number;
}): Returnability {
  const until = input.heldSince + input.windowDays * DAY_MS;
  if (input.now > until)
    return {
      ok: false,
      why: `The ${input.windowDays}-day return window closed on ${shortDate(until)}.`,
    };
  if (input.left !== null && input.left <= 0)
    return { ok: false, why: "This month's returns are all used. Returns open again next month." };
  return { ok: true, until };
}

/** Reasons offered when the policy allows any: the common ones, then a reason of one's own. */
export const COMMON_REASONS = [
  "Wrong number or email",
  "Duplicate",
  "Did not ask to be contacted",
  "Outside our area",
] as const;
export const OTHER_REASON = "Other";

const shortDate = (at: number) => new Date(at).toLocaleDateString("en-US", { dateStyle: "medium" });
