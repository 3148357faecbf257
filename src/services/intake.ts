import { AppError, invalid } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Category } from "../domain/category.js";
import {
  dedupeValues,
  normalizeLead,
  type Lead,
  type LeadEvent,
  type NormalizedLead,
} from "../domain/lead.js";
import type { Source } from "../domain/source.js";
import { scoreLead } from "../domain/scoring.js";
import type { Assignment } from "../store/queries/assignments.js";
import {
  claimDedupeKeys,
  findDedupeHolder,
  insertEvent,
  insertLead,
  releaseDedupeKeys,
} from "../store/queries/leads.js";
import { RetryableConflict, type Store, type Tx } from "../store/store.js";
import { intakeConfig } from "./intake-config.js";
import { routableLead, routerFor, type Router } from "./routing.js";

const DAY_MS = 86_400_000;

export interface IntakeRequest {
  intakeKey: string | undefined;
  body: Record<string, unknown>;
  ip: string | null;
  now?: number;
}

export type IntakeResult =
  | { kind: "created"; lead: Lead; assignments: Assignment[] }
  | { kind: "duplicate"; duplicateOf: string; lead: null };

/**
 * Captures one lead: authenticates the source, validates and normalizes the body, and in
 * one transaction dedupes it, stores it and records its first event. A duplicate is noted
 * on the original lead's timeline and nothing else is written.
 */
export async function receiveLead(store: Store, req: IntakeRequest): Promise<IntakeResult> {
  const now = req.now ?? Date.now();
  if (!req.intakeKey) throw new AppError("unauthorized", "an intake key is required (header X-Intake-Key)");
  const { source, category } = await intakeConfig(store, req.intakeKey, now);
  if (!source) throw new AppError("unauthorized", "the intake key is not valid");
  if (!source.enabled) throw new AppError("forbidden", `source ${source.key} is disabled`);
  if (!category) throw new AppError("internal", `source ${source.key} has no category`);

  const normalized = normalizeLead(req.body, category, { ip: req.ip, now });
  if (!normalized.ok) throw invalid(normalized.errors);
  return store.transact((tx) =>
    captureLead(tx, { source, category, lead: normalized.lead, ip: req.ip, now, router: routerFor(store) }),
  );
}

export interface Capture {
  source: Source;
  category: Category;
  lead: NormalizedLead;
  ip: string | null;
  now: number;
  /** Who the timeline names as the lead's origin; `source:<key>` unless a batch caller says otherwise. */
  actor?: string;
  /** Routes the lead in the same transaction (`routerFor(store)`). */
  router: Router;
}

/**
 * The transactional part of intake, for callers that batch leads into one transaction
 * (CSV import): dedupe, store, record the first event. Throws `RetryableConflict` when a
 * concurrent transaction claimed one of the lead's dedupe keys first.
 */
export async function captureLead(tx: Tx, capture: Capture): Promise<IntakeResult> {
  const { source, category, now } = capture;
  const actor = capture.actor ?? `source:${source.key}`;
  const keys = dedupeValues(capture.lead, category.dedupe.windowDays > 0 ? category.dedupe.keys : []);
  const windowStart = now - category.dedupe.windowDays * DAY_MS;
  const leadId = newId("lead", now);
  if (keys.length > 0) {
    const claimed = await claimDedupeKeys(tx, category.key, keys, leadId, now, windowStart);
    const taken = keys.find((k) => !claimed.has(k.kind));
    if (taken) {
      const holder = await findDedupeHolder(tx, category.key, taken.kind, taken.value);
      // Not yet visible: the holder's transaction is still being decided; run again.
      if (!holder || holder.leadId === leadId || holder.createdAt < windowStart)
        throw new RetryableConflict(`dedupe ${taken.kind} taken concurrently`);
      if (claimed.size > 0) await releaseDedupeKeys(tx, category.key, leadId);
      await insertEvent(tx, {
        id: newId("event", now),
        leadId: holder.leadId,
        type: "duplicate",
        at: now,
        actor,
        data: { matchedOn: taken.kind, source: source.key, ip: capture.ip },
      });
      return { kind: "duplicate", duplicateOf: holder.leadId, lead: null };
    }
  }
  const lead: Lead = {
    ...capture.lead,
    id: leadId,
    category: category.key,
    source: source.key,
    ip: capture.ip,
    score: 0,
    priority: "cold",
    stage: "new",
    status: "unassigned",
    tags: [],
    costCents: source.costPerLeadCents,
    revenueCents: 0,
    createdAt: now,
    updatedAt: now,
    retryAt: null,
  };
  Object.assign(lead, scoreLead(routableLead(lead), category.scoring.rules, category.scoring.bands));
  const routing = await capture.router.decide(tx, lead, now);
  lead.status = routing.status;
  lead.retryAt = routing.retryAt;
  if (routing.status === "assigned") lead.stage = "assigned";
  lead.tier = routing.tier;
  lead.poolUntil = routing.poolUntil;
  await insertLead(tx, lead);
  const received: LeadEvent = {
    id: newId("event", now),
    leadId: lead.id,
    type: "received",
    at: now,
    actor,
    data: {
      source: source.key,
      ip: capture.ip,
      score: lead.score,
      priority: lead.priority,
      ...(lead.consent ? { consent: true } : {}),
    },
  };
  const assignments = await capture.router.commit(tx, lead, routing, now, [received]);
  return { kind: "created", lead, assignments };
}
