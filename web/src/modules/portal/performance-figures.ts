import { formatNumber, formatPercent } from "../../ui/format";

export interface PeriodFigures {
  received: number;
  accepted: number;
  contacted: number;
  won: number;
  returned: number;
  acceptanceRate: number | null;
  returnRate: number | null;
  medianSecondsToContact: number | null;
}

export interface FigureView {
  label: string;
  value: string;
  /** How it compares with the period before, in words; null when there is nothing to compare. */
  change: string | null;
  /** Whether the change is good news, bad news or neither. */
  trend: "up" | "down" | "flat";
}

type Kind = "count" | "rate" | "seconds";
const ROWS: { key: keyof PeriodFigures; label: string; kind: Kind; higherIsBetter: boolean }[] = [
  { key: "received", label: "Leads received", kind: "count", higherIsBetter: true },
  { key: "accepted", label: "Accepted", kind: "count", higherIsBetter: true },
  { key: "acceptanceRate", label: "Acceptance rate", kind: "rate", higherIsBetter: true },
  { key: "contacted", label: "Contacted", kind: "count", higherIsBetter: true },
  { key: "medianSecondsToContact", label: "Speed to lead (median)", kind: "seconds", higherIsBetter: false },
  { key: "won", label: "Won", kind: "count", higherIsBetter: true },
  { key: "returned", label: "Returned", kind: "count", higherIsBetter: false },
  { key: "returnRate", label: "Return rate", kind: "rate", higherIsBetter: false },
];

/** "45 s", "4 min", "2.5 h", "3 days". */
export function formatSpeed(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round((seconds / 3600) * 10) / 10} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

const show = (kind: Kind, v: number | null) =>
  v === null
    ? "—"
    : kind === "rate"
      ? formatPercent(v)
      : kind === "seconds"
        ? formatSpeed(v)
        : formatNumber(v);

/** Each figure of a period beside the one before it, worded for the screen. */
export function performanceFigures(now: PeriodFigures, before: PeriodFigures): FigureView[] {
  return ROWS.map(({ key, label, kind, higherIsBetter }) => {
    const a = now[key];
    const b = before[key];
    if (a === null || b === null) return { label, value: show(kind, a), change: null, trend: "flat" };
    const diff = a - b;
    const trend = diff === 0 ? "flat" : diff > 0 === higherIsBetter ? "up" : "down";
    const change =
      diff === 0
        ? "same as before"
        : kind === "rate"
          ? `${diff > 0 ? "+" : "−"}${Math.abs(Math.round(diff * 100))} pts vs ${show(kind, b)} before`
          : `${diff > 0 ? "up" : "down"} from ${show(kind, b)}`;
    return { label, value: show(kind, a), change, trend };
  });
}
