import { notFound } from "../domain/errors.js";
import { periodKeys } from "../domain/report-math.js";
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
  const lead = await getLead(store, leadId);
  if (!lead) throw notFound(`lead ${leadId}`);
  if (!isStaff(principal) && !holds(await listAssignments(store, leadId), principal.recipient))
    throw notFound(`lead ${leadId}`);
  const events = await eventTimes(store, leadId, ["received", "offered", "accepted", "claimed", "assigned"]);
  const first = (...types: string[]) => {
    const times = events.filter((e) => types.includes(e.type)).map((e) => e.at);
    return times.length > 0 ? Math.min(...times) : null;
  };
  return {
    leadId,
    receivedAt: first("received") ?? lead.createdAt,
    firstOfferedAt: first("offered"),
    firstAcceptedAt: first("accepted", "claimed", "assigned"),
    firstContactAt: (await getLeadWork(store, leadId))?.first_contact_at ?? null,
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
  /** Leads offered, pooled or assigned to anyone. */
  assigned: number;
  accepted: number;
  contacted: number;
  /** Leads first contacted within 5 minutes of their receipt. */
  contactedWithin5Minutes: number;
  /** Leads moved to a stage named qualified, or won. */
  qualified: number;
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

/** What the summary groups by: a column of the lead, or a day or hour in a time zone. */
export type SummaryGroupBy = Exclude<GroupBy, "quarter"> | "hour";

export interface Summary {
  from: number;
  to: number;
  groupBy: SummaryGroupBy | null;
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
  range: { from: number; to: number; groupBy?: SummaryGroupBy | undefined; tz?: string | undefined },
): Promise<Summary> {
  const { from, to, groupBy, tz } = range;
  // Hours, and days in a named zone, are regrouped from quarter hours; a day in UTC is the database's.
  const local = groupBy === "hour" || (groupBy === "day" && tz !== undefined);
  const dbGroup: GroupBy | undefined = local ? "quarter" : (groupBy as GroupBy | undefined);
  const [rawRows, rawSpeeds, [all], allSpeeds] = [
    await summaryRows(store, dbGroup, from, to),
    await speedRows(store, dbGroup, from, to),
    await summaryRows(store, undefined, from, to),
    await speedRows(store, undefined, from, to),
  ];
  const rekey = local ? localKeys(groupBy === "hour" ? "hour" : "day", tz ?? "UTC") : null;
  const rows = rekey ? mergeRows(rawRows, rekey) : rawRows;
  const speeds = rekey ? rawSpeeds.map((s) => ({ ...s, key: rekey(s.key) })) : rawSpeeds;
  const groups = rows
    .map((row) => group(row, speeds))
    .sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff"));
  const empty = {
    key: null,
    leads: 0,
    assigned: 0,
    accepted: 0,
    contacted: 0,
    qualified: 0,
    won: 0,
    revenueCents: 0,
    costCents: 0,
    salesCents: 0,
  };
  return { from, to, groupBy: groupBy ?? null, groups, total: group(all ?? empty, allSpeeds) };
}

/**
 * The key of a quarter hour's local hour ("2026-03-08T01:00-06:00": its wall-clock start and
 * offset, so the hour repeated when clocks go back is two keys) or local day ("2026-03-08").
 */
export function localKeys(unit: "hour" | "day", tz: string): (quarter: string | null) => string | null {
  const keyOf = periodKeys(unit, tz);
  return (quarter) => (quarter === null ? null : keyOf(Number(quarter)));
}

/** Rows of quarter hours summed into the groups `rekey` puts them in. */
function mergeRows(rows: readonly SummaryRow[], rekey: (k: string | null) => string | null): SummaryRow[] {
  const merged = new Map<string | null, SummaryRow>();
  for (const row of rows) {
    const key = rekey(row.key);
    const into = merged.get(key);
    if (!into) {
      merged.set(key, { ...row, key });
      continue;
    }
    into.leads += row.leads;
    into.assigned += row.assigned;
    into.accepted += row.accepted;
    into.contacted += row.contacted;
    into.qualified += row.qualified;
    into.won += row.won;
    into.revenueCents += row.revenueCents;
    into.costCents += row.costCents;
    into.salesCents += row.salesCents;
  }
  return [...merged.values()];
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
    assigned: row.assigned,
    accepted: row.accepted,
    contacted: row.contacted,
    contactedWithin5Minutes: toContact.filter((t) => t <= 300).length,
    qualified: row.qualified,
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
