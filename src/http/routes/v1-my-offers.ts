import { Type } from "typebox";
import { leadTeaser } from "../../domain/delivery/payload.js";
import type { Role } from "../../domain/user.js";
import { liveOffersOf } from "../../services/offers.js";
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
      const offers = await liveOffersOf(deps.store, recipient, Date.now());
      const items = offers.map(({ offer, lead }) => ({
        id: offer.id,
        leadId: offer.leadId,
        createdAt: iso(offer.createdAt),
        expiresAt: offer.expiresAt === null ? null : iso(offer.expiresAt),
        lead: { ...leadTeaser(lead), fields: lead.fields },
      }));
      return { items };
    },
  );
}
