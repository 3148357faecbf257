import { Type, type Static } from "typebox";
import { invalid } from "../domain/errors.js";
import { LEAD_STATUSES } from "../domain/lead.js";
import type { LeadFilter } from "../store/queries/leads.js";

/** The filters of the leads table, shared by its list and its CSV export. */
export const LeadFilterQuery = {
  category: Type.Optional(Type.String({ maxLength: 64 })),
  source: Type.Optional(Type.String({ maxLength: 64 })),
  stage: Type.Optional(Type.String({ maxLength: 64 })),
  state: Type.Optional(Type.String({ maxLength: 8 })),
  recipient: Type.Optional(
    Type.String({ maxLength: 64, description: "leads this recipient had in any way" }),
  ),
  status: Type.Optional(Type.Union(LEAD_STATUSES.map((s) => Type.Literal(s)))),
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description: "text in the name, email or phone, whatever its case; a phone by its digits",
    }),
  ),
  from: Type.Optional(Type.String({ maxLength: 40, description: "ISO date or date-time, inclusive" })),
  to: Type.Optional(Type.String({ maxLength: 40, description: "ISO date or date-time, exclusive" })),
};

type Filters = Static<ReturnType<typeof Type.Object<typeof LeadFilterQuery>>>;

export function leadFilterOf(q: Filters): Omit<LeadFilter, "before"> {
  return {
    category: q.category,
    source: q.source,
    stage: q.stage,
    state: q.state?.toUpperCase(),
    recipient: q.recipient,
    status: q.status,
    q: q.q?.trim() || undefined,
    from: timeOf("from", q.from),
    to: timeOf("to", q.to),
  };
}

export function timeOf(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (!Number.isFinite(t))
    throw invalid([{ field, code: "invalid", message: `${field} must be an ISO date or date-time` }]);
  return t;
}
