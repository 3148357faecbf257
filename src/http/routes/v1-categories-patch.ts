import { Type } from "typebox";
import { patchCategory, type CategoryPatch } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { CategoryView, categoryView, DedupeSchema, errors, FieldSpecSchema, Name } from "../schemas.js";

export default function patchCategoryRoute(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/categories/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Edit a category: its name, fields, dedupe policy and unknown-field policy",
        description:
          "`fields` replaces the whole list: add fields, or change a field's required flag, options, " +
          "pattern or label. A field's type cannot change (422 naming it). Intake uses the change at once. " +
          "Stages, scoring and behaviour have their own PUT routes.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            name: Type.Optional(Name),
            fields: Type.Optional(Type.Array(FieldSpecSchema, { maxItems: 200 })),
            dedupe: Type.Optional(DedupeSchema),
            unknownFields: Type.Optional(Type.Union([Type.Literal("reject"), Type.Literal("keep")])),
          },
          { additionalProperties: false },
        ),
        response: { 200: CategoryView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      categoryView(
        await patchCategory(
          deps.store,
          deps.intake.configs,
          request.params.key,
          request.body as CategoryPatch,
          principalOf(request),
        ),
      ),
  );
}
