/** What `POST /api/v1/categories/{key}/plan/simulate` answers: who would have got the stored leads. */
export interface Simulation {
  total: number;
  assigned: number;
  pooled: number;
  unassigned: number;
  truncated: boolean;
  recipients: { recipient: string; leads: number; revenue: number; margin: number }[];
}

export interface ComparedRecipient {
  recipient: string;
  now: { leads: number; margin: number };
  draft: { leads: number; margin: number };
  /** Draft less now. */
  leads: number;
  margin: number;
  changed: boolean;
}

export interface Comparison {
  total: number;
  recipients: ComparedRecipient[];
  unassigned: { now: number; draft: number; change: number };
  pooled: { now: number; draft: number; change: number };
  truncated: boolean;
}

const cents = (amount: number) => Math.round(amount * 100);

/**
 * The live plan's simulation beside the draft's, recipient by recipient: the recipients either
 * plan gives leads to, those the draft changes most first, then by name. With no live plan
 * (`now` null) every figure is compared with zero.
 */
export function compare(now: Simulation | null, draft: Simulation): Comparison {
  const before = new Map((now?.recipients ?? []).map((r) => [r.recipient, r]));
  const after = new Map(draft.recipients.map((r) => [r.recipient, r]));
  const names = [...new Set([...before.keys(), ...after.keys()])];
  const recipients = names
    .map((recipient): ComparedRecipient => {
      const b = before.get(recipient);
      const a = after.get(recipient);
      const was = { leads: b?.leads ?? 0, margin: b?.margin ?? 0 };
      const will = { leads: a?.leads ?? 0, margin: a?.margin ?? 0 };
      const margin = (cents(will.margin) - cents(was.margin)) / 100;
      const leads = will.leads - was.leads;
      return { recipient, now: was, draft: will, leads, margin, changed: leads !== 0 || margin !== 0 };
    })
    .filter((r) => r.now.leads > 0 || r.draft.leads > 0)
    .sort(
      (x, y) =>
        Math.abs(y.leads) - Math.abs(x.leads) ||
        Math.abs(y.margin) - Math.abs(x.margin) ||
        x.recipient.localeCompare(y.recipient),
    );
  const pair = (n: number, d: number) => ({ now: n, draft: d, change: d - n });
  return {
    total: draft.total,
    recipients,
    unassigned: pair(now?.unassigned ?? 0, draft.unassigned),
    pooled: pair(now?.pooled ?? 0, draft.pooled),
    truncated: draft.truncated || (now?.truncated ?? false),
  };
}

/** A change as a signed figure: "+3", "−2", "no change". */
export function signed(change: number, format: (n: number) => string = String): string {
  if (change === 0) return "no change";
  return change > 0 ? `+${format(change)}` : `−${format(-change)}`;
}

export type Period = "7d" | "30d" | "90d" | "all";

export const PERIODS: { value: Period; label: string }[] = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "all", label: "All stored leads" },
];

/** The `from` of a period ending now (no bound for every stored lead). */
export function periodRange(period: Period, now: number): { from?: string } {
  const days = { "7d": 7, "30d": 30, "90d": 90, all: 0 }[period];
  return days === 0 ? {} : { from: new Date(now - days * 86_400_000).toISOString() };
}
