import { Type } from "typebox";
import { listCategories } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE } from "../auth.js";
import { CategoryView, categoryView, errors } from "../schemas.js";

export default function categoriesList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["categories"],
        summary: "List categories",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(CategoryView) }), ...errors(401) },
      },
    },
    async () => ({ items: (await listCategories(deps.store)).map(categoryView) }),
  );
}
