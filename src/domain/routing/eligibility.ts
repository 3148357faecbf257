import { describeFilter, describeLeadValue, firstFailingFilter } from "./filters.js";
import { priceFor } from "./price.js";
import { awayPeriodAt, isWithinSchedule, nextScheduleOpening } from "./schedule.js";
import { territoryCovers, zip5 } from "./territory.js";
import {
  CAP_WINDOWS,
  type CapWindow,
  type Candidate,
  type Exclusion,
  type Filter,
  type RecipientConfig,
  type RoutableLead,
} from "./types.js";
import { nextWindowStart } from "./windows.js";
import { describeLocal } from "./zoned-time.js";

export { windowKeys, nextWindowStart } from "./windows.js";
export { nextScheduleOpening, isWithinSchedule } from "./schedule.js";

export type Eligibility = { eligible: true; priceCents: number } | ({ eligible: false } & Exclusion);

/** Caps and budgets count in the zone of the recipient's schedule; without one, in UTC. */
export function recipientTimeZone(config: RecipientConfig): string {
  return config.schedule?.timezone ?? "UTC";
}

function where(lead: RoutableLead): string {
  const zip = zip5(lead.zip);
  if (lead.state === undefined) return zip === undefined ? "lead has no location" : `lead in ${zip}`;
  return zip === undefined ? `lead in ${lead.state}` : `lead in ${lead.state} ${zip}`;
}

/**
 * The parts of exclusion details that depend only on the lead and the clock, written once per
 * decision rather than once per excluded candidate.
 */
export class LeadFacts {
  #where: string | undefined;
  // Made on first use: most decisions need neither.
  #closed: Map<string, string> | undefined;
  #leadHas: Map<string, string> | undefined;

  constructor(
    readonly lead: RoutableLead,
    readonly now: number,
  ) {}

  get where(): string {
    return (this.#where ??= where(this.lead));
  }

  /** `closed (America/Chicago Sun 08:12)` */
  closed(timezone: string): string {
    const closed = (this.#closed ??= new Map());
    let text = closed.get(timezone);
    if (text === undefined) {
      text = `closed (${describeLocal(timezone, this.now)})`;
      closed.set(timezone, text);
    }
    return text;
  }

  filterFailure(filter: Filter): string {
    const leadHas = (this.#leadHas ??= new Map());
    let has = leadHas.get(filter.field);
    if (has === undefined) {
      has = describeLeadValue(filter.field, this.lead);
      leadHas.set(filter.field, has);
    }
    return `${describeFilter(filter)} (${has})`;
  }
}

function capReached(window: CapWindow, cap: number): Eligibility {
  return { eligible: false, rule: "cap", detail: `${window} cap ${cap} reached` };
}

/**
 * Whether a recipient may take a lead now, and if not the first rule that rules it out, in this
 * order: category, territory, filter, away, away_period, schedule, capacity, cap, budget. What
 * the lead is comes before whether the recipient is free, so a trace says "territory" rather than
 * "closed" for a lead that would never fit.
 */
export function checkEligibility(candidate: Candidate, lead: RoutableLead, now: number): Eligibility {
  return assessEligibility(candidate, new LeadFacts(lead, now));
}

/** `checkEligibility` with the lead's facts shared by every candidate of a decision. */
export function assessEligibility(candidate: Candidate, facts: LeadFacts): Eligibility {
  const { lead, now } = facts;
  const { config, state } = candidate;
  if (!config.categories.includes(lead.category))
    return { eligible: false, rule: "category", detail: `does not take ${lead.category}` };
  // Retired for good: unlike away, it holds no exclusive territory it could come back to.
  if (config.status === "retired") return { eligible: false, rule: "retired" };
  if (!territoryCovers(config.territory, lead))
    return { eligible: false, rule: "territory", detail: facts.where };
  const failing = firstFailingFilter(config.filters, lead);
  if (failing) return { eligible: false, rule: "filter", detail: facts.filterFailure(failing) };
  if (config.status === "away")
    return {
      eligible: false,
      rule: "away",
      detail: config.awayReason ? config.awayReason.replace("_", " ") : "status away",
    };
  const away = awayPeriodAt(config.awayPeriods, now);
  if (away)
    return { eligible: false, rule: "away_period", detail: `away until ${new Date(away.to).toISOString()}` };
  if (!isWithinSchedule(config.schedule, now))
    return { eligible: false, rule: "schedule", detail: facts.closed(recipientTimeZone(config)) };
  if (config.capacity !== undefined && state.openLeads >= config.capacity)
    return {
      eligible: false,
      rule: "capacity",
      detail: `${state.openLeads} of ${config.capacity} open leads`,
    };
  const caps = config.caps;
  if (caps) {
    // The windows in CAP_WINDOWS order, spelled out: a property read by a variable name is slow.
    const { counts } = state;
    if (caps.hour !== undefined && counts.hour >= caps.hour) return capReached("hour", caps.hour);
    if (caps.day !== undefined && counts.day >= caps.day) return capReached("day", caps.day);
    if (caps.week !== undefined && counts.week >= caps.week) return capReached("week", caps.week);
    if (caps.month !== undefined && counts.month >= caps.month) return capReached("month", caps.month);
  }
  const priceCents = priceFor(config.price, lead);
  if (config.budgetCents !== undefined && state.spentCents + priceCents > config.budgetCents) {
    const left = Math.max(0, config.budgetCents - state.spentCents);
    return {
      eligible: false,
      rule: "budget",
      detail: `price ${priceCents} exceeds the ${left} left of the monthly budget ${config.budgetCents}`,
    };
  }
  return { eligible: true, priceCents };
}

/**
 * The earliest instant, after `now`, at which the passing of time alone (a schedule opening, an
 * away period ending, a cap or budget window resetting) could make the recipient eligible; null
 * when only a change of configuration, status or open leads could.
 */
export function earliestEligibleAt(candidate: Candidate, lead: RoutableLead, now: number): number | null {
  const { config, state } = candidate;
  if (!config.categories.includes(lead.category) || config.status !== "available") return null;
  if (!territoryCovers(config.territory, lead) || firstFailingFilter(config.filters, lead)) return null;
  if (config.capacity !== undefined && state.openLeads >= config.capacity) return null;
  const timezone = recipientTimeZone(config);
  let from = now;
  for (const w of CAP_WINDOWS) {
    const cap = config.caps?.[w];
    if (cap === undefined || state.counts[w] < cap) continue;
    if (cap <= 0) return null;
    from = Math.max(from, nextWindowStart(timezone, w, now));
  }
  if (config.budgetCents !== undefined) {
    const priceCents = priceFor(config.price, lead);
    if (priceCents > config.budgetCents) return null;
    if (state.spentCents + priceCents > config.budgetCents)
      from = Math.max(from, nextWindowStart(timezone, "month", now));
  }
  const at = nextScheduleOpening(config.schedule, config.awayPeriods, from);
  return at !== null && at > now ? at : null;
}
