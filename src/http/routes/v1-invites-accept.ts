import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { LinkToken, NewPassword, SessionView, startSession } from "../session-schemas.js";

export default function acceptInviteRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/invites/:token/accept",
    {
      schema: {
        tags: ["session"],
        summary: "Accept an invite: choose a password and sign in",
        description: "The token is the last part of the invite link. It works once and expires after 7 days.",
        params: Type.Object({ token: LinkToken }),
        body: Type.Object({ password: NewPassword }, { additionalProperties: false }),
        response: { 200: SessionView, ...errors(404, 422) },
      },
    },
    async (request, reply) =>
      startSession(
        request,
        reply,
        await deps.onboarding.acceptInvite(request.params.token, request.body.password),
      ),
  );
}
