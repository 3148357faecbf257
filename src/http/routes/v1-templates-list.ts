import { Type } from "typebox";
import { readTemplates } from "../../services/templates.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { TemplateView, templateView } from "../template-schemas.js";

export default function templatesList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/templates",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "The email templates, by name",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(TemplateView) }), ...errors(401, 403) },
      },
    },
    async () => ({ items: (await readTemplates(deps.store)).map(templateView) }),
  );
}
