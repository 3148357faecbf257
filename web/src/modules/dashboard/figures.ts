export interface Totals {
  leads: number;
  accepted: number;
  contacted: number;
  won: number;
  revenue: number;
  medianSecondsToContact: number | null;
}

export interface Figure {
  label: string;
  value: string;
  /** Today against yesterday at the same time: "+12 vs yesterday", or null with nothing to compare. */
  change: string | null;
  /** Whether the change is good news, bad news, or neither. */
  trend: "up" | "down" | "flat";
}

const n = (x: number) => x.toLocaleString("en-US");

/** "1 h 5 min", "4 min", "38 s": a speed to lead as people say it. */
export function formatSpeed(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  const h = Math.floor(seconds / 3600);
  return `${h} h ${Math.round((seconds % 3600) / 60)} min`;
}

function delta(today: number, yesterday: number, higherIsBetter = true): Pick<Figure, "change" | "trend"> {
  const d = today - yesterday;
  if (d === 0) return { change: "same as yesterday", trend: "flat" };
  const better = higherIsBetter ? d > 0 : d < 0;
  return { change: `${d > 0 ? "+" : "−"}${n(Math.abs(d))} vs yesterday`, trend: better ? "up" : "down" };
}

/** The dashboard's row of figures: today so far against yesterday up to the same time. */
export function figures(today: Totals, yesterday: Totals): Figure[] {
  const acceptance = (t: Totals) => (t.leads === 0 ? 0 : Math.round((t.accepted / t.leads) * 100));
  return [
    { label: "Received", value: n(today.leads), ...delta(today.leads, yesterday.leads) },
    {
      label: "Speed to lead (median)",
      value: formatSpeed(today.medianSecondsToContact),
      ...(today.medianSecondsToContact === null || yesterday.medianSecondsToContact === null
        ? { change: null, trend: "flat" as const }
        : {
            change: `${formatSpeed(yesterday.medianSecondsToContact)} yesterday`,
            trend:
              today.medianSecondsToContact < yesterday.medianSecondsToContact
                ? ("up" as const)
                : today.medianSecondsToContact > yesterday.medianSecondsToContact
                  ? ("down" as const)
                  : ("flat" as const),
          }),
    },
    {
      label: "Accepted",
      value: `${acceptance(today)}%`,
      change: `${acceptance(yesterday)}% yesterday`,
      trend:
        acceptance(today) > acceptance(yesterday)
          ? "up"
          : acceptance(today) < acceptance(yesterday)
            ? "down"
            : "flat",
    },
    { label: "Won", value: n(today.won), ...delta(today.won, yesterday.won) },
    {
      label: "Revenue",
      value: today.revenue.toLocaleString("en-US", { style: "currency", currency: "USD" }),
      ...delta(Math.round(today.revenue), Math.round(yesterday.revenue)),
    },
  ];
}

/** Midnight today and yesterday, and this instant a day ago, in the browser's time zone. */
export function dayWindows(now: Date) {
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const yesterday = new Date(today);
  yesterday.setDate(today.getDate() - 1);
  const sameTimeYesterday = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  return { today, yesterday, sameTimeYesterday };
}

export interface DayCount {
  day: string;
  leads: number;
  won: number;
}

/** Every day from `from` for `days` days, with the summary's counts and zero where it has none. */
export function fillDays(
  groups: readonly { key: string | null; leads: number; won: number }[],
  from: Date,
  days: number,
): DayCount[] {
  const byDay = new Map(groups.map((g) => [String(g.key).slice(0, 10), g]));
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(from);
    d.setDate(from.getDate() + i);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    const g = byDay.get(day);
    return { day, leads: g?.leads ?? 0, won: g?.won ?? 0 };
  });
}
