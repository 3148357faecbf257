import { systemEvent, type SystemEventData, type SystemEventType } from "../../domain/events.js";
import { retryDelayMs } from "../../domain/delivery/backoff.js";
import { leadFields, offerFields, taskFields } from "../../domain/delivery/payload.js";
import type { Lead } from "../../domain/lead.js";
import type { WindowKeys } from "../../domain/routing/types.js";
import { getAssignment, listAssignments, type Assignment } from "../../store/queries/assignments.js";
import {
  cancelDelivery,
  deliverySettingsOf,
  dueDeliveries,
  endAttempt,
  insertAttempt,
  repriceAssignment,
  startAttempt,
  type Delivery,
  type DeliveryKind,
  type DeliveryStatus,
} from "../../store/queries/deliveries.js";
import { getLead, insertEvent } from "../../store/queries/leads.js";
import type { DeliverySettings } from "../../domain/recipient.js";
import { moveAssignment } from "../../store/queries/returns.js";
import { addToOpenLeads, consume, releaseAssignment } from "../../store/queries/routing-state.js";
import { getTask, lockLead, updateLeadRow } from "../../store/queries/work.js";
import type { LeadTaskRow } from "../../store/schema.js";
import type { Store, Tx } from "../../store/store.js";
import { refusersOf, routerFor } from "../routing.js";
import { errorText, type DeliveryChannel, type SendResult } from "./channel.js";
import type { Channels } from "./channels.js";
import { DEFAULT_TIMEOUT_SECONDS } from "./http.js";
import { postToNextBidder } from "./ping-post.js";
import type { OutboxQueue } from "./worker.js";

/** How long past its timeout a sender holds a delivery before another may take it over. */
export const LEASE_MARGIN_MS = 5_000;
/** Assignments whose deliveries are sent: active ones, and `failed` ones being replayed. */
const SENDABLE = new Set(["accepted", "claimed", "delivered", "failed"]);
const HOLDING = new Set(["offered", "accepted", "claimed", "delivered"]);

interface Claimed {
  delivery: Delivery;
  settings: DeliverySettings;
  payload: unknown;
  attempt: number;
}

/**
 * Deliveries of assignments to their recipients. A due delivery is claimed in a short
 * transaction that moves it to `sending` under a lease (on PostgreSQL with `FOR UPDATE SKIP
 * LOCKED`, so any number of workers share the work); it is sent outside any transaction; then the
 * try and its outcome are recorded in another. A sender that dies mid-send leaves its delivery
 * `sending` until the lease runs out, when it is due again: every delivery is sent at least once,
 * each repeat under the same Idempotency-Key and with the same body.
 */
export class LeadDeliveries implements OutboxQueue<Claimed> {
  readonly #store: Store;
  readonly #channels: Channels;
  readonly #onError: (error: unknown) => void;
  readonly #random: () => number;

  constructor(store: Store, channels: Channels, onError: (error: unknown) => void, random: () => number) {
    this.#store = store;
    this.#channels = channels;
    this.#onError = onError;
    this.#random = random;
  }

  /** Moves due deliveries to `sending`, rendering the body of those never tried. Database only. */
  claim(now: number, limit: number): Promise<Claimed[]> {
    return this.#store.transact(async (tx) => {
      const claimed: Claimed[] = [];
      const settingsOf = new Map<string, DeliverySettings | undefined>();
      for (const d of await dueDeliveries(tx, now, limit)) {
        if (!settingsOf.has(d.recipient))
          settingsOf.set(d.recipient, await deliverySettingsOf(tx, d.recipient));
        const settings = settingsOf.get(d.recipient);
        const assignment = await getAssignment(tx, d.assignmentId);
        const task = d.kind === "task" && d.taskId !== null ? await getTask(tx, d.taskId) : undefined;
        const stale = staleness(d, assignment, task, now);
        if (stale !== null) {
          await cancelDelivery(tx, d.id, stale, now);
          continue;
        }
        if (!settings || settings.channel === "none") {
          await cancelDelivery(tx, d.id, "the recipient has no delivery channel", now);
          continue;
        }
        let payload = d.payload;
        // The body is rendered once and then fixed: one idempotency key never carries two bodies.
        if (payload === null || d.channel !== settings.channel) {
          const lead = await getLead(tx, d.leadId);
          if (!lead) {
            await cancelDelivery(tx, d.id, "the lead is gone", now);
            continue;
          }
          payload = render(this.#channels[settings.channel], settings, d.kind, lead, assignment!, task);
        }
        const timeoutMs = (settings.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
        await startAttempt(tx, d, {
          channel: settings.channel,
          payload,
          leaseUntil: now + timeoutMs + LEASE_MARGIN_MS,
          now,
        });
        claimed.push({ delivery: d, settings, payload, attempt: d.attempts + 1 });
      }
      return claimed;
    });
  }

  async deliver(c: Claimed, clock: () => number): Promise<void> {
    const startedAt = clock();
    const channel = this.#channels[c.settings.channel as keyof Channels];
    let result: SendResult;
    try {
      result = await channel.send(c.payload, c.settings, c.delivery.idempotencyKey);
    } catch (error) {
      // A bug, not the receiver's doing: keep the delivery, try again later, and say so.
      this.#onError(error);
      const reason = errorText(error);
      result = {
        request: { method: "", url: "", headers: {}, body: "" },
        response: { status: null, headers: {}, body: "", error: reason, durationMs: 0 },
        outcome: { kind: "retry", reason },
      };
    }
    await this.#store.transact((tx) => this.#record(tx, c, result, startedAt, clock()));
  }

  async #record(tx: Tx, c: Claimed, result: SendResult, startedAt: number, now: number): Promise<void> {
    const { delivery: d, attempt } = c;
    const { outcome, request, response } = result;
    const exhausted = attempt >= d.maxAttempts;
    const status: DeliveryStatus =
      outcome.kind === "delivered"
        ? "delivered"
        : outcome.kind === "rejected"
          ? "rejected"
          : outcome.kind === "retry" && !exhausted
            ? "failed"
            : "dead";
    await insertAttempt(tx, {
      deliveryId: d.id,
      attempt,
      startedAt,
      durationMs: response.durationMs,
      outcome: status,
      request,
      responseStatus: response.status,
      responseHeaders: response.headers,
      responseBody: response.body,
      error: response.error,
    });
    const reason = outcome.kind === "delivered" ? null : outcome.reason;
    const ended = await endAttempt(tx, d.id, attempt, {
      status,
      ...(status === "failed" ? { nextAttemptAt: now + retryDelayMs(attempt, this.#random) } : {}),
      request,
      response,
      durationMs: response.durationMs,
      reason,
      externalId: outcome.kind === "delivered" ? (outcome.externalId ?? null) : null,
      priceCents: outcome.kind === "delivered" ? (outcome.priceCents ?? null) : null,
      now,
    });
    // Another sender took the delivery over after this one's lease ran out: it has the say.
    if (!ended || status === "failed") return;
    const data = { delivery: d.id, assignment: d.assignmentId, recipient: d.recipient, attempts: attempt };
    if (d.kind !== "lead") {
      // A notice tells the recipient something; whatever its receiver answers, the lead stays where it is.
      const notice = { notice: d.kind, ...(d.taskId !== null ? { task: d.taskId } : {}), ...data };
      if (outcome.kind === "delivered")
        await event(tx, d.leadId, "notified", now, { ...notice, channel: c.settings.channel });
      else
        await event(tx, d.leadId, "notification_failed", now, { ...notice, reason, status: response.status });
      return;
    }
    if (outcome.kind === "delivered") {
      await this.#delivered(tx, d, outcome.priceCents, now);
      await event(tx, d.leadId, "delivered", now, {
        ...data,
        channel: c.settings.channel,
        status: response.status,
        ...(outcome.externalId !== undefined ? { externalId: outcome.externalId } : {}),
      });
    } else if (outcome.kind === "rejected") {
      await event(tx, d.leadId, "delivery_rejected", now, { ...data, reason, status: response.status });
      await this.#passOn(tx, d, now);
    } else {
      await event(tx, d.leadId, "delivery_failed", now, { ...data, reason, status: response.status });
    }
  }

  /** A replayed rejection that went through gives the recipient its lead back; a price read from the answer is what it pays. */
  async #delivered(tx: Tx, d: Delivery, priceCents: number | undefined, now: number): Promise<void> {
    if (await moveAssignment(tx, d.assignmentId, ["failed"], "accepted", now))
      await addToOpenLeads(tx, [{ recipient: d.recipient, delta: 1 }]);
    if (priceCents === undefined) return;
    const assignment = await getAssignment(tx, d.assignmentId);
    if (!assignment || assignment.priceCents === priceCents) return;
    await repriceAssignment(tx, d.assignmentId, priceCents, now);
    if (assignment.windows)
      await consume(tx, [
        {
          recipient: d.recipient,
          windows: JSON.parse(assignment.windows) as WindowKeys,
          assignments: 0,
          spentCents: priceCents - (assignment.priceCents ?? 0),
          openLeads: 0,
        },
      ]);
  }

  /**
   * The receiver declined the lead: its assignment fails and gives back what it consumed, and,
   * unless someone else still holds the lead, it is routed again to recipients that have not
   * refused it (`REFUSALS`: the decliner among them).
   */
  async #passOn(tx: Tx, d: Delivery, now: number): Promise<void> {
    await lockLead(tx, d.leadId);
    const assignment = await getAssignment(tx, d.assignmentId);
    if (
      !assignment ||
      !(await moveAssignment(tx, assignment.id, ["accepted", "claimed", "delivered"], "failed", now))
    )
      return;
    await releaseAssignment(tx, assignment);
    const history = await listAssignments(tx, d.leadId);
    const lead = await getLead(tx, d.leadId);
    if (!lead || lead.status === "closed" || history.some((a) => HOLDING.has(a.status))) return;
    const stage = lead.stage === "assigned" ? "new" : lead.stage;
    if (stage !== lead.stage) await updateLeadRow(tx, lead.id, { stage, updated_at: now });
    const exclude = refusersOf(history);
    if (await postToNextBidder(tx, this.#store, { ...lead, stage }, assignment, exclude, now)) return;
    await routerFor(this.#store).reroute(tx, { ...lead, stage }, now, { exclude });
  }
}

/** Why a delivery is no longer worth sending, or null: its assignment (or offer, or task) is over. */
function staleness(
  d: Delivery,
  assignment: Assignment | undefined,
  task: LeadTaskRow | undefined,
  now: number,
): string | null {
  if (!assignment) return "the assignment is gone";
  if (d.kind === "offer")
    return assignment.status === "offered" && (assignment.expiresAt === null || assignment.expiresAt > now)
      ? null
      : `the offer is no longer open (${assignment.status})`;
  if (d.kind === "task")
    return !task ? "the task is gone" : task.completed_at !== null ? "the task was completed" : null;
  return SENDABLE.has(assignment.status) ? null : `the assignment is ${assignment.status}`;
}

/** Notices for the recipient's channel: their own subject, every field under its own name. */
const NOTICE_SUBJECT: Record<Exclude<DeliveryKind, "lead">, string> = {
  offer:
    "Lead offered to you: {{firstName}} in {{city}} {{state}} ({{category}}), answer by {{offerExpiresAt}}",
  task: "Task due: {{taskTitle}} ({{firstName}} {{lastName}})",
};

function render(
  channel: DeliveryChannel,
  settings: DeliverySettings,
  kind: DeliveryKind,
  lead: Lead,
  assignment: Assignment,
  task: LeadTaskRow | undefined,
): unknown {
  if (kind === "lead") return channel.render(leadFields(lead, assignment), settings);
  const { fields: _mapping, text: _text, html: _html, ...plain } = settings;
  const fields =
    kind === "offer"
      ? offerFields(lead, assignment)
      : taskFields(lead, assignment, { id: task!.id, title: task!.title, dueAt: task!.due_at });
  return channel.render(fields, { ...plain, subject: NOTICE_SUBJECT[kind] });
}

async function event<K extends SystemEventType>(
  tx: Tx,
  leadId: string,
  type: K,
  now: number,
  data: SystemEventData[K],
) {
  await insertEvent(tx, systemEvent(type, leadId, now, "delivery", data));
}
