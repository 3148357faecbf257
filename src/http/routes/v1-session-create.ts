import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { Email, SessionView, startSession } from "../session-schemas.js";
import { MAX_PASSWORD_LENGTH } from "../../services/passwords.js";

export const SignInBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }) },
  { additionalProperties: false },
);

export default function createSessionRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/session",
    {
      schema: {
        tags: ["session"],
        summary: "Sign in with email and password",
        description:
          "Answers the user and sets the session cookie. Failed sign-ins are throttled per email and per client address (429 with Retry-After).",
        body: SignInBody,
        response: { 200: SessionView, ...errors(401, 422, 429) },
      },
    },
    async (request, reply) => {
      const { id, user } = await deps.sessions.signIn(request.body.email, request.body.password, request.ip);
      return startSession(deps, request, reply, { user, sessionId: id });
    },
  );
}
