import { Type } from "typebox";
import { readTemplate } from "../../services/templates.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { TemplateView, templateView } from "../template-schemas.js";

export default function templatesGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/templates/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "An email template",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: TemplateView, ...errors(401, 403, 404) },
      },
    },
    async (request) => templateView(await readTemplate(deps.store, request.params.key)),
  );
}
