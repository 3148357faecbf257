import { AppError } from "../../domain/errors.js";
import type { App, Deps } from "../app.js";
import { signedInOf } from "../auth.js";
import { errors } from "../schemas.js";
import { SessionView, sessionView } from "../session-schemas.js";

export default function getSessionRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/session",
    {
      schema: {
        tags: ["session"],
        summary: "The signed-in user and the session's CSRF token",
        security: [{ session: [] }],
        response: { 200: SessionView, ...errors(401) },
      },
    },
    async (request, reply) => {
      const session = await signedInOf(deps, request);
      if (!session) throw new AppError("unauthorized", "not signed in");
      void reply.header("cache-control", "no-store");
      return sessionView(deps, session);
    },
  );
}
