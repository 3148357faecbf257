import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import { LEAD_STATUSES } from "../../domain/lead.js";
import { listLeads } from "../../store/queries/leads.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors, LeadPage, leadView } from "../schemas.js";

const Query = Type.Object(
  {
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
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
  },
  { additionalProperties: false },
);

export default function listLeadsRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["leads"],
        summary: "Leads, newest first, a page at a time",
        security: bearer,
        querystring: Query,
        response: {
          200: LeadPage,
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 500);
      const items = await listLeads(
        deps.store.db,
        {
          category: q.category,
          source: q.source,
          stage: q.stage,
          state: q.state?.toUpperCase(),
          recipient: q.recipient,
          status: q.status,
          q: q.q?.trim() || undefined,
          from: timeOf("from", q.from),
          to: timeOf("to", q.to),
          before: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
        },
        limit,
      );
      const last = items.at(-1);
      return {
        items: items.map((lead) => leadView(lead)),
        nextCursor: items.length === limit && last ? Buffer.from(last.id).toString("base64url") : null,
      };
    },
  );
}

function timeOf(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (!Number.isFinite(t))
    throw invalid([{ field, code: "invalid", message: `${field} must be an ISO date or date-time` }]);
  return t;
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^lead_[0-9a-z]{26}$/.test(id))
    throw invalid([{ field: "cursor", code: "invalid", message: "cursor is not one this API gave out" }]);
  return id;
}
