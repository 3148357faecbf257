import { Type } from "typebox";
import { createCategory, type NewCategory } from "../../services/catalog.js";
import { ScoringSchema } from "../recipient-schemas.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { CategoryView, categoryView, DedupeSchema, errors, FieldSpecSchema, Key, Name } from "../schemas.js";

export const CreateCategoryBody = Type.Object(
  {
    key: Key,
    name: Name,
    fields: Type.Optional(Type.Array(FieldSpecSchema, { maxItems: 200 })),
    dedupe: Type.Optional(DedupeSchema),
    unknownFields: Type.Optional(Type.Union([Type.Literal("reject"), Type.Literal("keep")])),
    scoring: Type.Optional(ScoringSchema),
  },
  { additionalProperties: false },
);

export default function createCategoryRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/categories",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Create a category: its custom field schema and dedupe policy",
        security: bearer,
        body: CreateCategoryBody,
        response: { 201: CategoryView, ...errors(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const category = await createCategory(deps.store, request.body as NewCategory, principalOf(request));
      return reply.status(201).send(categoryView(category));
    },
  );
}
