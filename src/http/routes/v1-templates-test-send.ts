import { Type } from "typebox";
import { sendTestEmail } from "../../services/templates.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { Email } from "../session-schemas.js";
import { PreviewOf, RenderedEmailView, TemplateParts } from "../template-schemas.js";

export default function templatesTestSend(app: App, deps: Deps): void {
  app.post(
    "/api/v1/templates/test-send",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Email a template, rendered as in a preview, to one address to look at",
        description:
          "Sent through `SMTP_URL`'s server from the sender in Settings (409 until both are set), with " +
          "`[Test]` before the subject. Answers what was sent.",
        security: bearer,
        body: Type.Object({ ...TemplateParts, ...PreviewOf, to: Email }, { additionalProperties: false }),
        response: { 200: RenderedEmailView, ...errors(401, 403, 404, 409, 422, 503) },
      },
    },
    async (request) => {
      const { subject, html, text, leadId, category, to } = request.body;
      return sendTestEmail(
        deps.store,
        deps.mailer,
        { subject, html, text: text ?? null },
        { leadId, category, to },
      );
    },
  );
}
