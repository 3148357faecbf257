/** An away period as the API has it: ISO instants, `to` excluded. */
export interface AwayPeriod {
  from: string;
  to: string;
}

/** A vacation as the editor shows it: first and last day away (YYYY-MM-DD), in the recipient's zone. */
export interface Vacation {
  first: string;
  last: string;
  /** The period it was read from, sent back unchanged while its days are unchanged. */
  original?: AwayPeriod;
}

/** Milliseconds `zone` is ahead of UTC at `at`. */
function offsetAt(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) -
    Math.floor(at / 1000) * 1000
  );
}

/** The instant a calendar day begins in `zone`. */
export function startOfDay(day: string, zone: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d);
  let at = naive - offsetAt(zone, naive);
  // Across a change of offset the first guess is an hour off; the second is right.
  at = naive - offsetAt(zone, at);
  return at;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function dayIn(at: number, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

const nextDay = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** The vacations of stored away periods, as days in `zone` (a period ending at midnight ends the day before). */
export function vacationsFrom(periods: readonly AwayPeriod[], zone: string): Vacation[] {
  return periods.map((p) => {
    const to = Date.parse(p.to);
    return { first: dayIn(Date.parse(p.from), zone), last: dayIn(to - 1, zone), original: p };
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The away periods to store, or what is wrong with the days given. */
export function periodsFrom(
  vacations: readonly Vacation[],
  zone: string,
): { periods: AwayPeriod[]; problems: string[] } {
  const periods: AwayPeriod[] = [];
  const problems: string[] = [];
  vacations.forEach((v, i) => {
    if (!DAY.test(v.first) || !DAY.test(v.last))
      problems.push(`Vacation ${i + 1}: give its first and last day.`);
    else if (v.last < v.first) problems.push(`Vacation ${i + 1}: the last day comes before the first.`);
    else if (
      v.original &&
      vacationsFrom([v.original], zone)[0]!.first === v.first &&
      vacationsFrom([v.original], zone)[0]!.last === v.last
    )
      periods.push(v.original);
    else
      periods.push({
        from: new Date(startOfDay(v.first, zone)).toISOString(),
        to: new Date(startOfDay(nextDay(v.last), zone)).toISOString(),
      });
  });
  return { periods, problems };
}
