import { formatMoney, formatNumber, formatPercent } from "../../ui/format";

/** The summary report's counts for one period (its `total`, or one group). */
export interface Totals {
  leads: number;
  assigned: number;
  accepted: number;
  contacted: number;
  contactedWithin5Minutes: number;
  qualified: number;
  won: number;
  revenue: number;
  medianSecondsToContact: number | null;
  p90SecondsToContact: number | null;
}

/** What the live stream counts now: leads held, offered, in the pool, unassigned; dead deliveries. */
export interface Counters {
  held: number;
  offered: number;
  pooled: number;
  unassigned: number;
  failedDeliveries: number;
}

export type Period = "today" | "week";

export interface Figure {
  label: string;
  value: string;
  /** Against the period before at the same point: "+12 vs yesterday", or null with nothing to compare. */
  change: string | null;
  /** Whether the change is good news, bad news, or neither. */
  trend: "up" | "down" | "flat";
  /** The leads table filtered to what the figure counts. */
  href: string;
}

/** "1 h 5 min", "4 min", "38 s": a speed to lead as people say it. */
export function formatSpeed(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  const h = Math.floor(seconds / 3600);
  return `${h} h ${Math.round((seconds % 3600) / 60)} min`;
}

const trendOf = (d: number, higherIsBetter: boolean): Figure["trend"] =>
  d === 0 ? "flat" : d > 0 === higherIsBetter ? "up" : "down";

/** A count against the period before: "+200 vs yesterday", "same as last week". */
function countChange(now: number, before: number, than: string): Pick<Figure, "change" | "trend"> {
  const d = now - before;
  if (d === 0) return { change: `same as ${than}`, trend: "flat" };
  return { change: `${d > 0 ? "+" : "−"}${formatNumber(Math.abs(d))} vs ${than}`, trend: trendOf(d, true) };
}

/** A value shown beside the period before's: "5 min yesterday"; null when either is missing. */
function sideBySide(
  now: number | null,
  before: number | null,
  than: string,
  show: (x: number) => string,
  higherIsBetter: boolean,
): Pick<Figure, "change" | "trend"> {
  if (now === null || before === null) return { change: null, trend: "flat" };
  return { change: `${show(before)} ${than}`, trend: trendOf(now - before, higherIsBetter) };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The local date of an instant, as the leads table's date filters take it: 2026-06-01. */
export const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * The dashboard's row of figures: this period so far against the period before up to the same
 * point, each linking to the leads table filtered to the leads it counts.
 */
export function figures(now: Totals, before: Totals, period: Period, from: Date): Figure[] {
  const than = period === "today" ? "yesterday" : "last week";
  const since = `/leads?from=${localDate(from)}`;
  const within = (t: Totals) => share(t.contactedWithin5Minutes, t.leads);
  const acceptance = (t: Totals) => share(t.accepted, t.assigned);
  return [
    {
      label: "Received",
      value: formatNumber(now.leads),
      href: since,
      ...countChange(now.leads, before.leads, than),
    },
    {
      label: "Speed to lead (median)",
      value: formatSpeed(now.medianSecondsToContact),
      href: since,
      ...sideBySide(now.medianSecondsToContact, before.medianSecondsToContact, than, formatSpeed, false),
    },
    {
      label: "Speed to lead (p90)",
      value: formatSpeed(now.p90SecondsToContact),
      href: since,
      ...sideBySide(now.p90SecondsToContact, before.p90SecondsToContact, than, formatSpeed, false),
    },
    {
      label: "Reached within 5 min",
      value: within(now) === null ? "—" : formatPercent(within(now)!),
      href: since,
      ...sideBySide(within(now), within(before), than, formatPercent, true),
    },
    {
      label: "Acceptance rate",
      value: acceptance(now) === null ? "—" : formatPercent(acceptance(now)!),
      href: `${since}&status=assigned`,
      ...sideBySide(acceptance(now), acceptance(before), than, formatPercent, true),
    },
    {
      label: "Won",
      value: formatNumber(now.won),
      href: `${since}&stage=won`,
      ...countChange(now.won, before.won, than),
    },
    {
      label: "Revenue",
      value: formatMoney(now.revenue),
      href: `${since}&stage=won`,
      ...sideBySide(now.revenue, before.revenue, than, formatMoney, true),
    },
  ];
}

/** Where the leads are now, each linking to the table of leads in that state. */
export function nowFigures(c: Counters): Figure[] {
  const at = (label: string, n: number, href: string, bad = false): Figure => ({
    label,
    value: formatNumber(n),
    change: null,
    trend: bad && n > 0 ? "down" : "flat",
    href,
  });
  return [
    at("Held", c.held, "/leads?status=assigned"),
    at("Offered", c.offered, "/leads?status=offered"),
    at("In the pool", c.pooled, "/leads?status=pooled"),
    at("Unassigned now", c.unassigned, "/leads?status=unassigned", true),
    at("Failed deliveries", c.failedDeliveries, "/attention", true),
  ];
}

/** The funnel of a period, each step with its count and its share of the leads received. */
export function funnel(t: Totals): { label: string; count: number; share: number }[] {
  const steps: [string, number][] = [
    ["Received", t.leads],
    ["Assigned", t.assigned],
    ["Accepted", t.accepted],
    ["Contacted", t.contacted],
    ["Qualified", t.qualified],
    ["Won", t.won],
  ];
  return steps.map(([label, count]) => ({ label, count, share: t.leads === 0 ? 0 : count / t.leads }));
}

/**
 * Where a period starts in the browser's time zone (midnight today, or midnight Monday), and
 * where the one before it starts (a day or a week earlier); it runs to the same point of time.
 */
export function periodWindows(now: Date, period: Period) {
  const from = new Date(now);
  from.setHours(0, 0, 0, 0);
  if (period === "week") from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  const days = period === "today" ? 1 : 7;
  const beforeFrom = new Date(from);
  beforeFrom.setDate(from.getDate() - days);
  return { from, beforeFrom, days };
}

const HOUR_MS = 3_600_000;

export interface HourCount {
  /** The hour's start, in ms. */
  at: number;
  leads: number;
}

/**
 * Every hour from `from` for `hours` hours with the summary's count (grouped by hour, whose keys
 * are hour starts with their offset) and zero where it has none.
 */
export function fillHours(
  groups: readonly { key: string | null; leads: number }[],
  from: Date,
  hours: number,
): HourCount[] {
  const byHour = new Map(groups.map((g) => [Date.parse(String(g.key)), g.leads]));
  return Array.from({ length: hours }, (_, i) => {
    const at = from.getTime() + i * HOUR_MS;
    return { at, leads: byHour.get(at) ?? 0 };
  });
}
