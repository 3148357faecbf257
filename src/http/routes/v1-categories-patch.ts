import { Type } from "typebox";
import { patchCategory, type CategoryPatch } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import {
  AutoPauseRuleInput,
  CategoryView,
  categoryView,
  DedupeSchema,
  errors,
  FieldSpecSchema,
  Name,
  Nullable,
  ruleOfInput,
} from "../schemas.js";

export default function patchCategoryRoute(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/categories/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary:
          "Edit a category: its name, fields, dedupe policy, unknown-field policy and default auto-pause rule",
        description:
          "`fields` replaces the whole list: add fields, or change a field's required flag, options, " +
          "pattern or label. A field's type cannot change (422 naming it). Intake uses the change at once. " +
          "`autoPause` is the rule of every source of the category that has none of its own (a source's own " +
          'rule wins; a source set to "none" has none); null removes it. ' +
          "Stages, scoring and behaviour have their own PUT routes.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            name: Type.Optional(Name),
            fields: Type.Optional(Type.Array(FieldSpecSchema, { maxItems: 200 })),
            dedupe: Type.Optional(DedupeSchema),
            unknownFields: Type.Optional(Type.Union([Type.Literal("reject"), Type.Literal("keep")])),
            autoPause: Type.Optional(Nullable(AutoPauseRuleInput)),
          },
          { additionalProperties: false },
        ),
        response: { 200: CategoryView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { autoPause, ...rest } = request.body;
      const patch: CategoryPatch = {
        ...(rest as CategoryPatch),
        ...(autoPause !== undefined ? { autoPause: autoPause && ruleOfInput(autoPause) } : {}),
      };
      return categoryView(
        await patchCategory(deps.store, deps.intake.configs, request.params.key, patch, principalOf(request)),
      );
    },
  );
}
