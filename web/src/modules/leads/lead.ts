/**
 * A lead as the API shows it. The server's OpenAPI document leaves a lead's shape open (its
 * custom fields vary by category), so the fields the screens read are named here once.
 */
export interface Lead {
  id: string;
  category: string;
  source: string;
  status: string;
  stage: string;
  score: number;
  priority: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  address?: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  fields: Record<string, unknown>;
  consent?: { text?: string; at?: string | null; url?: string } | null;
  tags?: string[];
  cost?: number;
  revenue?: number;
  createdAt: string;
  updatedAt?: string;
  assignments?: Assignment[];
  events?: LeadEvent[];
  /** Lead detail: the source's and the category's names, and the name of each recipient it mentions, by key. */
  sourceName?: string;
  categoryName?: string;
  recipientNames?: Record<string, string>;
}

/** A recipient's name as the lead names it, else its key. */
export const recipientName = (lead: Pick<Lead, "recipientNames">, key: string) =>
  lead.recipientNames?.[key] ?? key;

export interface Assignment {
  id: string;
  leadId: string;
  recipient: string;
  status: string;
  tier: number | null;
  method: string;
  mode: string;
  price?: number | null;
  expiresAt: string | null;
  createdAt: string;
  trace?: unknown;
}

export interface LeadEvent {
  id: string;
  type: string;
  at: string;
  actor: string | null;
  data: Record<string, unknown> | null;
}

const BAND_ORDER = ["hot", "warm", "cold"];
const bandRank = (band: string) => {
  const i = BAND_ORDER.indexOf(band);
  return i === -1 ? BAND_ORDER.length : i;
};

/** A worklist's order: hottest band first, then highest score, then oldest. */
export function byPriority<T extends Pick<Lead, "priority" | "score" | "createdAt">>(
  leads: readonly T[],
): T[] {
  return [...leads].sort(
    (a, b) =>
      bandRank(a.priority) - bandRank(b.priority) ||
      b.score - a.score ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

export const fullName = (lead: Pick<Lead, "firstName" | "lastName">) =>
  [lead.firstName, lead.lastName].filter(Boolean).join(" ") || "Unnamed lead";

export const placeOf = (lead: Pick<Lead, "city" | "state">) =>
  [lead.city, lead.state].filter(Boolean).join(", ");
