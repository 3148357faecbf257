import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { Email } from "../session-schemas.js";

export default function requestPasswordResetRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/password-reset",
    {
      schema: {
        tags: ["session"],
        summary: "Ask for a password reset link by email",
        description:
          "Always 202, whether or not the address belongs to a user. When it does and SMTP_URL and CAROUSEL_PUBLIC_URL are set, a link to the web app's /reset/{token} page is emailed; it works once, for an hour.",
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: { 202: Type.Object({ accepted: Type.Boolean() }), ...errors(422) },
      },
    },
    async (request, reply) => {
      await deps.onboarding.requestReset(request.body.email);
      return reply.status(202).send({ accepted: true });
    },
  );
}
