import type { Proportions } from "./msprt.js";

const DAY_MS = 86_400_000;

/** What an experiment measures of one of its leads. */
export interface ExperimentLead {
  arm: number;
  receivedAt: number;
  costCents: number;
  /** Revenue of a won lead, 0 otherwise. */
  revenueCents: number;
  /** What buyers pay for the lead (assignments they kept). */
  salesCents: number;
  won: boolean;
  firstContactAt: number | null;
  returned: boolean;
}

export interface ArmFigures {
  arm: number;
  leads: number;
  contacted: number;
  won: number;
  returned: number;
  contactRate: number | null;
  winRate: number | null;
  returnRate: number | null;
  /** Median seconds from receipt to first contact over the contacted leads. */
  medianSecondsToContact: number | null;
  /** Revenue of won leads per lead, in the currency's units. */
  revenuePerLead: number | null;
  /** (revenue + what buyers pay − what the leads cost) per lead. */
  marginPerLead: number | null;
}

export type ExperimentMetric = "win" | "contact";

/** Each arm's figures from its leads. */
export function armFigures(arms: number, leads: readonly ExperimentLead[]): ArmFigures[] {
  return Array.from({ length: arms }, (_, arm) => {
    const mine = leads.filter((l) => l.arm === arm);
    const n = mine.length;
    const rate = (k: number) => (n === 0 ? null : k / n);
    const perLead = (cents: number) => (n === 0 ? null : Math.round(cents / n) / 100);
    const contactedLeads = mine.filter((l) => l.firstContactAt !== null);
    const seconds = contactedLeads
      .map((l) => Math.max(0, (l.firstContactAt! - l.receivedAt) / 1000))
      .sort((a, b) => a - b);
    const won = mine.filter((l) => l.won).length;
    const returned = mine.filter((l) => l.returned).length;
    const revenue = sum(mine.map((l) => l.revenueCents));
    const margin = revenue + sum(mine.map((l) => l.salesCents - l.costCents));
    return {
      arm,
      leads: n,
      contacted: contactedLeads.length,
      won,
      returned,
      contactRate: rate(contactedLeads.length),
      winRate: rate(won),
      returnRate: rate(returned),
      medianSecondsToContact: median(seconds),
      revenuePerLead: perLead(revenue),
      marginPerLead: perLead(margin),
    };
  });
}

/**
 * The cumulative counts of each arm at the end of each day since `startedAt` (one look a day, as
 * people look at a running experiment), for the sequential test: trials are leads, successes
 * leads won (or contacted) by now.
 */
export function dailyLooks(
  arms: number,
  leads: readonly ExperimentLead[],
  startedAt: number,
  metric: ExperimentMetric,
): { n: number[]; x: number[] }[] {
  if (leads.length === 0) return [];
  const days = Math.max(...leads.map((l) => Math.floor(Math.max(0, l.receivedAt - startedAt) / DAY_MS))) + 1;
  const n = Array.from({ length: days }, () => new Array<number>(arms).fill(0));
  const x = Array.from({ length: days }, () => new Array<number>(arms).fill(0));
  for (const l of leads) {
    const day = Math.floor(Math.max(0, l.receivedAt - startedAt) / DAY_MS);
    n[day]![l.arm]!++;
    if (metric === "win" ? l.won : l.firstContactAt !== null) x[day]![l.arm]!++;
  }
  const looks: { n: number[]; x: number[] }[] = [];
  const cn = new Array<number>(arms).fill(0);
  const cx = new Array<number>(arms).fill(0);
  for (let d = 0; d < days; d++) {
    for (let a = 0; a < arms; a++) {
      cn[a]! += n[d]![a]!;
      cx[a]! += x[d]![a]!;
    }
    looks.push({ n: [...cn], x: [...cx] });
  }
  return looks;
}

/** Arm `b` against arm `a` at each look. */
export function pairLooks(
  looks: readonly { n: number[]; x: number[] }[],
  a: number,
  b: number,
): Proportions[] {
  return looks.map((l) => ({ nA: l.n[a]!, xA: l.x[a]!, nB: l.n[b]!, xB: l.x[b]! }));
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
