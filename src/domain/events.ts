import { newId } from "./ids.js";
import type { Principal } from "./user.js";

/*
 * Every event on a lead's timeline, in one closed map: the types Carousel writes itself, each with
 * what its data holds, and the behavioral types integrations post. A type missing from here is
 * one no code may write (a typo fails typecheck), and one an integration may not forge.
 */

/** One assignment's part in an event: which assignment, whose. */
type OfAssignment = { assignment: string; recipient: string };
/** One delivery's part in an event. */
type OfDelivery = OfAssignment & { delivery: string; attempts: number };
/** What an auction's closing or fallback tells of its bids (see `auctionSummary`). */
type AuctionOutcome = Record<string, unknown> & { winner: string | null; bid?: number; margin?: number };

/** The data of each event type Carousel writes, by type. */
export type SystemEventData = {
  /** A lead came in (intake, a form, an import). */
  received: { source: string; ip: string | null; score: number; priority: string; consent?: true };
  /** Another lead matched this one's dedupe keys: written on the lead it duplicates. */
  duplicate: { matchedOn: string; source: string; ip: string | null };
  /** Reserved: no longer written, but no integration may post one. */
  scored: Record<string, never>;
  offered: OfAssignment & { tier: number | null; method: string; price: number };
  /** Routing assigned the lead, or staff did by hand (`manual`). */
  assigned:
    | (OfAssignment & { tier: number | null; method: string; price: number })
    | (OfAssignment & { manual: true; reason: string | null });
  accepted: OfAssignment;
  rejected: OfAssignment & { reason: string | null };
  expired: OfAssignment & { sla: number | null };
  withdrawn: OfAssignment & { reason: string };
  pooled: { tier: number | null; eligible: number; trace: unknown };
  claimed: OfAssignment;
  unassigned: { retryAt: string | null; trace: unknown };
  pool_expired: { tier: number | null | undefined };
  returned: OfAssignment & { reason: string };
  auction_opened: {
    auction: string;
    tier: number | null;
    bidders: unknown;
    fields: unknown;
    deadlineMs: number;
  };
  auction_closed: AuctionOutcome & { run: number; durationMs: number };
  auction_fallback: AuctionOutcome & { rejectedBy: string };
  delivered: OfDelivery & { channel: string; status: number | null; externalId?: string };
  delivery_failed: OfDelivery & { reason: string | null; status: number | null };
  delivery_rejected: OfDelivery & { reason: string | null; status: number | null };
  delivery_replayed: OfAssignment & { delivery: string; was: string };
  /** A notice (an offer to answer, a task due) reached the recipient's channel. */
  notified: OfDelivery & { notice: string; task?: string; channel: string };
  notification_failed: OfDelivery & {
    notice: string;
    task?: string;
    reason: string | null;
    status: number | null;
  };
  stage_changed: { from: string; to: string; revenue?: number; reason?: string };
  note: { text: string };
  /** A call logged through `POST /leads/{id}/calls`; behavioral rules may score it. */
  call: { outcome: string; durationSeconds: number; notes?: string };
  task_created: { task: string; title: string; dueAt: string; recipient: string | null };
  task_completed: { task: string; title: string };
  task_due: { task: string; title: string; dueAt: string; recipient: string | null };
  /** A buyer or partner said what became of the lead (by token or its postback URL). */
  outcome: { outcome: string; amount?: number; reason?: string; recipient?: string };
  /** The lead entered a nurture sequence (by its rules, or by hand). */
  sequence_enrolled: { sequence: string; version: number; enrolment: string; by: string };
  /** A sequence ran steps of the lead's enrolment; what comes next and when. */
  sequence_step: {
    sequence: string;
    enrolment: string;
    ran: string[];
    nextStep: string | null;
    nextAt: string | null;
    waitingFor: string | null;
  };
  sequence_completed: { sequence: string; enrolment: string };
  sequence_exited: { sequence: string; enrolment: string; reason: string };
  /** A nurture email (or text) was taken by the mail server (or the SMS gateway). */
  email_sent: { sequence: string; step: string; message: string; template: string | null; channel: string };
  /** The mail server refused the address for good: it is suppressed. */
  email_bounced: { sequence: string; step: string; message: string; reason: string };
  /** The lead's mail client loaded a nurture email's open pixel: once per message. */
  email_opened: { messageId: string };
  /** The lead followed a link of a nurture email (its signed click link): once per message and address. */
  email_clicked: { messageId: string; url: string };
  /** The lead unsubscribed with a nurture email's link: its address is on the suppression list. */
  unsubscribed: { messageId: string; email: string };
};

export type SystemEventType = keyof SystemEventData;

/** What each system type is, for people: also what makes the list closed (one entry per type). */
const SYSTEM_EVENTS: { readonly [K in SystemEventType]: { staffOnly?: true; scorable?: true } } = {
  received: {},
  duplicate: {},
  scored: {},
  offered: {},
  assigned: {},
  accepted: {},
  rejected: {},
  expired: {},
  withdrawn: {},
  // How routing chose: decision traces, every candidate's eligibility, auction bids.
  pooled: { staffOnly: true },
  claimed: {},
  unassigned: { staffOnly: true },
  pool_expired: { staffOnly: true },
  returned: {},
  auction_opened: { staffOnly: true },
  auction_closed: { staffOnly: true },
  auction_fallback: { staffOnly: true },
  delivered: {},
  delivery_failed: {},
  delivery_rejected: {},
  delivery_replayed: {},
  notified: {},
  notification_failed: {},
  stage_changed: {},
  note: {},
  call: { scorable: true },
  task_created: {},
  task_completed: {},
  task_due: {},
  outcome: {},
  sequence_enrolled: {},
  sequence_step: {},
  sequence_completed: {},
  sequence_exited: {},
  email_sent: {},
  email_bounced: {},
  email_opened: { scorable: true },
  email_clicked: { scorable: true },
  unsubscribed: { scorable: true },
};

/** Event types Carousel writes itself: an integration may not post them as behavior. */
export const SYSTEM_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(SYSTEM_EVENTS));

/** System events only staff see, as they tell how routing chose among recipients. */
export const ROUTING_EVENT_TYPES: ReadonlySet<string> = new Set(
  Object.entries(SYSTEM_EVENTS).flatMap(([type, about]) => (about.staffOnly ? [type] : [])),
);

/** System events a category's behavioral rules may score as well: a logged call, and the nurture email tracking's. */
export const SCORABLE_SYSTEM_EVENTS: ReadonlySet<string> = new Set(
  Object.entries(SYSTEM_EVENTS).flatMap(([type, about]) => (about.scorable ? [type] : [])),
);

/**
 * Behavioral events every category accepts from integrations. A category accepts other names
 * too: those its behavioral rules score. Calls are logged through `POST /leads/{id}/calls` (the
 * system `call` event, which rules may score); an integration reports one as `call_connected`.
 * Opens and clicks of Carousel's own emails are its tracking's (`email_opened`, `email_clicked`),
 * so no integration can inflate them.
 */
export const COMMON_BEHAVIOR_EVENTS: readonly string[] = [
  "email_replied",
  "page_visit",
  "form_fill",
  "call_connected",
  "sms_replied",
  "meeting_booked",
];

declare const behavior: unique symbol;
/** A behavioral event's type, checked by `behaviorEventType` (or read back from the timeline). */
export type BehaviorEventType = string & { readonly [behavior]: true };

/** Every type an event may have. */
export type EventType = SystemEventType | BehaviorEventType;

/** Why a name is not a behavioral event a category accepts. */
export type BehaviorTypeProblem = { code: "reserved" | "unknown"; message: string };

/** Why an integration may not post `name` at all: Carousel writes events of that type itself. */
export function reservedEventType(name: string): BehaviorTypeProblem | undefined {
  if (!SYSTEM_EVENT_TYPES.has(name)) return undefined;
  return {
    code: "reserved",
    message:
      name === "call"
        ? "call events are logged through POST /leads/{id}/calls; an integration posts call_connected"
        : name === "email_opened" || name === "email_clicked"
          ? `${name} events are written by the tracking of Carousel's own emails; another system's opens and clicks need a name of their own and a behavioral rule`
          : `${name} events are written by Carousel itself`,
  };
}

/**
 * `name` as a behavioral event type of a category whose rules score `ruleEvents`, or why not:
 * a system type is Carousel's alone; any other must be common or named by a rule.
 */
export function behaviorEventType(
  name: string,
  ruleEvents: ReadonlySet<string>,
): BehaviorEventType | BehaviorTypeProblem {
  const reserved = reservedEventType(name);
  if (reserved) return reserved;
  if (!COMMON_BEHAVIOR_EVENTS.includes(name) && !ruleEvents.has(name))
    return {
      code: "unknown",
      message:
        `${name} is not a behavioral event of this category: post one of ${COMMON_BEHAVIOR_EVENTS.join(", ")}, ` +
        "or give it a behavioral rule (its points may be 0)",
    };
  return name as BehaviorEventType;
}

/** A type read back from a lead's timeline: written through this map, so one of its types. */
export const storedEventType = (type: string): EventType => type as EventType;

/** One event of a lead's timeline. */
export interface LeadEvent {
  id: string;
  leadId: string;
  type: EventType;
  at: number;
  actor: string | null;
  data: Record<string, unknown>;
}

/** An event Carousel writes, its data checked against its type. */
export type SystemEvent<K extends SystemEventType = SystemEventType> = {
  [T in K]: Omit<LeadEvent, "type" | "data"> & { type: T; data: SystemEventData[T] };
}[K];

/**
 * A new event of type `type` on lead `leadId` at `at`.
 *
 * @example
 * systemEvent("note", "lead_1", Date.now(), "admin", { text: "Asked for a quote" });
 */
export function systemEvent<K extends SystemEventType>(
  type: K,
  leadId: string,
  at: number,
  actor: string | null,
  data: SystemEventData[K],
): SystemEvent<K> {
  return { id: newId("event", at), leadId, type, at, actor, data } as SystemEvent<K>;
}

/** How the timeline names whoever did something. */
export const actorOf = (p: Principal): string => (p.userId ? `user:${p.userId}` : "admin");
