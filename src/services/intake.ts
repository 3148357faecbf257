import { AppError, invalid } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Category } from "../domain/category.js";
import { dedupeValues, normalizeLead, type Lead, type NormalizedLead } from "../domain/lead.js";
import type { Source } from "../domain/source.js";
import { scoreLead } from "../domain/scoring.js";
import type { Assignment } from "../store/queries/assignments.js";
import { getCategory } from "../store/queries/categories.js";
import { claimDedupeKey, findDedupeHolder, insertEvent, insertLead } from "../store/queries/leads.js";
import { getSourceByIntakeKey } from "../store/queries/sources.js";
import { RetryableConflict, type Store, type Tx } from "../store/store.js";
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
  const source = await getSourceByIntakeKey(store.db, req.intakeKey);
  if (!source) throw new AppError("unauthorized", "the intake key is not valid");
  if (!source.enabled) throw new AppError("forbidden", `source ${source.key} is disabled`);
  const category = await getCategory(store.db, source.category);
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
  for (const key of keys) {
    const holder = await findDedupeHolder(tx, category.key, key.kind, key.value);
    if (holder && holder.createdAt >= windowStart) {
      await insertEvent(tx, {
        id: newId("event", now),
        leadId: holder.leadId,
        type: "duplicate",
        at: now,
        actor,
        data: { matchedOn: key.kind, source: source.key, ip: capture.ip },
      });
      return { kind: "duplicate", duplicateOf: holder.leadId, lead: null };
    }
  }
  const leadId = newId("lead", now);
  for (const key of keys) {
    const claimed = await claimDedupeKey(
      tx,
      { category: category.key, kind: key.kind, value: key.value, leadId, at: now },
      windowStart,
    );
    if (!claimed) throw new RetryableConflict(`dedupe ${key.kind} taken concurrently`);
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
  await insertLead(tx, lead);
  await insertEvent(tx, {
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
  });
  const assignments = await capture.router.commit(tx, lead, routing, now);
  return { kind: "created", lead, assignments };
}
