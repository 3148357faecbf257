/** A lead given (or offered) to a recipient, with the decision that gave it. */
export interface Assignment {
  id: string;
  leadId: string;
  recipient: string;
  status: string;
  category: string | null;
  planVersion: number | null;
  tier: number | null;
  method: string | null;
  mode: string | null;
  priceCents: number | null;
  costCents: number | null;
  marginCents: number | null;
  trace: string | null;
  expiresAt: number | null;
  actor: string | null;
  createdAt: number;
  reason?: string | null;
  respondedAt?: number | null;
  /** The cap windows it consumed, JSON of `WindowKeys`. */
  windows?: string | null;
}
