/** One assignment of a lead to a recipient, as its performance counts it. */
export interface PerformanceInput {
  leadId: string;
  status: string;
  createdAt: number;
  firstContactAt: number | null;
  outcome: string | null;
}

export interface Performance {
  /** Leads offered, sent or assigned to the recipient. */
  received: number;
  /** Leads it took: accepted, claimed or was sent (returned ones included). */
  accepted: number;
  /** Leads it took and then contacted. */
  contacted: number;
  /** Leads it took and won, and kept. */
  won: number;
  returned: number;
  /** accepted ÷ received; null when nothing was received. */
  acceptanceRate: number | null;
  /** returned ÷ accepted; null when nothing was accepted. */
  returnRate: number | null;
  /** Median seconds from the lead reaching the recipient to its first contact; null: none contacted. */
  medianSecondsToContact: number | null;
}

const TAKEN = new Set(["accepted", "claimed", "delivered", "returned"]);

/**
 * A recipient's figures over its assignments of a period. A lead counts once however often it
 * was offered: taken if any of its assignments was, from the first one taken.
 */
export function performanceOf(rows: readonly PerformanceInput[]): Performance {
  const byLead = new Map<string, PerformanceInput[]>();
  for (const row of rows) byLead.set(row.leadId, [...(byLead.get(row.leadId) ?? []), row]);
  let accepted = 0;
  let contacted = 0;
  let won = 0;
  let returned = 0;
  const speeds: number[] = [];
  for (const assignments of byLead.values()) {
    const taken = assignments.filter((a) => TAKEN.has(a.status)).sort((a, b) => a.createdAt - b.createdAt);
    const first = taken[0];
    if (!first) continue;
    accepted++;
    const wasReturned = taken.some((a) => a.status === "returned");
    if (wasReturned) returned++;
    if (first.firstContactAt !== null && first.firstContactAt >= first.createdAt) {
      contacted++;
      speeds.push((first.firstContactAt - first.createdAt) / 1000);
    }
    if (!wasReturned && first.outcome === "won") won++;
  }
  const received = byLead.size;
  return {
    received,
    accepted,
    contacted,
    won,
    returned,
    acceptanceRate: received === 0 ? null : accepted / received,
    returnRate: accepted === 0 ? null : returned / accepted,
    medianSecondsToContact: median(speeds),
  };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
