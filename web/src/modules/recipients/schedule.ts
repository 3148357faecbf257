export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** A weekly schedule as the API takes it: per weekday, from–to pairs of "HH:MM" in `timezone`. */
export interface Schedule {
  timezone: string;
  hours: Partial<Record<Weekday, [string, string][]>>;
}

export interface Range {
  from: string;
  to: string;
}
export type Week = Record<Weekday, Range[]>;

/** The schedule editor's state: the time zone, and either always open or the week's hours. */
export interface WeekDraft {
  timezone: string;
  mode: "always" | "hours";
  week: Week;
}

const emptyWeek = (): Week => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });
const ALL_DAY: [string, string] = ["00:00", "24:00"];

/** Mon–Fri 9 to 5: what a new recipient's hours start as when someone sets hours. */
export const officeHours = (): Week => {
  const week = emptyWeek();
  for (const day of WEEKDAYS.slice(0, 5)) week[day] = [{ from: "09:00", to: "17:00" }];
  return week;
};

/** The editor's state for a schedule; none (always open, in UTC) or every day 00:00–24:00 reads as always. */
export function weekFromSchedule(schedule: Schedule | null | undefined, fallbackZone = "UTC"): WeekDraft {
  if (!schedule) return { timezone: fallbackZone, mode: "always", week: officeHours() };
  const week = emptyWeek();
  for (const day of WEEKDAYS) week[day] = (schedule.hours[day] ?? []).map(([from, to]) => ({ from, to }));
  const always = WEEKDAYS.every((d) => {
    const ranges = week[d];
    return ranges.length === 1 && ranges[0]!.from === ALL_DAY[0] && ranges[0]!.to === ALL_DAY[1];
  });
  return always
    ? { timezone: schedule.timezone, mode: "always", week: officeHours() }
    : { timezone: schedule.timezone, mode: "hours", week };
}

/**
 * The schedule to store: none when always open in UTC (the API's default), every day all day
 * when always open in another zone (so caps and away days keep that zone), else the hours.
 */
export function scheduleFromWeek(draft: WeekDraft): Schedule | null {
  if (draft.mode === "always") {
    if (draft.timezone === "UTC") return null;
    return { timezone: draft.timezone, hours: Object.fromEntries(WEEKDAYS.map((d) => [d, [ALL_DAY]])) };
  }
  const hours: Schedule["hours"] = {};
  for (const day of WEEKDAYS)
    if (draft.week[day].length > 0) hours[day] = draft.week[day].map((r) => [r.from, r.to]);
  return { timezone: draft.timezone, hours };
}

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const minutes = (clock: string) =>
  clock === "24:00" ? 1440 : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

/** What keeps a week's hours from being saved, in words; an overnight range (22:00–06:00) is fine. */
export function weekProblems(draft: WeekDraft): string[] {
  if (draft.mode === "always") return [];
  const problems: string[] = [];
  for (const day of WEEKDAYS) {
    const spans: [number, number][] = [];
    for (const { from, to } of draft.week[day]) {
      const label = `${WEEKDAY_NAMES[day]} ${from || "?"}–${to || "?"}`;
      if (!CLOCK.test(from) || !CLOCK.test(to) || from === "24:00")
        problems.push(`${label}: times are HH:MM, 00:00 to 24:00.`);
      else if (from === to) problems.push(`${label}: from and to are the same.`);
      else {
        const start = minutes(from);
        const end = minutes(to);
        spans.push(end > start ? [start, end] : [start, 1440]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++)
      if (spans[i]![0] < spans[i - 1]![1]) {
        problems.push(`${WEEKDAY_NAMES[day]}: two ranges overlap.`);
        break;
      }
  }
  return problems;
}

/** The week with `from`'s hours copied onto each day of `to`. */
export function copyDay(week: Week, from: Weekday, to: readonly Weekday[]): Week {
  const next = { ...week };
  for (const day of to) next[day] = week[from].map((r) => ({ ...r }));
  return next;
}

/** Hours open a week, for a summary ("40 h a week"); overnight ranges count to their end. */
export function hoursPerWeek(draft: WeekDraft): number {
  if (draft.mode === "always") return 168;
  let total = 0;
  for (const day of WEEKDAYS)
    for (const { from, to } of draft.week[day]) {
      if (!CLOCK.test(from) || !CLOCK.test(to) || from === to) continue;
      const span = minutes(to) - minutes(from);
      total += span > 0 ? span : span + 1440;
    }
  return Math.round((total / 60) * 10) / 10;
}

const US_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "UTC",
];

/** Time zones to pick from: the US ones first, then every zone the browser knows, and `current`. */
export function timeZoneChoices(current: string, known: readonly string[] = supportedZones()): string[] {
  return [...new Set([...US_ZONES, current, ...known])];
}

function supportedZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? [];
}
