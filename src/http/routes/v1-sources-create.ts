import { Type } from "typebox";
import { createSource } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import {
  errors,
  Key,
  Name,
  RateLimitPerMinute,
  SourceAttributesSchema,
  SourceView,
  sourceView,
} from "../schemas.js";

export const CreateSourceBody = Type.Object(
  {
    key: Key,
    name: Name,
    category: Type.String({ minLength: 1, maxLength: 64 }),
    costPerLead: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
    attributes: Type.Optional(SourceAttributesSchema),
    enabled: Type.Optional(Type.Boolean()),
    rateLimitPerMinute: Type.Optional(RateLimitPerMinute),
  },
  { additionalProperties: false },
);

export default function createSourceRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/sources",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["sources"],
        summary: "Create a lead source; the answer carries its intake key",
        security: bearer,
        body: CreateSourceBody,
        response: { 201: SourceView, ...errors(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const source = await createSource(deps.store, request.body, principalOf(request));
      return reply.status(201).send(sourceView(source));
    },
  );
}
