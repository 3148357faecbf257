import { systemEvent } from "../domain/events.js";
import { newId } from "../domain/ids.js";
import type { Lead, LeadEvent } from "../domain/lead.js";
import { leadTimeZone } from "../domain/lead-time-zone.js";
import { bandFor } from "../domain/scoring.js";
import { SENDING_STEPS, stepIds, type SequenceDefinition, type Step } from "../domain/sequences/sequence.js";
import {
  exitReason,
  runSteps,
  type Effect,
  type Engagement,
  type LeadFacts,
} from "../domain/sequences/steps.js";
import { nextUtcDay, utcDayStart, zoneFor } from "../domain/sequences/timing.js";
import { leadScope, renderEmail, renderPlain } from "../domain/templates/render.js";
import { senderProblem, type EmailTemplate, type MailSender } from "../domain/templates/template.js";
import { listAssignments } from "../store/queries/assignments.js";
import { getLeads, insertEvent, insertEvents } from "../store/queries/leads.js";
import {
  countSendsSince,
  eventsOfLeads,
  getEnrolments,
  getSequenceVersion,
  insertSends,
  sendsOfEnrolment,
  setLeadTags,
  updateEnrolment,
} from "../store/queries/sequences.js";
import { suppressedAmong } from "../store/queries/suppressions.js";
import { getTemplate } from "../store/queries/templates.js";
import { insertTask } from "../store/queries/work.js";
import type { SequenceEnrolmentRow, SequenceSendRow } from "../store/schema.js";
import type { Store, Tx } from "../store/store.js";
import { currentScores, setScoreBySequence, type CurrentScore } from "./behavior.js";
import { dueRows, forEachDueBatch, type TimerOptions } from "./due-rows.js";
import type { EmailTracker } from "./email-tracking.js";
import { mailSender } from "./mail-sender.js";
import { endEnrolment, endEnrolments } from "./sequences.js";
import { ACTIVE_STATUSES, moveStage, stageConfigOf } from "./work.js";

/** The events that tell what became of a lead's nurture messages and address. */
export const ENGAGEMENT_EVENTS = {
  opened: ["email_opened"],
  clicked: ["email_clicked"],
  replied: ["email_replied", "sms_replied"],
  unsubscribed: ["unsubscribed", "email_unsubscribed"],
} as const;
const ENGAGEMENT_TYPES = Object.values(ENGAGEMENT_EVENTS).flat();

/** The message an engagement event is about: its `message` (or `messageId`), as the send's id. */
export function messageOf(data: Record<string, unknown>): string | null {
  const raw = data["message"] ?? data["messageId"];
  if (typeof raw !== "string") return null;
  return raw.replace(/^<|@.*$|>$/g, "");
}

const NO_PUBLIC_URL =
  "CAROUSEL_PUBLIC_URL is not set: a nurture email needs it for its one-click unsubscribe link";

export interface EmailPayload {
  from: { name: string; address: string };
  replyTo: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export interface HttpPayload {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface StepTimerOptions extends TimerOptions {
  /** How many emails and texts this pass may record, for the sender to send after it. */
  budget: number;
  /** Emails and texts a second, all processes together. */
  ratePerSecond: number;
  /** How long a process holds a send it recorded before another may try it. */
  leaseMs: number;
  /**
   * What adds the unsubscribe link, tracked links, the open pixel and the List-Unsubscribe
   * headers. It runs once per send, so every try of a message goes out with the same body and
   * headers. Without one (no public URL) an email has no unsubscribe link, so it is not sent.
   */
  tracker?: EmailTracker | undefined;
}

/** The sends a pass recorded, committed, for the sender to send. */
export interface StepPass {
  ran: number;
  intents: SequenceSendRow[];
}

const dueSteps = dueRows("sequence_enrolments", "due_at", { status: "active" });
/**
 * Enrolments run in one transaction: their leases start when it starts, so it is kept well
 * short of one.
 */
const STEP_BATCH = 100;

/**
 * Runs every enrolment whose next step is due, a sequence's batch in each transaction taken
 * `FOR UPDATE SKIP LOCKED` (see `forEachDueBatch`), so any number of schedulers share them and a
 * step runs once. In the same transaction the lead's exit rules and the suppression list are
 * read: an unsubscribe, a bounce or a stage change committed before the step's transaction
 * ends the enrolment instead, even in the same second. A sending step records its intent (the
 * rendered message and its Message-ID) in that transaction; it goes out once that commits.
 */
export async function runDueSteps(
  store: Store,
  now: number | undefined,
  options: StepTimerOptions,
): Promise<StepPass> {
  const pass = new Pass(options);
  const ran = await forEachDueBatch(
    store,
    dueSteps,
    "sequence",
    async (tx, ids, at) => {
      await pass.begin(tx, at);
      return pass.run(tx, ids, at);
    },
    { batch: STEP_BATCH, ...options, now },
  );
  return { ran, intents: pass.intents };
}

/** What a transaction's steps write together once they have all run. */
interface Writes {
  events: LeadEvent[];
  sends: SequenceSendRow[];
  /** Enrolments whose last step ran. */
  completed: SequenceEnrolmentRow[];
}

class Pass {
  readonly intents: SequenceSendRow[] = [];
  readonly #options: StepTimerOptions;
  readonly #versions = new Map<string, SequenceDefinition | null>();
  readonly #templates = new Map<string, EmailTemplate | null>();
  readonly #dailyLeft = new Map<string, number>();
  #sender: MailSender | null = null;
  #budget: number;
  #rateLeft: number | null = null;

  constructor(options: StepTimerOptions) {
    this.#options = options;
    this.#budget = options.budget;
  }

  async begin(tx: Tx, now: number): Promise<void> {
    this.#sender ??= await mailSender(tx);
    this.#rateLeft ??= this.#options.ratePerSecond - (await countSendsSince(tx, now - 1000));
  }

  /**
   * Runs the due steps of these enrolments, taken by this transaction. What decides them (the
   * enrolments, their leads, the events on them and the suppression list) is read for all of
   * them at once, in this transaction; what they write most (their sends, their `sequence_step`
   * events, the enrolments they complete) is written together at the end.
   * Answers how many moved on or ended.
   */
  async run(tx: Tx, ids: readonly string[], now: number): Promise<number> {
    // Out of room: these are left for the next pass, unread.
    if (this.#budget <= 0) return 0;
    const enrolments = (await getEnrolments(tx, ids)).filter(
      (e) => e.status === "active" && e.due_at !== null && Number(e.due_at) <= now,
    );
    if (enrolments.length === 0) return 0;
    const leadIds = enrolments.map((e) => e.lead_id);
    const leads = await getLeads(tx, leadIds);
    const events = new Map<string, EngagementEvent[]>();
    for (const ev of await eventsOfLeads(tx, leadIds, ENGAGEMENT_TYPES)) {
      const ofLead = events.get(ev.lead_id);
      if (ofLead) ofLead.push(ev);
      else events.set(ev.lead_id, [ev]);
    }
    const suppressed = await suppressedAmong(
      tx,
      "email",
      [...leads.values()].flatMap((l) => (l.contact.email ? [l.contact.email] : [])),
    );
    // Branches read the score and band decay leaves now, not those of the last band change; it is
    // read only for the leads whose steps to come branch on their score or band.
    const scored = new Map<string, Lead>();
    for (const e of enrolments) {
      const lead = leads.get(e.lead_id);
      const def = lead && (await this.#version(tx, e));
      if (lead && def && branchesOnScore(def.steps, e.step)) scored.set(lead.id, lead);
    }
    const scores = await currentScores(tx, [...scored.values()], now);
    const order = new Map(ids.map((id, i) => [id, i]));
    enrolments.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const writes: Writes = { events: [], sends: [], completed: [] };
    let done = 0;
    for (const e of enrolments) {
      const lead = leads.get(e.lead_id);
      const read = { events: events.get(e.lead_id) ?? [], suppressed, score: scores.get(e.lead_id) };
      done += await this.#step(tx, e, lead, read, writes, now);
    }
    const recorded = await insertSends(tx, writes.sends);
    this.intents.push(...writes.sends.filter((s) => s.status === "intent" && recorded.has(s.id)));
    if (writes.events.length > 0) await insertEvents(tx, writes.events);
    await endEnrolments(tx, writes.completed, "completed", "scheduler", now);
    return done;
  }

  /** Runs one enrolment's due steps: 1 if it moved on (or ended), 0 if it was left for later. */
  async #step(
    tx: Tx,
    e: SequenceEnrolmentRow,
    found: Lead | undefined,
    read: {
      events: readonly EngagementEvent[];
      suppressed: ReadonlySet<string>;
      score: CurrentScore | undefined;
    },
    writes: Writes,
    now: number,
  ): Promise<number> {
    const def = await this.#version(tx, e);
    const lead = def && found;
    if (!def || !lead) return (await endEnrolment(tx, e, "lead_gone", "scheduler", now)) ? 1 : 0;
    const bands = read.score?.bands ?? [];
    const facts = {
      ...factsOf(lead),
      ...(read.score ? { score: read.score.score, priority: read.score.priority } : {}),
    };
    const engagement = await engagementOf(tx, e, lead, def, read);
    const reason = exitReason(def.exit, facts, engagement);
    if (reason) return (await endEnrolment(tx, e, reason, "scheduler", now)) ? 1 : 0;
    const next = def.steps[e.step];
    const sends = next !== undefined && SENDING_STEPS.has(next.type);
    // Out of this pass's room, or of the rate of all processes: the step stays due for the next.
    if (sends && (this.#budget <= 0 || (this.#rateLeft ?? 0) <= 0)) return 0;
    const dailyLeft = await this.#dailyLeftOf(tx, e.sequence, def, now);
    const run = runSteps(def.steps, e.step, facts, engagement, {
      now,
      zone: zoneFor(leadTimeZone(lead.contact), def.window),
      window: def.window,
      blockedUntil: dailyLeft <= 0 ? nextUtcDay(now) : null,
      bandOf: (score) => bandFor(score, bands),
    });
    const ids = stepIds(def.steps);
    const ran: string[] = [];
    for (const effect of run.effects) {
      ran.push(ids[effect.step]!);
      await this.#apply(tx, e, lead, effect, writes, now);
    }
    writes.events.push(
      systemEvent("sequence_step", lead.id, now, "scheduler", {
        sequence: e.sequence,
        enrolment: e.id,
        ran,
        nextStep: run.dueAt === null ? null : (ids[run.step] ?? null),
        nextAt: run.dueAt === null ? null : new Date(run.dueAt).toISOString(),
        waitingFor: run.waitingFor,
      }),
    );
    if (run.dueAt === null) writes.completed.push(e);
    else await updateEnrolment(tx, e.id, { step: run.step, due_at: run.dueAt, updated_at: now });
    return 1;
  }

  async #apply(
    tx: Tx,
    e: SequenceEnrolmentRow,
    lead: Lead,
    effect: Effect,
    writes: Writes,
    now: number,
  ): Promise<void> {
    switch (effect.kind) {
      case "set":
        return applySet(tx, lead, effect.set, { sequence: e.sequence, step: effect.stepId }, now);
      case "task": {
        const holder = (await listAssignments(tx, lead.id)).find((a) => ACTIVE_STATUSES.includes(a.status));
        const task = {
          id: newId("task", now),
          lead_id: lead.id,
          recipient: holder?.recipient ?? null,
          title: effect.title,
          due_at: effect.dueAt,
          created_at: now,
          created_by: `sequence:${e.sequence}`,
          completed_at: null,
          completed_by: null,
        };
        await insertTask(tx, task);
        await insertEvent(
          tx,
          systemEvent("task_created", lead.id, now, task.created_by, {
            task: task.id,
            title: task.title,
            dueAt: new Date(task.due_at).toISOString(),
            recipient: task.recipient,
          }),
        );
        return;
      }
      case "send": {
        const intent = await this.#intent(tx, e, lead, effect, now);
        writes.sends.push(intent);
        if (intent.status !== "intent") return;
        if (intent.kind !== "webhook") {
          this.#budget -= 1;
          this.#rateLeft = (this.#rateLeft ?? 0) - 1;
          this.#dailyLeft.set(e.sequence, (this.#dailyLeft.get(e.sequence) ?? 1) - 1);
        }
        return;
      }
    }
  }

  /** The send a step records: rendered now, with the Message-ID every try of it carries. */
  async #intent(
    tx: Tx,
    e: SequenceEnrolmentRow,
    lead: Lead,
    effect: Extract<Effect, { kind: "send" }>,
    now: number,
  ): Promise<SequenceSendRow> {
    const id = newId("message", now);
    const sender = this.#sender!;
    const domain = sender.email.split("@")[1] || "carousel.invalid";
    const base = {
      id,
      message_id: `<${id}@${domain}>`,
      enrolment_id: e.id,
      sequence: e.sequence,
      version: e.version,
      step: effect.step,
      lead_id: lead.id,
      template: null as string | null,
      attempts: 1,
      lease_until: now + this.#options.leaseMs,
      created_at: now,
      sent_at: null,
      error: null as string | null,
    };
    const skipped = (kind: string, recipient: string, why: string): SequenceSendRow => ({
      ...base,
      kind,
      recipient,
      payload: "{}",
      status: "skipped",
      error: why,
    });
    const step = effect.send;
    const scope = { lead: leadScope(lead) };
    try {
      if (step.type === "email") {
        base.template = step.template;
        const to = lead.contact.email;
        if (!to) return skipped("email", "", "the lead has no email address");
        const problem = senderProblem(sender);
        if (problem) return skipped("email", to, problem);
        const template = await this.#template(tx, step.template);
        if (!template) return skipped("email", to, `template ${step.template} was deleted`);
        const tracker = this.#options.tracker;
        if (!tracker) return skipped("email", to, NO_PUBLIC_URL);
        const linked = { leadId: lead.id, messageId: base.message_id, email: to };
        const rendered = renderEmail(template, {
          lead: scope.lead,
          sender,
          unsubscribeUrl: tracker.unsubscribeUrl(linked),
        });
        const finished = tracker.track({ ...linked, html: rendered.html, text: rendered.text, sender });
        const payload: EmailPayload = {
          from: { name: sender.name, address: sender.email },
          replyTo: sender.replyTo,
          to,
          subject: rendered.subject,
          html: finished.html,
          text: finished.text,
          headers: finished.headers,
        };
        return { ...base, kind: "email", recipient: to, payload: JSON.stringify(payload), status: "intent" };
      }
      if (step.type === "sms") {
        const to = lead.contact.phone;
        if (!to) return skipped("sms", "", "the lead has no phone number");
        if ((await suppressedAmong(tx, "phone", [to])).size > 0)
          return skipped("sms", to, "the number is suppressed");
        const text = renderPlain(step.text, scope);
        const params = Object.fromEntries(
          Object.entries(step.gateway.params).map(([k, v]) => [k, renderPlain(v, { ...scope, text }, k)]),
        );
        const payload: HttpPayload = {
          url: step.gateway.url,
          headers: {
            ...step.gateway.headers,
            "content-type":
              step.gateway.format === "json" ? "application/json" : "application/x-www-form-urlencoded",
          },
          body:
            step.gateway.format === "json" ? JSON.stringify(params) : new URLSearchParams(params).toString(),
        };
        return { ...base, kind: "sms", recipient: to, payload: JSON.stringify(payload), status: "intent" };
      }
      const payload: HttpPayload = {
        url: step.url,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          event: "sequence.step",
          sequence: e.sequence,
          step: effect.stepId,
          enrolment: e.id,
          message: id,
          lead: { id: lead.id, ...scope.lead },
        }),
      };
      return {
        ...base,
        kind: "webhook",
        recipient: step.url,
        payload: JSON.stringify(payload),
        status: "intent",
      };
    } catch (error) {
      // A template that stops rendering (too long, too slow) fails its send, not the batch.
      return {
        ...skipped(step.type, "", "could not render"),
        status: "failed",
        error: String(error).slice(0, 500),
      };
    }
  }

  async #version(tx: Tx, e: SequenceEnrolmentRow): Promise<SequenceDefinition | null> {
    const key = `${e.sequence}\u0000${e.version}`;
    if (!this.#versions.has(key))
      this.#versions.set(key, (await getSequenceVersion(tx, e.sequence, e.version)) ?? null);
    return this.#versions.get(key) ?? null;
  }

  async #template(tx: Tx, key: string): Promise<EmailTemplate | null> {
    if (!this.#templates.has(key)) this.#templates.set(key, (await getTemplate(tx, key)) ?? null);
    return this.#templates.get(key) ?? null;
  }

  async #dailyLeftOf(tx: Tx, sequence: string, def: SequenceDefinition, now: number): Promise<number> {
    if (def.dailyLimit === null || def.dailyLimit === undefined) return Infinity;
    let left = this.#dailyLeft.get(sequence);
    if (left === undefined) {
      left = def.dailyLimit - (await countSendsSince(tx, utcDayStart(now), sequence));
      this.#dailyLeft.set(sequence, left);
    }
    return left;
  }
}

/**
 * Whether a run from step `from` may branch on the lead's score or band. Branches jump forward
 * only, so the steps before it never run again.
 */
const branchesOnScore = (steps: readonly Step[], from: number): boolean =>
  steps.slice(from).some((s) => s.type === "branch" && ("score" in s.if || "priority" in s.if));

export function factsOf(lead: Lead): LeadFacts {
  return {
    category: lead.category,
    source: lead.source,
    stage: lead.stage,
    score: lead.score,
    priority: lead.priority,
    tags: lead.tags,
    fields: lead.fields,
  };
}

type EngagementEvent = Awaited<ReturnType<typeof eventsOfLeads>>[number];

/** What became of the enrolment's messages and of the lead's address, read in the step's transaction. */
async function engagementOf(
  tx: Tx,
  e: SequenceEnrolmentRow,
  lead: Lead,
  def: SequenceDefinition,
  read: { events: readonly EngagementEvent[]; suppressed: ReadonlySet<string> },
): Promise<Engagement> {
  const events = read.events;
  const since = Number(e.enrolled_at);
  const ids = stepIds(def.steps);
  const stepOfMessage = new Map<string, string>();
  const tracked: readonly string[] = [...ENGAGEMENT_EVENTS.opened, ...ENGAGEMENT_EVENTS.clicked];
  if (events.some((ev) => tracked.includes(ev.type)))
    for (const s of await sendsOfEnrolment(tx, e.id)) stepOfMessage.set(s.id, ids[s.step] ?? "");
  const opened = new Set<string>();
  const clicked = new Set<string>();
  let replied = false;
  let unsubscribed = false;
  for (const ev of events) {
    const of = (list: readonly string[]) => list.includes(ev.type);
    if (of(ENGAGEMENT_EVENTS.unsubscribed)) unsubscribed = true;
    else if (of(ENGAGEMENT_EVENTS.replied)) replied ||= ev.at >= since;
    else {
      const step = stepOfMessage.get(messageOf(JSON.parse(ev.data) as Record<string, unknown>) ?? "");
      if (step !== undefined) (of(ENGAGEMENT_EVENTS.clicked) ? clicked : opened).add(step);
    }
  }
  const email = lead.contact.email;
  const suppressed = email ? read.suppressed.has(email) : false;
  return { opened, clicked, replied, unsubscribed, bounced: false, suppressed };
}

async function applySet(
  tx: Tx,
  lead: Lead,
  set: { stage?: string; score?: number; addTag?: string; removeTag?: string },
  by: { sequence: string; step: string },
  now: number,
): Promise<void> {
  const actor = `sequence:${by.sequence}`;
  if (set.score !== undefined) {
    const scored = await setScoreBySequence(tx, lead, set.score, by, now);
    lead.score = scored.score;
    lead.priority = scored.priority;
  }
  if (set.addTag !== undefined || set.removeTag !== undefined) {
    let tags = lead.tags.filter((t) => t !== set.removeTag);
    if (set.addTag !== undefined && !tags.includes(set.addTag)) tags = [...tags, set.addTag];
    await setLeadTags(tx, lead.id, tags, now);
    lead.tags = tags;
  }
  if (set.stage !== undefined && set.stage !== lead.stage) {
    const config = await stageConfigOf(tx, lead.category);
    // A stage the lead's category does not have is left alone: the step still runs.
    if (!config.stages.some((s) => s.key === set.stage)) return;
    const active = (await listAssignments(tx, lead.id)).filter((a) => ACTIVE_STATUSES.includes(a.status));
    const moved = await moveStage(tx, { lead, active, actor }, { stage: set.stage }, now);
    lead.stage = moved.stage;
  }
}
