/** What a sequence's messages came to, per sequence, step or template. */
export interface SendCounts {
  /** Handed to the mail server or gateway (taken or refused). */
  sent: number;
  /** Taken by the mail server or gateway. */
  delivered: number;
  /** Messages opened at least once: inflated by mail privacy features that load every image. */
  uniqueOpens: number;
  uniqueClicks: number;
  replies: number;
  unsubscribes: number;
  bounces: number;
  /** Messages whose lead was won within the conversion window of its enrolment. */
  conversions: number;
}

export interface SendFacts {
  id: string;
  step: string;
  template: string | null;
  status: string;
  enrolmentId: string;
}

/** Engagement events as the metrics read them: what happened, to which message. */
export interface MessageEvent {
  kind: "opened" | "clicked" | "replied" | "unsubscribed";
  message: string;
}

const zero = (): SendCounts => ({
  sent: 0,
  delivered: 0,
  uniqueOpens: 0,
  uniqueClicks: 0,
  replies: 0,
  unsubscribes: 0,
  bounces: 0,
  conversions: 0,
});

/**
 * Counts per sequence, step and template, from each send's status, the engagement events that
 * name its message (each kind counted once a message) and the enrolments that converted.
 */
export function sequenceMetrics(
  sends: readonly SendFacts[],
  events: readonly MessageEvent[],
  converted: ReadonlySet<string>,
): { total: SendCounts; steps: Map<string, SendCounts>; templates: Map<string, SendCounts> } {
  const seen = new Map<string, Set<MessageEvent["kind"]>>();
  for (const e of events) seen.set(e.message, (seen.get(e.message) ?? new Set()).add(e.kind));
  const total = zero();
  const steps = new Map<string, SendCounts>();
  const templates = new Map<string, SendCounts>();
  for (const s of sends) {
    if (s.status !== "sent" && s.status !== "bounced") continue;
    const kinds = seen.get(s.id) ?? new Set();
    const counts = [total, at(steps, s.step), ...(s.template === null ? [] : [at(templates, s.template)])];
    for (const c of counts) {
      c.sent += 1;
      if (s.status === "sent") c.delivered += 1;
      if (s.status === "bounced") c.bounces += 1;
      if (kinds.has("opened")) c.uniqueOpens += 1;
      if (kinds.has("clicked")) c.uniqueClicks += 1;
      if (kinds.has("replied")) c.replies += 1;
      if (kinds.has("unsubscribed")) c.unsubscribes += 1;
      if (converted.has(s.enrolmentId)) c.conversions += 1;
    }
  }
  return { total, steps, templates };
}

function at(map: Map<string, SendCounts>, key: string): SendCounts {
  let c = map.get(key);
  if (!c) map.set(key, (c = zero()));
  return c;
}
