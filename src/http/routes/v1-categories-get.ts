import { Type } from "typebox";
import { getCategory } from "../../services/catalog.js";
import { notFound } from "../../domain/errors.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE } from "../auth.js";
import { CategoryView, categoryView, errors } from "../schemas.js";

export default function categoriesGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["categories"],
        summary: "Get one category",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: CategoryView, ...errors(401, 404) },
      },
    },
    async (request) => {
      const category = await getCategory(deps.store, request.params.key);
      if (!category) throw notFound(`category ${request.params.key}`);
      return categoryView(category);
    },
  );
}
