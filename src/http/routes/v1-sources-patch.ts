import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { getSource, updateSource } from "../../store/queries/sources.js";
import type { App, Deps } from "../app.js";
import { audit } from "../../services/audit.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import {
  errors,
  Name,
  RateLimitPerMinute,
  SourceAttributesSchema,
  SourceView,
  sourceView,
} from "../schemas.js";
import { forgetIntakeConfig } from "../../services/intake-config.js";

export default function patchSourceRoute(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/sources/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["sources"],
        summary: "Rename a source, change its cost per lead, attributes or rate limit, or disable it",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            name: Type.Optional(Name),
            costPerLead: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
            attributes: Type.Optional(SourceAttributesSchema),
            enabled: Type.Optional(Type.Boolean()),
            rateLimitPerMinute: Type.Optional(RateLimitPerMinute),
          },
          { additionalProperties: false },
        ),
        response: { 200: SourceView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const patch = request.body;
      const now = Date.now();
      const source = await deps.store.transact(async (tx) => {
        const current = await getSource(tx, request.params.key);
        if (!current) throw notFound(`source ${request.params.key}`);
        const next = {
          ...current,
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.costPerLead !== undefined
            ? { costPerLeadCents: Math.round(patch.costPerLead * 100) }
            : {}),
          ...(patch.attributes !== undefined ? { attributes: patch.attributes } : {}),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          ...(patch.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: patch.rateLimitPerMinute } : {}),
        };
        await updateSource(tx, next, now);
        await audit(
          tx,
          principalOf(request),
          { entity: "source", key: current.key, action: "update", before: current, after: next },
          now,
        );
        return next;
      });
      forgetIntakeConfig(deps.store);
      return sourceView(source);
    },
  );
}
