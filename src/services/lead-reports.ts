import type { Category } from "../domain/category.js";
import { invalid } from "../domain/errors.js";
import {
  bucketOf,
  countBelow,
  gini,
  percentileOf,
  periodKeys,
  PERIODS,
  QUARTER_MS,
  rate,
  type Period,
} from "../domain/report-math.js";
import { listCategories } from "../store/queries/categories.js";
import { listRecipients } from "../store/queries/recipients.js";
import { factCounts, type FactCounts } from "../store/queries/report-counts.js";
import { intakeCounts } from "../store/queries/report-intake.js";
import { reasonCounts } from "../store/queries/report-reasons.js";
import { recipientCounts, responseSecondsIn } from "../store/queries/report-recipients.js";
import { rollUpReports } from "../store/queries/report-rollups.js";
import type { FactColumn, FactKey } from "../store/queries/report-scope.js";
import { contactHistogram, contactSecondsIn } from "../store/queries/report-speed.js";
import type { Store } from "../store/store.js";

/** What a report groups by: a period in a time zone, a column of the lead, or an enum field (`field:<key>`). */
export type ReportGroupBy = Period | Exclude<FactColumn, "quarter"> | `field:${string}`;

export const REPORT_GROUPS: readonly string[] = [
  ...PERIODS,
  "source",
  "category",
  "recipient",
  "state",
  "campaign",
  "utmSource",
  "utmMedium",
];

export interface ReportQuery {
  from: number;
  to: number;
  groupBy?: ReportGroupBy | undefined;
  /** The time zone of periods (default UTC). */
  tz?: string | undefined;
}

/** How the rows the database keys turn into the report's groups: quarters into periods. */
interface Grouping {
  key: FactKey;
  rekey: (k: string | null) => string | null;
  /** For periods: the period of a quarter hour (whole days and hours of one period read wider rollups). */
  periodOf?: (quarter: number) => string;
}

/**
 * Brings the report rollups up to date with what changed since they were last brought up to
 * date, and answers the categories (their enum fields are rolled up too). Every report does it
 * before it reads; the scheduler does it every `REPORTS_ROLLED_UP_EVERY_MS`, so a report finds
 * little left to roll up.
 */
export async function rollUpReportsNow(store: Store): Promise<Category[]> {
  const categories = await listCategories(store);
  const fields = new Set(
    categories.flatMap((c) => c.fields.filter((f) => f.type === "enum").map((f) => f.key)),
  );
  await store.transact((tx) => rollUpReports(tx, [...fields].sort()));
  return categories;
}

/** How often the scheduler brings the report rollups up to date. */
export const REPORTS_ROLLED_UP_EVERY_MS = 60_000;

async function groupingOf(store: Store, q: ReportQuery): Promise<Grouping> {
  const categories = await rollUpReportsNow(store);
  const g = q.groupBy;
  const same = (k: string | null) => k;
  if (g === undefined) return { key: null, rekey: same };
  if ((PERIODS as readonly string[]).includes(g)) {
    const period = periodKeys(g as Period, q.tz ?? "UTC");
    return {
      key: { column: "quarter" },
      rekey: (k) => (k === null ? null : period(Number(k))),
      periodOf: period,
    };
  }
  if (g.startsWith("field:")) {
    const field = g.slice("field:".length);
    const enumField = categories.some((c) => c.fields.some((f) => f.key === field && f.type === "enum"));
    if (!enumField)
      throw invalid([
        { field: "groupBy", code: "invalid", message: `no category has an enum field named ${field}` },
      ]);
    return { key: { field }, rekey: same };
  }
  return { key: { column: g as FactColumn }, rekey: same };
}

/** Rows merged by their new key (`add` folds a row into the one kept), in key order, null last. */
function merge<T extends { key: string | null }>(
  rows: readonly T[],
  rekey: (k: string | null) => string | null,
  add: (into: T, row: T) => void,
): T[] {
  const merged = new Map<string | null, T>();
  for (const row of rows) {
    const key = rekey(row.key);
    const into = merged.get(key);
    if (into) add(into, row);
    else merged.set(key, structuredClone({ ...row, key }));
  }
  return [...merged.values()].sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff"));
}

function addCounts(into: FactCounts, row: FactCounts): void {
  for (const k of [
    "received",
    "assigned",
    "accepted",
    "contacted",
    "qualified",
    "won",
    "lost",
    "returned",
    "unassigned",
    "revenueCents",
    "costCents",
    "salesCents",
    "creditedCents",
  ] as const)
    into[k] += row[k];
  for (const k of ["assigned", "accepted", "contacted", "qualified", "won"] as const)
    into.funnel[k] += row.funnel[k];
}

const emptyCounts = (key: string | null): FactCounts => ({
  key,
  received: 0,
  assigned: 0,
  accepted: 0,
  contacted: 0,
  qualified: 0,
  won: 0,
  lost: 0,
  returned: 0,
  unassigned: 0,
  funnel: { assigned: 0, accepted: 0, contacted: 0, qualified: 0, won: 0 },
  revenueCents: 0,
  costCents: 0,
  salesCents: 0,
  creditedCents: 0,
});

async function countsOf(store: Store, q: ReportQuery): Promise<{ groups: FactCounts[]; total: FactCounts }> {
  const { key, rekey, periodOf } = await groupingOf(store, q);
  const rows = await factCounts(store, { from: q.from, to: q.to, key, periodOf });
  const groups = merge(rows, rekey, addCounts);
  const total = emptyCounts(null);
  for (const g of groups) addCounts(total, g);
  return { groups, total };
}

// ---- the funnel ---------------------------------------------------------------------------

export const FUNNEL_STEPS = ["received", "assigned", "accepted", "contacted", "qualified", "won"] as const;

export interface FunnelStep {
  step: (typeof FUNNEL_STEPS)[number];
  /** Leads that reached this step and every one before it. */
  leads: number;
  /** leads ÷ the step before's leads (null for the first step, or when that is 0). */
  conversion: number | null;
  /** leads ÷ received. */
  ofReceived: number | null;
  /** Leads of the step before that went no further. */
  dropped: number;
}

export interface FunnelGroup {
  key: string | null;
  steps: FunnelStep[];
}

function funnelOf(c: FactCounts): FunnelGroup {
  const counts = [c.received, ...FUNNEL_STEPS.slice(1).map((s) => c.funnel[s as keyof FactCounts["funnel"]])];
  return {
    key: c.key,
    steps: FUNNEL_STEPS.map((step, i) => ({
      step,
      leads: counts[i]!,
      conversion: i === 0 ? null : rate(counts[i]!, counts[i - 1]!),
      ofReceived: rate(counts[i]!, c.received),
      dropped: i === 0 ? 0 : counts[i - 1]! - counts[i]!,
    })),
  };
}

export async function funnelReport(
  store: Store,
  q: ReportQuery,
): Promise<{ groups: FunnelGroup[]; total: FunnelGroup }> {
  const { groups, total } = await countsOf(store, q);
  return { groups: groups.map(funnelOf), total: funnelOf(total) };
}

// ---- performance --------------------------------------------------------------------------

export interface PerformanceGroup {
  key: string | null;
  received: number;
  /** Submissions found duplicates of a stored lead; null when the grouping cannot place them. */
  duplicate: number | null;
  /** Submissions refused at intake as invalid; null when the grouping cannot place them. */
  invalid: number | null;
  assigned: number;
  accepted: number;
  contacted: number;
  qualified: number;
  won: number;
  lost: number;
  returned: number;
  unassigned: number;
  revenue: number;
  cost: number;
  sales: number;
  credited: number;
  margin: number;
  roi: number | null;
  costPerWon: number | null;
  revenuePerLead: number | null;
  marginPerLead: number | null;
  acceptanceRate: number | null;
  contactRate: number | null;
  winRate: number | null;
  returnRate: number | null;
}

function performanceOf(
  c: FactCounts,
  intake: { duplicate: number; invalid: number } | null,
): PerformanceGroup {
  const marginCents = c.revenueCents + c.salesCents - c.creditedCents - c.costCents;
  return {
    key: c.key,
    received: c.received,
    duplicate: intake?.duplicate ?? null,
    invalid: intake?.invalid ?? null,
    assigned: c.assigned,
    accepted: c.accepted,
    contacted: c.contacted,
    qualified: c.qualified,
    won: c.won,
    lost: c.lost,
    returned: c.returned,
    unassigned: c.unassigned,
    revenue: c.revenueCents / 100,
    cost: c.costCents / 100,
    sales: c.salesCents / 100,
    credited: c.creditedCents / 100,
    margin: marginCents / 100,
    roi: rate(marginCents, c.costCents),
    costPerWon: c.won === 0 ? null : c.costCents / 100 / c.won,
    revenuePerLead: c.received === 0 ? null : c.revenueCents / 100 / c.received,
    marginPerLead: c.received === 0 ? null : marginCents / 100 / c.received,
    acceptanceRate: rate(c.accepted, c.assigned),
    contactRate: rate(c.contacted, c.received),
    winRate: rate(c.won, c.received),
    returnRate: rate(c.returned, c.accepted),
  };
}

export async function performanceReport(
  store: Store,
  q: ReportQuery,
): Promise<{ groups: PerformanceGroup[]; total: PerformanceGroup }> {
  const { groups, total } = await countsOf(store, q);
  const g = q.groupBy;
  const intakeKey =
    g === undefined
      ? null
      : (PERIODS as readonly string[]).includes(g)
        ? "quarter"
        : g === "source" || g === "category"
          ? g
          : undefined;
  const all = await intakeCounts(store, q.from, q.to, null);
  const totalIntake = { duplicate: all[0]?.duplicate ?? 0, invalid: all[0]?.invalid ?? 0 };
  const byKey = new Map<string | null, { duplicate: number; invalid: number }>();
  if (intakeKey !== undefined && intakeKey !== null) {
    const period = intakeKey === "quarter" ? periodKeys(g as Period, q.tz ?? "UTC") : null;
    for (const row of await intakeCounts(store, q.from, q.to, intakeKey)) {
      const key = period && row.key !== null ? period(Number(row.key)) : row.key;
      const into = byKey.get(key) ?? { duplicate: 0, invalid: 0 };
      into.duplicate += row.duplicate;
      into.invalid += row.invalid;
      byKey.set(key, into);
    }
  }
  const placed = intakeKey !== undefined;
  const rows = groups.map((c) =>
    performanceOf(c, placed ? (byKey.get(c.key) ?? { duplicate: 0, invalid: 0 }) : null),
  );
  // Periods or sources with refusals or duplicates but no stored lead still get a row.
  if (placed && intakeKey !== null)
    for (const [key, intake] of byKey)
      if (!groups.some((c) => c.key === key)) rows.push(performanceOf(emptyCounts(key), intake));
  rows.sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff"));
  return { groups: rows, total: performanceOf(total, totalIntake) };
}

// ---- reasons ------------------------------------------------------------------------------

export interface ReasonsGroup {
  key: string | null;
  lost: { reason: string | null; leads: number }[];
  returned: { reason: string | null; leads: number }[];
}

export async function reasonsReport(
  store: Store,
  q: ReportQuery,
): Promise<{ groups: ReasonsGroup[]; total: ReasonsGroup }> {
  const { key, rekey, periodOf } = await groupingOf(store, q);
  const rows = await reasonCounts(store, { from: q.from, to: q.to, key, periodOf });
  const groups = new Map<string | null, ReasonsGroup>();
  const total: ReasonsGroup = { key: null, lost: [], returned: [] };
  const add = (into: ReasonsGroup, kind: "lost" | "returned", reason: string | null, leads: number) => {
    const known = into[kind].find((r) => r.reason === reason);
    if (known) known.leads += leads;
    else into[kind].push({ reason, leads });
  };
  for (const row of rows) {
    const k = rekey(row.key);
    const group = groups.get(k) ?? { key: k, lost: [], returned: [] };
    groups.set(k, group);
    add(group, row.kind, row.reason, row.leads);
    add(total, row.kind, row.reason, row.leads);
  }
  const order = (g: ReasonsGroup) => {
    for (const list of [g.lost, g.returned])
      list.sort((a, b) => b.leads - a.leads || (a.reason ?? "").localeCompare(b.reason ?? ""));
    return g;
  };
  return {
    groups: [...groups.values()]
      .map(order)
      .sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff")),
    total: order(total),
  };
}

// ---- speed to lead ------------------------------------------------------------------------

/** The limits of "contacted within", in seconds: 1, 5 and 30 minutes, 1 hour, 1 day. */
export const WITHIN = { minute1: 60, minutes5: 300, minutes30: 1800, hour1: 3600, day1: 86_400 } as const;

export interface SpeedGroup {
  key: string | null;
  received: number;
  contacted: number;
  /** Whole seconds from receipt to first contact, over the leads contacted. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** Share of the leads received that were contacted in under each limit. */
  within: Record<keyof typeof WITHIN, number | null>;
  /** Share of the leads received that were never contacted. */
  never: number | null;
}

/**
 * Whole seconds, each known exactly or (rolled up) only by its bucket: how many per bucket,
 * the exact ones, and the buckets that hold some known by bucket only.
 */
interface Seconds {
  buckets: Map<number, number>;
  exact: Map<number, number>;
  rolled: Set<number>;
}

const noSeconds = (): Seconds => ({ buckets: new Map(), exact: new Map(), rolled: new Set() });

function addSeconds(into: Seconds, seconds: number, exact: boolean, n: number): void {
  const bucket = exact ? bucketOf(seconds) : seconds;
  into.buckets.set(bucket, (into.buckets.get(bucket) ?? 0) + n);
  if (exact) into.exact.set(seconds, (into.exact.get(seconds) ?? 0) + n);
  else into.rolled.add(bucket);
}

/** The value at a rank (from 1) of a histogram of value → how many (its largest if short). */
function nth(histogram: ReadonlyMap<number, number>, rank: number): number | null {
  let seen = 0;
  let last: number | null = null;
  for (const v of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(v)!;
    last = v;
    if (seen >= rank) return v;
  }
  return last;
}

/**
 * The exact percentiles `ps` (nearest rank) of each histogram. The bucket a rank falls in is
 * known from the counts; when some of its values are rolled up, `exactIn` reads that bucket's
 * exact values per key, for the keys given (those whose percentiles fall in it; it may answer more).
 */
async function percentilesOf<K>(
  histograms: ReadonlyMap<K, Seconds>,
  ps: readonly number[],
  exactIn: (bucket: number, keys: ReadonlySet<K>) => Promise<{ key: K; seconds: number; leads: number }[]>,
): Promise<Map<K, (number | null)[]>> {
  const wanted = new Map<K, { bucket: number; rank: number }[]>();
  const fetch = new Map<number, Set<K>>();
  for (const [key, h] of histograms) {
    let n = 0;
    for (const c of h.buckets.values()) n += c;
    wanted.set(
      key,
      ps.map((p) => {
        const bucket = n === 0 ? NaN : percentileOf(h.buckets, p)!;
        if (h.rolled.has(bucket)) fetch.set(bucket, (fetch.get(bucket) ?? new Set<K>()).add(key));
        return { bucket, rank: Math.max(1, Math.ceil(p * n)) - countBelow(h.buckets, bucket) };
      }),
    );
  }
  const fetched = new Map<number, Map<K, Map<number, number>>>();
  for (const [bucket, keys] of fetch) {
    const byKey = new Map<K, Map<number, number>>();
    for (const row of await exactIn(bucket, keys)) {
      const values = byKey.get(row.key) ?? new Map<number, number>();
      byKey.set(row.key, values);
      values.set(row.seconds, (values.get(row.seconds) ?? 0) + row.leads);
    }
    fetched.set(bucket, byKey);
  }
  const answers = new Map<K, (number | null)[]>();
  for (const [key, list] of wanted) {
    const h = histograms.get(key)!;
    answers.set(
      key,
      list.map(({ bucket, rank }) => {
        if (Number.isNaN(bucket)) return null;
        const exact = h.rolled.has(bucket)
          ? fetched.get(bucket)?.get(key)
          : new Map([...h.exact].filter(([v]) => bucketOf(v) === bucket));
        return nth(exact ?? new Map(), rank);
      }),
    );
  }
  return answers;
}

function speedOf(
  key: string | null,
  received: number,
  seconds: Seconds,
  [medianSeconds, p90Seconds]: (number | null)[],
): SpeedGroup {
  let contacted = 0;
  for (const n of seconds.buckets.values()) contacted += n;
  const within = Object.fromEntries(
    Object.entries(WITHIN).map(([name, limit]) => [name, rate(countBelow(seconds.buckets, limit), received)]),
  ) as SpeedGroup["within"];
  return {
    key,
    received,
    contacted,
    medianSeconds: medianSeconds ?? null,
    p90Seconds: p90Seconds ?? null,
    within,
    never: rate(received - contacted, received),
  };
}

const TOTAL = Symbol("total");

export async function speedReport(
  store: Store,
  q: ReportQuery,
): Promise<{ groups: SpeedGroup[]; total: SpeedGroup }> {
  const { key, rekey, periodOf } = await groupingOf(store, q);
  const range = { from: q.from, to: q.to, key, periodOf };
  const rows = await contactHistogram(store, range);
  const received = new Map<string | null | typeof TOTAL, number>([[TOTAL, 0]]);
  const seconds = new Map<string | null | typeof TOTAL, Seconds>([[TOTAL, noSeconds()]]);
  for (const row of rows) {
    const k = rekey(row.key);
    if (!seconds.has(k)) seconds.set(k, noSeconds());
    for (const into of [k, TOTAL] as const) {
      received.set(into, (received.get(into) ?? 0) + row.leads);
      if (row.seconds !== null) addSeconds(seconds.get(into)!, row.seconds, row.exact, row.leads);
    }
  }
  // A period's quarters, so a bucket's exact seconds are read only for the periods that need
  // them. A row's key is its first quarter (a day's or an hour's rollup row stands for more):
  // a period runs from its first key on until the period changes.
  const quartersOf = new Map<string | null, number[]>();
  if (periodOf) {
    const first = new Map<string, number>();
    for (const row of rows)
      if (row.key !== null) {
        const k = rekey(row.key)!;
        first.set(k, Math.min(first.get(k) ?? Infinity, Number(row.key)));
      }
    const last = Math.ceil(q.to / QUARTER_MS);
    for (const [k, start] of first) {
      const list: number[] = [];
      for (let quarter = start; quarter < last && periodOf(quarter) === k; quarter++) list.push(quarter);
      quartersOf.set(k, list);
    }
  }
  const percentiles = await percentilesOf(seconds, [0.5, 0.9], async (bucket, keys) => {
    const groups = [...keys].filter((k): k is string | null => k !== TOTAL);
    const quarters = periodOf ? groups.flatMap((k) => quartersOf.get(k) ?? []) : undefined;
    // Keyed rows over the whole range add up to the total's too.
    const whole = quarters === undefined && groups.length > 0;
    const found: { key: string | null | typeof TOTAL; seconds: number; leads: number }[] = [];
    if (keys.has(TOTAL) && !whole)
      for (const r of await contactSecondsIn(store, { ...range, key: null }, bucket))
        found.push({ ...r, key: TOTAL });
    if (groups.length > 0 && quarters?.length !== 0)
      for (const r of await contactSecondsIn(store, range, bucket, quarters)) {
        found.push({ ...r, key: rekey(r.key) });
        if (whole && keys.has(TOTAL)) found.push({ ...r, key: TOTAL });
      }
    return found;
  });
  const groupOf = (k: string | null | typeof TOTAL) =>
    speedOf(k === TOTAL ? null : k, received.get(k) ?? 0, seconds.get(k)!, percentiles.get(k)!);
  return {
    groups: [...seconds.keys()]
      .filter((k) => k !== TOTAL)
      .map(groupOf)
      .sort((a, b) => (a.key ?? "\uffff").localeCompare(b.key ?? "\uffff")),
    total: groupOf(TOTAL),
  };
}
// ---- recipients ---------------------------------------------------------------------------

export interface RecipientGroup {
  recipient: string;
  name: string | null;
  offered: number;
  taken: number;
  acceptanceRate: number | null;
  medianResponseSeconds: number | null;
  p90ResponseSeconds: number | null;
  /** Its share of the leads taken by the recipients listed. */
  share: number | null;
  /** Its weight's share of the listed recipients' weights (weight 1 when none is set). */
  intendedShare: number | null;
}

/**
 * Per recipient over the offers and assignments made in [from, to): what it was offered and took,
 * how fast it answered, and its share against its intended share. gini is the Gini figure of
 * the leads taken per unit of weight: 0 when every recipient got exactly its intended share.
 */
export async function recipientsReport(
  store: Store,
  q: ReportQuery,
): Promise<{ recipients: RecipientGroup[]; gini: number | null }> {
  await rollUpReportsNow(store);
  const rows = await recipientCounts(store, q.from, q.to);
  const known = new Map((await listRecipients(store)).map((r) => [r.key, r]));
  const responses = new Map(
    rows.map((r) => {
      const seconds = noSeconds();
      for (const s of r.responses) addSeconds(seconds, s.seconds, s.exact, s.count);
      return [r.recipient, seconds];
    }),
  );
  const percentiles = await percentilesOf(responses, [0.5, 0.9], (bucket) =>
    responseSecondsIn(store, q.from, q.to, bucket),
  );
  const weightOf = (key: string) => known.get(key)?.weight ?? 1;
  const taken = rows.reduce((sum, r) => sum + r.taken, 0);
  const weights = rows.reduce((sum, r) => sum + weightOf(r.recipient), 0);
  const recipients = rows
    .map((r) => {
      const [median, p90] = percentiles.get(r.recipient)!;
      return {
        recipient: r.recipient,
        name: known.get(r.recipient)?.name ?? null,
        offered: r.offered,
        taken: r.taken,
        acceptanceRate: rate(r.taken, r.offered),
        medianResponseSeconds: median ?? null,
        p90ResponseSeconds: p90 ?? null,
        share: rate(r.taken, taken),
        intendedShare: rate(weightOf(r.recipient), weights),
      };
    })
    .sort((a, b) => a.recipient.localeCompare(b.recipient));
  return { recipients, gini: gini(rows.map((r) => r.taken / weightOf(r.recipient))) };
}
