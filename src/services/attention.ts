import type { Lead } from "../domain/lead.js";
import {
  decide,
  RecipientIndex,
  type CandidateTrace,
  type Decision,
  type Plan,
} from "../domain/routing/index.js";
import { listAssignmentsOfLeads } from "../store/queries/assignments.js";
import { deadDeliveriesOf, leadsWithDeadDeliveries, strandedLeads } from "../store/queries/attention.js";
import { getLeads } from "../store/queries/leads.js";
import { getPlan } from "../store/queries/plans.js";
import { listRecipients, type Recipient } from "../store/queries/recipients.js";
import { routingHeadOf } from "../store/queries/routing-state.js";
import type { Runner, Store } from "../store/store.js";
import { refusersOf, routableLead, withStates } from "./routing.js";

/**
 * Why nobody is working a lead, and nothing will route it by itself:
 * - `no_plan`: its category has no plan, or a plan without tiers;
 * - `no_recipient`: no recipient of the category covers the lead, or none the plan selects;
 * - `not_eligible`: recipients cover it, but each is ruled out for good (a filter, a cap or
 *   budget of 0, its territory…); `candidates` says why, one by one;
 * - `recipients_away`: the ones who could take it are away;
 * - `at_capacity`: the ones who could take it hold as many open leads as they may;
 * - `all_refused`: everyone who could take it refused it (rejected, returned or declined it);
 * - `offers_ran_out`: its offers expired, and the plan has nobody after them;
 * - `delivery_dead`: it is assigned, but its delivery to the recipient gave up.
 */
export const ATTENTION_PROBLEMS = [
  "no_plan",
  "no_recipient",
  "not_eligible",
  "recipients_away",
  "at_capacity",
  "all_refused",
  "offers_ran_out",
  "delivery_dead",
] as const;
export type AttentionProblem = (typeof ATTENTION_PROBLEMS)[number];

export interface AttentionItem {
  lead: Lead;
  problem: AttentionProblem;
  /** Why, in a sentence. */
  message: string;
  /** What a person can do about it. */
  fix: string;
  /** What would route it again without anyone acting on the lead itself. */
  retry: string;
  /** Since when it has been this way (the lead's or its delivery's last change). */
  since: number;
  /** For a lead nobody holds: each recipient of the category that was considered, and why not. */
  candidates: { recipient: string; reason: string }[];
  /** For `delivery_dead`: the deliveries that gave up. */
  deliveries: { id: string; recipient: string; attempts: number; lastError: string | null }[];
}

export interface AttentionFilter {
  category?: string | undefined;
  /** Only leads with an id below this one (the page after the cursor, newest first). */
  before?: string | undefined;
}

const RETRY_ON_CHANGE = "when a recipient of its category or its plan is added or changed";

/**
 * Every lead that needs a person: nobody holds it and no retry is due (status `unassigned`
 * without `retryAt`), or it is held but its delivery is dead. Newest first, `limit` at most. A
 * lead waiting for a known retry time (a schedule opening, a cap or budget window, an away period
 * ending) is not listed: it will be routed then by itself.
 */
export async function leadsNeedingAttention(
  store: Store,
  filter: AttentionFilter,
  limit: number,
  now = Date.now(),
): Promise<AttentionItem[]> {
  const strandedRows = await strandedLeads(store, filter, limit);
  const deadRows = await deadDeliveriesOf(store, await leadsWithDeadDeliveries(store, filter, limit));

  const since = new Map<string, number>();
  for (const r of strandedRows) since.set(r.id, r.updated_at);
  const deadOf = new Map<string, typeof deadRows>();
  for (const d of deadRows) {
    deadOf.set(d.lead_id, [...(deadOf.get(d.lead_id) ?? []), d]);
    since.set(d.lead_id, Math.max(since.get(d.lead_id) ?? 0, d.updated_at));
  }
  const ids = [...since.keys()].sort().reverse().slice(0, limit);
  const leads = await getLeads(store, ids);
  const stuck = ids.filter((id) => !deadOf.has(id)).flatMap((id) => leads.get(id) ?? []);
  const diagnoses = await diagnose(store, stuck, now);

  const items: AttentionItem[] = [];
  for (const id of ids) {
    const lead = leads.get(id);
    if (!lead) continue;
    const deliveries = deadOf.get(id);
    if (deliveries) {
      items.push({
        lead,
        problem: "delivery_dead",
        message: `its delivery to ${[...new Set(deliveries.map((d) => d.recipient))].join(", ")} gave up after ${Math.max(...deliveries.map((d) => d.attempts))} attempts`,
        fix: "fix the recipient's delivery settings or receiver, then replay the delivery (POST /api/v1/deliveries/{id}/replay), or assign the lead to someone else",
        retry: "only when the delivery is replayed",
        since: since.get(id)!,
        candidates: [],
        deliveries: deliveries.map((d) => ({
          id: d.id,
          recipient: d.recipient,
          attempts: d.attempts,
          lastError: d.last_error,
        })),
      });
      continue;
    }
    const d = diagnoses.get(id);
    if (d) items.push({ lead, ...d, since: since.get(id)!, deliveries: [] });
  }
  return items;
}

type Diagnosis = Pick<AttentionItem, "problem" | "message" | "fix" | "retry" | "candidates">;

interface CategoryRouting {
  plan: Plan;
  index: RecipientIndex<Recipient>;
  sequence: number;
}

async function categoryRouting(db: Runner, category: string): Promise<CategoryRouting> {
  const head = await routingHeadOf(db, category);
  const version = head?.planVersion ?? 0;
  const stored = version > 0 ? await getPlan(db, category, version) : undefined;
  return {
    plan: { version, tiers: stored?.tiers ?? [] },
    index: RecipientIndex.build(await listRecipients(db, category)),
    sequence: head?.sequence ?? 0,
  };
}

/**
 * Routes each lead as a retry would (from the first tier, without its refusers) on the current
 * configuration and counters, writing nothing, and says from that decision why nobody takes it.
 */
async function diagnose(store: Store, leads: readonly Lead[], now: number): Promise<Map<string, Diagnosis>> {
  const out = new Map<string, Diagnosis>();
  if (leads.length === 0) return out;
  const histories = await listAssignmentsOfLeads(
    store,
    leads.map((l) => l.id),
  );
  const routings = new Map<string, Promise<CategoryRouting>>();
  for (const lead of leads) {
    const pending = routings.get(lead.category) ?? categoryRouting(store, lead.category);
    routings.set(lead.category, pending);
    const { plan, index, sequence } = await pending;
    const history = histories.get(lead.id) ?? [];
    const routable = routableLead(lead);
    const found = index.candidatesFor(routable);
    const candidates = await withStates(store, lead.category, found, now, sequence);
    const refused = refusersOf(history);
    const decision = decide(routable, plan, candidates, sequence, now, { exclude: refused });
    out.set(lead.id, explain(lead, plan, found.length, decision, history));
  }
  return out;
}

/** The first reason each considered recipient was not eligible, in the order the decision met them. */
function reasonsOf(decision: Decision): Map<string, CandidateTrace> {
  const reasons = new Map<string, CandidateTrace>();
  for (const c of [...decision.trace.exclusive, ...decision.trace.tiers.flatMap((t) => t.candidates)])
    if (!reasons.has(c.key)) reasons.set(c.key, c);
  return reasons;
}

function explain(
  lead: Lead,
  plan: Plan,
  found: number,
  decision: Decision,
  history: readonly { status: string; recipient: string }[],
): Diagnosis {
  const where = [lead.contact.state, lead.contact.zip].filter(Boolean).join(" ") || "no location";
  const reasons = reasonsOf(decision);
  const candidates = [...reasons.values()].map((c) => ({
    recipient: c.key,
    reason: c.eligible ? "eligible now" : c.detail ? `${c.rule}: ${c.detail}` : c.rule,
  }));
  const base = { retry: RETRY_ON_CHANGE, candidates };
  if (plan.tiers.length === 0)
    return {
      ...base,
      problem: "no_plan",
      message: `category ${lead.category} has no plan`,
      fix: `put a plan for ${lead.category} (PUT /api/v1/categories/${lead.category}/plan)`,
    };
  if (!decision.unassigned) {
    const ranOut = history.some((a) => a.status === "expired" || a.status === "withdrawn");
    return ranOut
      ? {
          ...base,
          problem: "offers_ran_out",
          message: "every offer of it expired, and the plan has nobody after them",
          fix: "assign it by hand, or add a later tier (a pool, or other recipients) to the plan",
        }
      : {
          ...base,
          problem: "not_eligible",
          message: "someone could take it now, but nothing routes it again by itself",
          fix: "assign it by hand, or change the plan or a recipient to route the category's waiting leads again",
        };
  }
  const considered = [...reasons.values()];
  if (found === 0 || considered.length === 0)
    return {
      ...base,
      problem: "no_recipient",
      message:
        found === 0
          ? `no recipient of ${lead.category} covers a lead in ${where}`
          : `the plan selects none of the ${found} recipients of ${lead.category} that cover ${where}`,
      fix: `add a recipient whose territory covers ${where}, or widen a territory or the plan's selection`,
    };
  const excluded = considered.filter((c): c is Extract<CandidateTrace, { eligible: false }> => !c.eligible);
  if (excluded.every((c) => c.rule === "excluded"))
    return {
      ...base,
      problem: "all_refused",
      message: `every recipient who could take it refused it (${excluded.map((c) => c.key).join(", ")})`,
      fix: "assign it by hand, or add a recipient for it",
    };
  const away = excluded.filter((c) => c.rule === "away" || c.rule === "away_period").map((c) => c.key);
  if (away.length > 0)
    return {
      ...base,
      problem: "recipients_away",
      message: `the recipients who could take it are away (${away.join(", ")})`,
      fix: "set one of them available, or assign it by hand",
      retry: `when ${away.length === 1 ? away[0] : `one of ${away.join(", ")}`} becomes available, or ${RETRY_ON_CHANGE}`,
    };
  const full = excluded.filter((c) => c.rule === "capacity").map((c) => c.key);
  if (full.length > 0)
    return {
      ...base,
      problem: "at_capacity",
      message: `the recipients who could take it hold all the open leads they may (${full.join(", ")})`,
      fix: "raise their capacity, or assign it by hand",
    };
  return {
    ...base,
    problem: "not_eligible",
    message: `no recipient of ${lead.category} may take it: ${excluded.map((c) => `${c.key} (${c.rule})`).join(", ")}`,
    fix: "change a recipient's filters, caps, budget or territory, or assign it by hand",
  };
}
