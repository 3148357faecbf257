import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import type { CategoryScoring } from "../../domain/category.js";
import { getCategory, updateCategoryScoring } from "../../store/queries/categories.js";
import type { App, Deps } from "../app.js";
import { audit } from "../../services/audit.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { ScoringSchema } from "../recipient-schemas.js";
import { CategoryView, categoryView, errors } from "../schemas.js";
import { forgetIntakeConfig } from "../../services/intake-config.js";

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
      const category = await deps.store.transact(async (tx) => {
        const found = await getCategory(tx, request.params.key);
        if (!found) throw notFound(`category ${request.params.key}`);
        const scoring = request.body as CategoryScoring;
        const now = Date.now();
        await updateCategoryScoring(tx, found.key, scoring, now);
        await audit(
          tx,
          principalOf(request),
          {
            entity: "category",
            key: found.key,
            action: "put_scoring",
            before: found.scoring,
            after: scoring,
          },
          now,
        );
        return { ...found, scoring };
      });
      forgetIntakeConfig(deps.store);
      return categoryView(category);
    },
  );
}
