import { Type } from "typebox";
import { previewTemplate } from "../../services/templates.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { PreviewOf, RenderedEmailView, TemplateParts } from "../template-schemas.js";

export default function templatesPreview(app: App, deps: Deps): void {
  app.post(
    "/api/v1/templates/preview",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Render a template, saved or not, for a stored lead or a sample lead; nothing is sent",
        description:
          "With `leadId` the lead's own data fills it; with `category`, a sample lead with a value for each " +
          "of the category's fields; else a plain sample. The footer says where the unsubscribe link will be.",
        security: bearer,
        body: Type.Object({ ...TemplateParts, ...PreviewOf }, { additionalProperties: false }),
        response: { 200: RenderedEmailView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { subject, html, text, leadId, category } = request.body;
      return previewTemplate(deps.store, { subject, html, text: text ?? null }, { leadId, category });
    },
  );
}
