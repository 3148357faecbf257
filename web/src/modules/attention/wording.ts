import { fullName, placeOf, type Lead } from "../leads/lead";
import { reasonOf } from "../leads/trace";

/** One row of `GET /api/v1/leads/attention`, with the lead's fields the screen reads. */
export interface AttentionItem {
  lead: Lead;
  problem: string;
  message: string;
  fix: string;
  retry: string;
  since: string;
  candidates: { recipient: string; reason: string }[];
  deliveries: { id: string; recipient: string; attempts: number; lastError: string | null }[];
}

/** A screen the fix takes a person to. */
export interface FixLink {
  href: string;
  label: string;
}

/** A row of Needs attention: what is wrong and what to do, in a person's words. */
export interface AttentionRow {
  leadId: string;
  name: string;
  category: string;
  /** "Windows · Des Moines, IA". */
  about: string;
  /** The problem, first words first: "No eligible recipient: all 3 capped". */
  problem: string;
  /** What to do about it. */
  fix: string;
  /** What would route it again by itself, if anything. */
  retry: string | null;
  since: string;
  /** Whether assigning by hand is one of the fixes (always, except while a delivery is replayable). */
  assign: boolean;
  /** The deliveries that gave up, each replayable from the row. */
  replay: { id: string; label: string; lastError: string | null }[];
  link: FixLink | null;
}

const RECIPIENTS: FixLink = { href: "/recipients", label: "Recipients" };
const PLANS: FixLink = { href: "/plans", label: "Plans" };

/** "a", "a and b", "a, b and c"; more than `max` named as "a, b and 3 others". */
export function listOf(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > max) {
    const rest = names.length - (max - 1);
    return `${names.slice(0, max - 1).join(", ")} and ${rest} others`;
  }
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The rule of a candidate's reason ("cap: day cap 3 reached" → "cap"). */
const ruleOf = (reason: string) => reason.split(":")[0]!.trim();

/**
 * Why the recipients considered do not take the lead, grouped: "all 3 capped" when they share a
 * reason, else "2 capped, 1 away", largest group first.
 */
export function whyNot(candidates: AttentionItem["candidates"]): string {
  const groups = new Map<string, string[]>();
  for (const c of candidates) {
    const rule = ruleOf(c.reason);
    if (rule === "eligible now") continue;
    const reason = reasonOf(rule);
    groups.set(reason, [...(groups.get(reason) ?? []), c.recipient]);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (sorted.length === 0) return "";
  if (sorted.length === 1) {
    const [reason, names] = sorted[0]!;
    return names.length === 1
      ? `${names[0]} is ${reason}`
      : `all ${names.length} ${reason} (${listOf(names)})`;
  }
  return sorted.map(([reason, names]) => `${names.length} ${reason}`).join(", ");
}

const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** Where a lead is, as a fix names it: "IA 50309". */
const whereOf = (lead: Lead) => [lead.state, lead.zip].filter(Boolean).join(" ") || "its location";

/** A row of Needs attention from the API's item: the problem, the fix and the actions that fit. */
export function attentionRow(item: AttentionItem): AttentionRow {
  const { lead } = item;
  const place = placeOf(lead);
  const base = {
    leadId: lead.id,
    name: fullName(lead),
    category: lead.category,
    about: [lead.category, place].filter(Boolean).join(" · "),
    since: item.since,
    retry:
      item.retry && item.retry !== "only when the delivery is replayed"
        ? `Routes again by itself ${item.retry}.`
        : null,
    assign: true,
    replay: [] as AttentionRow["replay"],
  };
  const why = whyNot(item.candidates);
  const notEligible = (detail: string) => `No eligible recipient: ${detail || "none may take it"}`;
  switch (item.problem) {
    case "no_plan":
      return {
        ...base,
        problem: `No plan: ${lead.category} has no plan, so nobody is offered its leads`,
        fix: `Make a plan for ${lead.category}, or assign this lead by hand.`,
        link: PLANS,
      };
    case "no_recipient":
      return {
        ...base,
        problem: `No recipient covers ${whereOf(lead)}`,
        fix: `Add a recipient whose territory covers ${whereOf(lead)}, widen a territory, or assign this lead by hand.`,
        link: RECIPIENTS,
      };
    case "recipients_away":
      return {
        ...base,
        problem: notEligible(why),
        fix: "Set one of them available, or assign this lead by hand.",
        link: RECIPIENTS,
      };
    case "at_capacity":
      return {
        ...base,
        problem: notEligible(why),
        fix: "Raise their capacity, or assign this lead by hand.",
        link: RECIPIENTS,
      };
    case "all_refused":
      return {
        ...base,
        problem: `Everyone who could take it refused it (${listOf(item.candidates.map((c) => c.recipient))})`,
        fix: "Assign it by hand, or add a recipient for it.",
        link: RECIPIENTS,
      };
    case "offers_ran_out":
      return {
        ...base,
        problem: "Offers ran out: every offer expired, and the plan has nobody after them",
        fix: "Assign it by hand, or add a later tier (a pool, or other recipients) to the plan.",
        link: PLANS,
      };
    case "delivery_dead": {
      const recipients = [...new Set(item.deliveries.map((d) => d.recipient))];
      const attempts = Math.max(0, ...item.deliveries.map((d) => d.attempts));
      const lastError = item.deliveries.find((d) => d.lastError)?.lastError;
      return {
        ...base,
        problem: `Delivery failed: sending it to ${listOf(recipients)} gave up after ${attempts} attempt${attempts === 1 ? "" : "s"}${lastError ? ` (${lastError})` : ""}`,
        fix: `Fix ${listOf(recipients)}'s delivery settings or receiver, then replay the delivery, or assign the lead to someone else.`,
        retry: null,
        replay: item.deliveries.map((d) => ({
          id: d.id,
          label: `Replay delivery to ${d.recipient}`,
          lastError: d.lastError,
        })),
        link: RECIPIENTS,
      };
    }
    case "not_eligible":
      return {
        ...base,
        problem: why ? notEligible(why) : capitalize(item.message),
        fix: why
          ? "Change a recipient's caps, filters, schedule or territory, or assign this lead by hand."
          : "Assign it by hand, or change the plan or a recipient so the category's waiting leads route again.",
        link: RECIPIENTS,
      };
    default:
      return { ...base, problem: capitalize(item.message), fix: sentence(capitalize(item.fix)), link: null };
  }
}
