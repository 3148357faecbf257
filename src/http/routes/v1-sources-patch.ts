import { Type } from "typebox";
import { patchSource } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import {
  errors,
  Name,
  RateLimitPerMinute,
  SourceAttributesSchema,
  SourceView,
  sourceView,
} from "../schemas.js";

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
      const source = await patchSource(
        deps.store,
        deps.intake.configs,
        request.params.key,
        {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.costPerLead !== undefined
            ? { costPerLeadCents: Math.round(patch.costPerLead * 100) }
            : {}),
          ...(patch.attributes !== undefined ? { attributes: patch.attributes } : {}),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          ...(patch.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: patch.rateLimitPerMinute } : {}),
        },
        principalOf(request),
      );
      return sourceView(source);
    },
  );
}
