import type { paths } from "../../api/schema";

/** The outcomes a rep logs after a call, in the order of the buttons. */
export const CALL_OUTCOMES = [
  ["no_answer", "No answer"],
  ["voicemail", "Voicemail"],
  ["connected", "Connected"],
  ["wrong_number", "Wrong number"],
  ["do_not_call", "Do not call"],
] as const;

export type CallOutcome = (typeof CALL_OUTCOMES)[number][0];

export const outcomeLabel = (outcome: string) =>
  CALL_OUTCOMES.find(([key]) => key === outcome)?.[1] ?? outcome.replace(/_/g, " ");

type CallListAnswer = paths["/api/v1/my/call-list"]["get"]["responses"][200]["content"]["application/json"];

/** One lead of the call list, with why it is next. */
export type CallListEntry = CallListAnswer["items"][number];

/** A lead not to call now, with why and until when. */
export type HeldBack = CallListAnswer["heldBack"][number];

type HeldBackReason = HeldBack["reason"];

const REASON_WORDS: Record<CallListEntry["reason"], string> = {
  callback: "Callback due",
  new: "New lead",
  retry: "Retry due",
  never_reached: "Never reached",
};

/** "Callback due", "New lead": why a lead is on the list, as a badge reads it. */
export const reasonLabel = (reason: CallListEntry["reason"]) => REASON_WORDS[reason];

const HELD_WORDS: Record<HeldBackReason, [string, string]> = {
  outside_hours: ["outside its calling hours", "outside their calling hours"],
  not_due: ["next try not due yet", "next try not due yet"],
  tries_today_used: ["today's tries used", "today's tries used"],
  no_phone: ["no phone number", "no phone number"],
  suppressed: ["number on the do-not-call list", "numbers on the do-not-call list"],
};

/**
 * The leads held back, grouped so a rep reads why at a glance: "2 outside their calling hours ·
 * 1 with no phone number". Largest group first.
 */
export function heldBackSummary(held: readonly HeldBack[]): string[] {
  const counts = new Map<HeldBackReason, number>();
  for (const h of held) counts.set(h.reason, (counts.get(h.reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${n} ${n === 1 ? HELD_WORDS[reason][0] : HELD_WORDS[reason][1]}`);
}

/** A `datetime-local` value ("2026-12-07T14:30") as an ISO instant, or null when empty or bad. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}
