import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { signedInOf } from "../auth.js";
import { errors } from "../schemas.js";
import { sessionIdOf, setSessionCookie } from "../session-cookie.js";

export default function deleteSessionRoute(app: App, deps: Deps): void {
  app.delete(
    "/api/v1/session",
    {
      schema: {
        tags: ["session"],
        summary: "Sign out: the session is revoked in the database and its cookie cleared",
        description:
          "Needs the X-CSRF-Token header. Signing out of a session that has already ended answers 204 too.",
        security: [{ session: [] }],
        response: { 204: Type.Null({ description: "signed out" }), ...errors(403) },
      },
    },
    async (request, reply) => {
      // Checks the CSRF token: another site must not be able to sign a user out.
      if (await signedInOf(deps, request)) await deps.sessions.signOut(sessionIdOf(request)!);
      setSessionCookie(request, reply, null);
      return reply.status(204).send(null);
    },
  );
}
