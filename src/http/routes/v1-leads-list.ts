import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import { listLeads } from "../../services/lead-access.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { leadFilterOf, LeadFilterQuery } from "../lead-filters.js";
import { errors, LeadPage, leadView } from "../schemas.js";

const Query = Type.Object(
  {
    ...LeadFilterQuery,
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
        deps.store,
        {
          ...leadFilterOf(q),
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

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^lead_[0-9a-z]{26}$/.test(id))
    throw invalid([{ field: "cursor", code: "invalid", message: "cursor is not one this API gave out" }]);
  return id;
}
