import { Type } from "typebox";
import { patchTemplate } from "../../services/templates.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { TemplatePatch, TemplateView, templateView } from "../template-schemas.js";

export default function templatesPatch(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/templates/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Edit an email template: its name or any part",
        description: "`text: null` makes the text part from the HTML again.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: TemplatePatch,
        response: { 200: TemplateView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      templateView(await patchTemplate(deps.store, principalOf(request), request.params.key, request.body)),
  );
}
