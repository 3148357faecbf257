import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { LinkToken, NewPassword, SessionView, startSession } from "../session-schemas.js";

export default function completePasswordResetRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/password-reset/:token",
    {
      schema: {
        tags: ["session"],
        summary: "Set a new password from a reset link and sign in",
        description: "Every other session of the user ends. The token works once.",
        params: Type.Object({ token: LinkToken }),
        body: Type.Object({ password: NewPassword }, { additionalProperties: false }),
        response: { 200: SessionView, ...errors(404, 422) },
      },
    },
    async (request, reply) =>
      startSession(
        request,
        reply,
        await deps.onboarding.resetPassword(request.params.token, request.body.password),
      ),
  );
}
