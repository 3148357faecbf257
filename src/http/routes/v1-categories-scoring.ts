import { Type } from "typebox";
import type { CategoryScoring } from "../../domain/category.js";
import { putCategoryScoring } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { ScoringSchema } from "../recipient-schemas.js";
import { CategoryView, categoryView, errors } from "../schemas.js";

export default function categoryScoringRoute(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/scoring",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Set the category's field scoring rules and priority bands (applies to leads from now on)",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: ScoringSchema,
        response: { 200: CategoryView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const category = await putCategoryScoring(
        deps.store,
        deps.intake.configs,
        request.params.key,
        request.body as CategoryScoring,
        principalOf(request),
      );
      return categoryView(category);
    },
  );
}
