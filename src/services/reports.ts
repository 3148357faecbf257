import { notFound } from "../domain/errors.js";
import { isStaff, type Principal } from "../domain/user.js";
import { listAssignments } from "../store/queries/assignments.js";
import { getLead } from "../store/queries/leads.js";
import {
  speedRows,
  summaryRows,
  type GroupBy,
  type SpeedRow,
  type SummaryRow,
} from "../store/queries/reports.js";
import { eventTimes, getLeadWork } from "../store/queries/work.js";
import type { Store } from "../store/store.js";
import { holds } from "./work.js";

/** A lead's way from capture to first contact; a milestone not reached yet is null. */
export interface LeadTiming {
  leadId: string;
  receivedAt: number;
  firstOfferedAt: number | null;
  /** First accepted offer, claim from the pool, or direct or manual assignment. */
  firstAcceptedAt: number | null;
  /** First call logged or first move into a contact stage. */
  firstContactAt: number | null;
}

/** A lead's speed to lead, for staff and for the recipient holding the lead. */
export async function leadTiming(store: Store, leadId: string, principal: Principal): Promise<LeadTiming> {
  const { db } = store;
  const lead = await getLead(db, leadId);
  if (!lead) throw notFound(`lead ${leadId}`);
  if (!isStaff(principal) && !holds(await listAssignments(db, leadId), principal.recipient))
    throw notFound(`lead ${leadId}`);
  const events = await eventTimes(db, leadId, ["received", "offered", "accepted", "claimed", "assigned"]);
  const first = (...types: string[]) => {
    const times = events.filter((e) => types.includes(e.type)).map((e) => e.at);
    return times.length > 0 ? Math.min(...times) : null;
  };
  return {
    leadId,
    receivedAt: first("received") ?? lead.createdAt,
    firstOfferedAt: first("offered"),
    firstAcceptedAt: first("accepted", "claimed", "assigned"),
    firstContactAt: (await getLeadWork(db, leadId))?.first_contact_at ?? null,
  };
}

/** The value at or below which `p` of the sorted values fall (nearest rank); null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
}

export interface SummaryGroup {
  key: string | null;
  leads: number;
  accepted: number;
  contacted: number;
  won: number;
  /** Revenue of won leads. */
  revenue: number;
  /** What the leads cost (their sources' cost per lead). */
  cost: number;
  /** revenue − cost. */
  margin: number;
  /** Prices recipients pay for the leads they hold (buyers). */
  sales: number;
  medianSecondsToAccept: number | null;
  p90SecondsToAccept: number | null;
  medianSecondsToContact: number | null;
  p90SecondsToContact: number | null;
}

export interface Summary {
  from: number;
  to: number;
  groupBy: GroupBy | null;
  groups: SummaryGroup[];
  total: SummaryGroup;
}

/**
 * Volume, conversion, money and speed to lead of the leads created in [from, to). Counts and
 * sums come from the database; the percentiles are computed here over the rows of leads that
 * reached a milestone, which holds them in memory (fine up to a few hundred thousand leads).
 */
export async function summary(
  store: Store,
  range: { from: number; to: number; groupBy?: GroupBy | undefined },
): Promise<Summary> {
  const { from, to, groupBy } = range;
  const [rows, speeds, [all], allSpeeds] = [
    await summaryRows(store.db, groupBy, from, to),
    await speedRows(store.db, groupBy, from, to),
    await summaryRows(store.db, undefined, from, to),
    await speedRows(store.db, undefined, from, to),
  ];
  const groups = rows
    .map((row) => group(row, speeds))
    .sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff"));
  const empty = {
    key: null,
    leads: 0,
    accepted: 0,
    contacted: 0,
    won: 0,
    revenueCents: 0,
    costCents: 0,
    salesCents: 0,
  };
  return { from, to, groupBy: groupBy ?? null, groups, total: group(all ?? empty, allSpeeds) };
}

function group(row: SummaryRow, speeds: readonly SpeedRow[]): SummaryGroup {
  const mine = speeds.filter((s) => s.key === row.key);
  const seconds = (at: (s: SpeedRow) => number | null) =>
    mine
      .flatMap((s) => {
        const t = at(s);
        return t === null ? [] : [(t - s.receivedAt) / 1000];
      })
      .sort((a, b) => a - b);
  const toAccept = seconds((s) => s.firstAcceptAt);
  const toContact = seconds((s) => s.firstContactAt);
  return {
    key: row.key,
    leads: row.leads,
    accepted: row.accepted,
    contacted: row.contacted,
    won: row.won,
    revenue: row.revenueCents / 100,
    cost: row.costCents / 100,
    margin: (row.revenueCents - row.costCents) / 100,
    sales: row.salesCents / 100,
    medianSecondsToAccept: percentile(toAccept, 0.5),
    p90SecondsToAccept: percentile(toAccept, 0.9),
    medianSecondsToContact: percentile(toContact, 0.5),
    p90SecondsToContact: percentile(toContact, 0.9),
  };
}
