import { createTemplate } from "../../services/templates.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { TemplateBody, TemplateView, templateView } from "../template-schemas.js";

export default function templatesCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/templates",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Create an email template",
        description:
          "Each part is a Liquid template over `lead` (its contact fields, `lead.fields.<key>`, category, " +
          "source, stage, score, priority, tags), `sender` (name, postalAddress) and `unsubscribeUrl`. " +
          "Values are HTML-escaped in `html`. Templates run no code and read no file. Without `text`, the " +
          "text part is made from the HTML; a footer with the sender's postal address and the unsubscribe " +
          "link is added to each part that lacks them. A part that does not parse is a 422 naming it.",
        security: bearer,
        body: TemplateBody,
        response: { 201: TemplateView, ...errors(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { text, ...rest } = request.body;
      const template = await createTemplate(deps.store, principalOf(request), {
        ...rest,
        text: text ?? null,
      });
      return reply.status(201).send(templateView(template));
    },
  );
}
