import { Type } from "typebox";
import { ATTENTION_PROBLEMS, leadsNeedingAttention } from "../../services/attention.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { cursorParam, nextCursor, pageSize } from "../paging.js";
import { errors, leadView, LeadView } from "../schemas.js";

const Query = Type.Object(
  {
    category: Type.Optional(Type.String({ maxLength: 64 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
  },
  { additionalProperties: false },
);

export const AttentionItemView = Type.Object({
  lead: LeadView,
  problem: Type.String({
    description: `why nobody is working the lead, one of ${ATTENTION_PROBLEMS.join(", ")} (docs/ROUTING.md, Needs attention)`,
  }),
  message: Type.String({ description: "the problem in a sentence" }),
  fix: Type.String({ description: "what a person can do about it" }),
  retry: Type.String({ description: "what would route the lead again by itself, if anything" }),
  since: Type.String({ description: "ISO date-time it has been this way since" }),
  candidates: Type.Array(Type.Object({ recipient: Type.String(), reason: Type.String() }), {
    description: "each recipient considered for a lead nobody holds, and why it does not take it",
  }),
  deliveries: Type.Array(
    Type.Object({
      id: Type.String(),
      recipient: Type.String(),
      attempts: Type.Integer(),
      lastError: Type.Union([Type.String(), Type.Null()]),
    }),
    { description: "for delivery_dead: the deliveries that gave up" },
  ),
});

export default function leadsAttentionRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/attention",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["leads"],
        summary:
          "Leads that need a person, newest first: nobody holds them and no retry is due, or their delivery is dead",
        security: bearer,
        querystring: Query,
        response: {
          200: Type.Object({
            items: Type.Array(AttentionItemView),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = pageSize(q.limit);
      const items = await leadsNeedingAttention(
        deps.store,
        { category: q.category, before: cursorParam(q.cursor, "lead") },
        limit,
      );
      return {
        items: items.map((i) => ({
          ...i,
          lead: leadView(i.lead),
          since: new Date(i.since).toISOString(),
        })),
        nextCursor: nextCursor(
          items.map((i) => i.lead),
          limit,
        ),
      };
    },
  );
}
