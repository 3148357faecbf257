import { localDate, withinCallingHours, type Cadence, type CallSettings } from "./cadence.js";

/** A lead the caller holds, with what deciding its place in the call list needs. */
export interface CallCandidate {
  leadId: string;
  name: string;
  phone: string | null;
  priority: string;
  /** Where the lead's band stands among its category's bands: 0 for the highest, then down. */
  bandRank: number;
  score: number;
  createdAt: number;
  /** The lead's stage ends its work (won, lost, …): nobody calls it. */
  closed: boolean;
  cadence: Cadence;
  /** The soonest open task on the lead that is due now, if any: a callback. */
  callbackDue: { at: number; title: string } | null;
  suppressed: boolean;
  /** Where the lead is, for its calling hours; null when its state and zip say nothing. */
  timezone: string | null;
  settings: CallSettings;
}

export type CallReason = "callback" | "new" | "retry" | "never_reached";

export interface CallListEntry {
  leadId: string;
  name: string;
  phone: string;
  reason: CallReason;
  /** Why this lead is here, in words. */
  why: string;
  attempts: number;
  priority: string;
  score: number;
}

export type HeldBackReason = "no_phone" | "suppressed" | "outside_hours" | "tries_today_used" | "not_due";

export interface HeldBack {
  leadId: string;
  reason: HeldBackReason;
  /** When the lead comes back to the list, where that is known. */
  until: number | null;
}

const ORDER: Record<CallReason, number> = { callback: 0, new: 1, retry: 2, never_reached: 3 };

/**
 * Who to call next, in order: callbacks due, then new leads (highest band of their category first,
 * then by score, oldest first), then retries that are due, then leads every try has missed. A lead is left out while it
 * has no phone, its number is suppressed, it is outside its local calling hours, or it has had
 * its tries for the day; those are answered apart, with why, so a rep can trust the list.
 */
export function callList(
  candidates: readonly CallCandidate[],
  now: number,
): { items: CallListEntry[]; heldBack: HeldBack[] } {
  const items: (CallListEntry & { sortAt: number; bandRank: number })[] = [];
  const heldBack: HeldBack[] = [];
  for (const c of candidates) {
    if (c.closed) continue;
    const { cadence } = c;
    const ended = cadence.ended !== null && cadence.ended !== "attempts_used";
    if (ended && !c.callbackDue) continue;
    if (!c.phone) {
      heldBack.push({ leadId: c.leadId, reason: "no_phone", until: null });
      continue;
    }
    if (c.suppressed) {
      heldBack.push({ leadId: c.leadId, reason: "suppressed", until: null });
      continue;
    }
    if (c.timezone !== null && !withinCallingHours(c.settings, c.timezone, now)) {
      heldBack.push({ leadId: c.leadId, reason: "outside_hours", until: null });
      continue;
    }
    const entry = place(c, now);
    if ("held" in entry) {
      heldBack.push({ leadId: c.leadId, reason: entry.held, until: entry.until });
      continue;
    }
    items.push({
      leadId: c.leadId,
      name: c.name,
      phone: c.phone,
      attempts: cadence.attempts,
      priority: c.priority,
      bandRank: c.bandRank,
      score: c.score,
      ...entry,
    });
  }
  items.sort(
    (a, b) =>
      ORDER[a.reason] - ORDER[b.reason] ||
      (a.reason === "new" ? a.bandRank - b.bandRank || b.score - a.score : 0) ||
      a.sortAt - b.sortAt ||
      (a.leadId < b.leadId ? -1 : a.leadId > b.leadId ? 1 : 0),
  );
  return { items: items.map(({ sortAt: _sortAt, bandRank: _bandRank, ...entry }) => entry), heldBack };
}

type Placed =
  { reason: CallReason; why: string; sortAt: number } | { held: HeldBackReason; until: number | null };

function place(c: CallCandidate, now: number): Placed {
  const { cadence, settings } = c;
  if (c.callbackDue)
    return {
      reason: "callback",
      why: `callback due: ${c.callbackDue.title}`,
      sortAt: c.callbackDue.at,
    };
  if (cadence.attempts === 0)
    return {
      reason: "new",
      why: `new lead in the ${c.priority} band (score ${c.score}), not called yet`,
      sortAt: c.createdAt,
    };
  const triedToday = cadence.day === localDate(c.timezone ?? "UTC", now) ? cadence.attemptsThatDay : 0;
  if (triedToday >= settings.perDay) return { held: "tries_today_used", until: null };
  if (cadence.ended === "attempts_used")
    return {
      reason: "never_reached",
      why: `never reached in ${cadence.attempts} tries; last: ${words(cadence.lastOutcome)}`,
      sortAt: cadence.lastCallAt ?? c.createdAt,
    };
  if (cadence.nextAt !== null && cadence.nextAt > now) return { held: "not_due", until: cadence.nextAt };
  return {
    reason: "retry",
    why: `try ${cadence.attempts + 1} of ${settings.attempts} is due; last: ${words(cadence.lastOutcome)}`,
    sortAt: cadence.nextAt ?? cadence.lastCallAt ?? c.createdAt,
  };
}

const words = (outcome: string | null): string => (outcome ?? "none").replace(/_/g, " ");
