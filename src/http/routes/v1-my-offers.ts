import { Type } from "typebox";
import { leadTeaser } from "../../domain/delivery/payload.js";
import type { Role } from "../../domain/user.js";
import { listAssignmentsOf } from "../../store/queries/assignments.js";
import { getLeads } from "../../store/queries/leads.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { LeadFields, errors } from "../schemas.js";

const RECIPIENT_USERS: readonly Role[] = ["agent", "partner"];
const iso = (ms: number) => new Date(ms).toISOString();

const OfferView = Type.Object({
  id: Type.String({ description: "the assignment to accept or pass" }),
  leadId: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  expiresAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  lead: Type.Object({
    id: Type.String(),
    category: Type.String(),
    source: Type.String(),
    score: Type.Number(),
    priority: Type.String(),
    firstName: Type.Union([Type.String(), Type.Null()]),
    city: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union([Type.String(), Type.Null()]),
    zip: Type.Union([Type.String(), Type.Null()]),
    receivedAt: Type.String({ format: "date-time" }),
    fields: LeadFields,
  }),
});

/** The offers waiting on the caller's answer: a teaser of each lead, never its contact. */
export default function myOffersRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/offers",
    {
      preHandler: allow(deps, RECIPIENT_USERS),
      schema: {
        tags: ["offers"],
        summary: "The caller's live offers, soonest to expire first, each with a teaser of its lead",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(OfferView) }), ...errors(401, 403) },
      },
    },
    async (request) => {
      const recipient = principalOf(request).recipient;
      if (!recipient) return { items: [] };
      const now = Date.now();
      const offers = (await listAssignmentsOf(deps.store, recipient, "offered")).filter(
        (a) => a.expiresAt === null || a.expiresAt > now,
      );
      const leads = await getLeads(
        deps.store,
        offers.map((a) => a.leadId),
      );
      const items = offers.flatMap((a) => {
        const lead = leads.get(a.leadId);
        if (!lead) return [];
        return [
          {
            id: a.id,
            leadId: a.leadId,
            createdAt: iso(a.createdAt),
            expiresAt: a.expiresAt === null ? null : iso(a.expiresAt),
            lead: { ...leadTeaser(lead), fields: lead.fields },
          },
        ];
      });
      items.sort((x, y) => (x.expiresAt ?? "~").localeCompare(y.expiresAt ?? "~"));
      return { items };
    },
  );
}
