import { decide, recipientTimeZone, RecipientIndex, windowKeys } from "./routing/index.js";
import type { Candidate, Plan, RecipientConfig, RecipientState, RoutableLead } from "./routing/index.js";

export interface SimulatedRecipient {
  recipient: string;
  leads: number;
  revenueCents: number;
  marginCents: number;
}

export interface SimulationResult {
  total: number;
  assigned: number;
  pooled: number;
  unassigned: number;
  recipients: SimulatedRecipient[];
}

interface Ledger {
  counts: Map<string, number>;
  spent: Map<string, number>;
  openLeads: number;
  lastServed: number;
  currentWeight: number;
}

/**
 * Replays leads, oldest first, through a plan as if it had been live: each decision is made at
 * the lead's own arrival time against counters built up by the decisions before it. Pure, so a
 * draft plan can be judged without touching anything.
 */
export function simulate(
  leads: readonly RoutableLead[],
  plan: Plan,
  recipients: readonly RecipientConfig[],
): SimulationResult {
  const index = RecipientIndex.build(recipients);
  const ledgers = new Map<string, Ledger>(
    recipients.map((r) => [
      r.key,
      { counts: new Map(), spent: new Map(), openLeads: 0, lastServed: 0, currentWeight: 0 },
    ]),
  );
  const totals = new Map<string, SimulatedRecipient>(
    recipients.map((r) => [r.key, { recipient: r.key, leads: 0, revenueCents: 0, marginCents: 0 }]),
  );
  let sequence = 0;
  const result = { total: 0, assigned: 0, pooled: 0, unassigned: 0 };

  for (const lead of [...leads].sort((a, b) => a.createdAt - b.createdAt)) {
    result.total += 1;
    const found = index.candidatesFor(lead);
    const candidates: Candidate[] = found.map((config) => ({
      config,
      state: stateOf(ledgers.get(config.key)!, config, lead.createdAt),
    }));
    const decision = decide(lead, plan, candidates, sequence, lead.createdAt, {
      prunedByIndex: index.size - found.length,
    });
    sequence = decision.categorySequence;
    if (decision.unassigned) result.unassigned += 1;
    else if (decision.pool) result.pooled += 1;
    else result.assigned += 1;
    for (const u of decision.updates) {
      const ledger = ledgers.get(u.key);
      if (!ledger) continue;
      if (u.rotation?.lastServed !== undefined) ledger.lastServed = u.rotation.lastServed;
      if (u.rotation?.currentWeight !== undefined) ledger.currentWeight = u.rotation.currentWeight;
      if (u.increment) {
        for (const key of Object.values(u.increment.windows))
          ledger.counts.set(key, (ledger.counts.get(key) ?? 0) + u.increment.assignments);
        const month = u.increment.windows.month;
        ledger.spent.set(month, (ledger.spent.get(month) ?? 0) + u.increment.spentCents);
        ledger.openLeads += u.increment.openLeads;
      }
    }
    for (const a of decision.assignments) {
      const t = totals.get(a.recipientKey);
      if (!t) continue;
      t.leads += 1;
      t.revenueCents += a.priceCents;
      t.marginCents += a.marginCents;
    }
  }
  return { ...result, recipients: [...totals.values()] };
}

function stateOf(ledger: Ledger, config: RecipientConfig, at: number): RecipientState {
  const w = windowKeys(recipientTimeZone(config), at);
  const count = (key: string) => ledger.counts.get(key) ?? 0;
  return {
    counts: { hour: count(w.hour), day: count(w.day), week: count(w.week), month: count(w.month) },
    spentCents: ledger.spent.get(w.month) ?? 0,
    openLeads: ledger.openLeads,
    rotation: { lastServed: ledger.lastServed, currentWeight: ledger.currentWeight },
  };
}
