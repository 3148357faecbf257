import { meetsEnrollRules, mayReenroll, takesByRule } from "../domain/sequences/steps.js";
import { eventsAfter } from "../store/queries/lead-events.js";
import { getLeads } from "../store/queries/leads.js";
import {
  activeEnrolmentsOf,
  latestEnrolment,
  listSequences,
  lockSequenceCursor,
  moveSequenceCursor,
} from "../store/queries/sequences.js";
import type { Store } from "../store/store.js";
import { factsOf } from "./sequence-steps.js";
import { enrol } from "./sequences.js";

/** Events sequences write themselves: they neither enrol a lead nor bring it back. */
const OWN_EVENTS: ReadonlySet<string> = new Set([
  "sequence_enrolled",
  "sequence_step",
  "sequence_completed",
  "sequence_exited",
  "email_sent",
  "email_bounced",
  "task_created",
  "task_due",
]);
/**
 * Events younger than this are read again on the next pass, so one whose transaction commits
 * after a newer one's is still seen; a lead is enrolled once per event all the same.
 */
const SETTLE_MS = 5_000;
const EVENTS_PER_PASS = 1000;

/**
 * Applies the sequences' enrolment rules to the leads whose events came since the last pass: at
 * intake (`received`), and on later events (a stage change, a behavioral event that scored it, an
 * outcome). A lead already active in a sequence stays; one whose last enrolment ended enters
 * again only as the re-enrolment policy allows and on an event after that end. The event log is
 * read one process at a time (the cursor row is locked); exits are the step timer's to find,
 * in the transaction that would run the next step. Answers how many leads were enrolled.
 */
export async function enrolFromEvents(store: Store, now: number): Promise<number> {
  return store.transact(async (tx) => {
    const cursor = await lockSequenceCursor(tx);
    if (cursor === null) return 0;
    const events = await eventsAfter(tx, cursor, EVENTS_PER_PASS);
    if (events.length === 0) return 0;
    let next = cursor;
    const latestAt = new Map<string, number>();
    for (const event of events) {
      if (Number(event.at) <= now - SETTLE_MS) next = event.id;
      if (OWN_EVENTS.has(event.type)) continue;
      latestAt.set(event.leadId, Math.max(latestAt.get(event.leadId) ?? 0, Number(event.at)));
    }
    let enrolled = 0;
    const sequences = latestAt.size === 0 ? [] : await listSequences(tx);
    const automatic = sequences.filter((s) => takesByRule(s.enroll));
    if (automatic.length > 0) {
      const leads = await getLeads(tx, [...latestAt.keys()]);
      const active = new Set(
        (await activeEnrolmentsOf(tx, [...leads.keys()])).map((e) => `${e.sequence}\u0000${e.lead_id}`),
      );
      for (const [leadId, at] of latestAt) {
        const lead = leads.get(leadId);
        if (!lead) continue;
        const facts = factsOf(lead);
        for (const s of automatic) {
          if (active.has(`${s.key}\u0000${leadId}`) || !meetsEnrollRules(s.enroll, facts)) continue;
          const last = await latestEnrolment(tx, s.key, leadId);
          if (last) {
            const endedAt = last.ended_at === null ? null : Number(last.ended_at);
            if (endedAt === null || at <= endedAt || !mayReenroll(s.enroll, endedAt, now)) continue;
          }
          if (await enrol(tx, s, leadId, "rules", now)) enrolled += 1;
        }
      }
    }
    if (next !== cursor) await moveSequenceCursor(tx, next);
    return enrolled;
  });
}
