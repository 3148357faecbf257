import { Type } from "typebox";
import { AUDIT_ENTITIES } from "../../domain/audit.js";
import { invalid } from "../../domain/errors.js";
import { readAudit } from "../../services/audit.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { cursorParam, nextCursor, pageSize, timeParam } from "../paging.js";
import { errors } from "../schemas.js";

const Query = Type.Object(
  {
    entity: Type.Optional(Type.String({ maxLength: 32, description: `one of ${AUDIT_ENTITIES.join(", ")}` })),
    key: Type.Optional(Type.String({ maxLength: 64, description: "the entity's key or id" })),
    actor: Type.Optional(Type.String({ maxLength: 64, description: "a user id, or bootstrap" })),
    from: Type.Optional(Type.String({ maxLength: 40, description: "ISO date or date-time, inclusive" })),
    to: Type.Optional(Type.String({ maxLength: 40, description: "ISO date or date-time, exclusive" })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
  },
  { additionalProperties: false },
);

const Value = Type.Unknown({
  description: "the entity as JSON, secrets redacted; null where it did not exist",
});

export const AuditEntryView = Type.Object({
  id: Type.String(),
  at: Type.String({ description: "ISO date-time" }),
  actor: Type.String({ description: "the user id, or bootstrap for the admin token from the environment" }),
  entity: Type.String(),
  key: Type.String(),
  action: Type.String(),
  before: Value,
  after: Value,
});

export default function listAuditRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/audit",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["audit"],
        summary: "Every change of configuration, newest first: actor, time, entity, before and after",
        security: bearer,
        querystring: Query,
        response: {
          200: Type.Object({
            items: Type.Array(AuditEntryView),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const entity = AUDIT_ENTITIES.find((e) => e === q.entity);
      const from = timeParam("from", q.from);
      const to = timeParam("to", q.to);
      const problems = [
        ...(q.entity !== undefined && !entity
          ? [
              {
                field: "entity",
                code: "invalid",
                message: `entity must be one of ${AUDIT_ENTITIES.join(", ")}`,
              },
            ]
          : []),
        ...(from !== undefined && to !== undefined && from > to
          ? [{ field: "from", code: "invalid", message: "from must not be after to" }]
          : []),
      ];
      if (problems.length > 0) throw invalid(problems);
      const limit = pageSize(q.limit);
      const items = await readAudit(
        deps.store,
        { entity, key: q.key, actor: q.actor, from, to, before: cursorParam(q.cursor, "aud") },
        limit,
      );
      return {
        items: items.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
        nextCursor: nextCursor(items, limit),
      };
    },
  );
}
