import type { Stage } from "../stages.js";
import { localTime, zonedToUtc } from "../routing/index.js";

/** What a call's outcome means for the lead's cadence; other outcomes count as a try with no answer. */
export const CALL_OUTCOMES = [
  "no_answer",
  "voicemail",
  "busy",
  "connected",
  "wrong_number",
  "do_not_call",
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** How a category's leads are called: the hours where the lead is, and the cadence of tries. */
export interface CallSettings {
  /** Calls only between these local times of the lead ("HH:MM", 24 h). */
  hours: { from: string; to: string };
  /** Tries before the cadence ends with the lead never reached. */
  attempts: number;
  /** The days the tries are spread over. */
  days: number;
  /** Most tries a day. */
  perDay: number;
}

export const DEFAULT_CALL_SETTINGS: CallSettings = {
  hours: { from: "08:00", to: "21:00" },
  attempts: 6,
  days: 5,
  perDay: 2,
};

/** Where a lead's calling stands. */
export interface Cadence {
  attempts: number;
  /** The lead's local date of the last try (YYYY-MM-DD) and the tries made that day. */
  day: string | null;
  attemptsThatDay: number;
  /** When the next try is due; null when the cadence has ended or not started. */
  nextAt: number | null;
  /** Why the cadence ended: `reached`, `attempts_used`, `wrong_number`, `do_not_call`; null while it runs. */
  ended: CadenceEnd | null;
  lastOutcome: string | null;
  lastCallAt: number | null;
}

export type CadenceEnd = "reached" | "attempts_used" | "wrong_number" | "do_not_call";

export const NEW_CADENCE: Cadence = {
  attempts: 0,
  day: null,
  attemptsThatDay: 0,
  nextAt: null,
  ended: null,
  lastOutcome: null,
  lastCallAt: null,
};

export interface AfterCall {
  cadence: Cadence;
  /** The stage the outcome moves the lead to, if any, with the reason a lost stage asks for. */
  stage: { to: string; reason: string | null } | null;
  /** Whether the lead's phone goes on the suppression list. */
  suppressPhone: boolean;
}

const HOUR = 3_600_000;

/**
 * The cadence after a call: a connected call ends it (reached); a wrong number or a do-not-call ends it and moves the lead to
 * the category's lost stage (do-not-call also suppresses the number); any other outcome is a try:
 * the next one is due after an even share of the cadence's days, no sooner than the next local
 * day when today's tries are used, and the cadence ends once every try is used.
 */
export function afterCall(
  before: Cadence,
  outcome: string,
  settings: CallSettings,
  stages: readonly Stage[],
  currentStage: string,
  timezone: string,
  now: number,
): AfterCall {
  const today = localDate(timezone, now);
  const attemptsThatDay = before.day === today ? before.attemptsThatDay + 1 : 1;
  const base: Cadence = {
    ...before,
    attempts: before.attempts + 1,
    day: today,
    attemptsThatDay,
    lastOutcome: outcome,
    lastCallAt: now,
  };
  const lost = stages.find((s) => s.outcome === "lost");
  // A connected call ends the cadence; the rep moves the stage, since only they know how it went.
  if (outcome === "connected")
    return { cadence: { ...base, nextAt: null, ended: "reached" }, stage: null, suppressPhone: false };
  if (outcome === "wrong_number" || outcome === "do_not_call") {
    const reason = outcome === "wrong_number" ? "wrong number" : "do not call";
    return {
      cadence: { ...base, nextAt: null, ended: outcome },
      stage:
        lost && lost.key !== currentStage && !stages.find((s) => s.key === currentStage)?.terminal
          ? { to: lost.key, reason }
          : null,
      suppressPhone: outcome === "do_not_call",
    };
  }
  if (base.attempts >= settings.attempts)
    return { cadence: { ...base, nextAt: null, ended: "attempts_used" }, stage: null, suppressPhone: false };
  const gap = Math.max(HOUR, Math.floor((settings.days * 24 * HOUR) / settings.attempts));
  let nextAt = now + gap;
  if (attemptsThatDay >= settings.perDay) nextAt = Math.max(nextAt, nextLocalDay(timezone, now, settings));
  return { cadence: { ...base, nextAt, ended: null }, stage: null, suppressPhone: false };
}

/** The lead's local date, as cadences count tries a day. */
export function localDate(timezone: string, at: number): string {
  const t = localTime(timezone, at);
  return `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
}

/** Minutes since local midnight of an "HH:MM". */
export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
};

/** When the calling hours open on the lead's next local day. */
function nextLocalDay(timezone: string, now: number, settings: CallSettings): number {
  const t = localTime(timezone, now);
  const tomorrow = new Date(Date.UTC(t.year, t.month - 1, t.day + 1));
  const from = minutesOf(settings.hours.from);
  return zonedToUtc(
    timezone,
    tomorrow.getUTCFullYear(),
    tomorrow.getUTCMonth() + 1,
    tomorrow.getUTCDate(),
    Math.floor(from / 60),
    from % 60,
  );
}

/** Whether `now` is within the calling hours where the lead is. */
export function withinCallingHours(settings: CallSettings, timezone: string, now: number): boolean {
  const t = localTime(timezone, now);
  const minute = t.hour * 60 + t.minute;
  return minute >= minutesOf(settings.hours.from) && minute < minutesOf(settings.hours.to);
}
