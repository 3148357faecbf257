import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { errors, Name } from "../schemas.js";
import { Email, NewPassword, SessionView, startSession } from "../session-schemas.js";

export const SetupBody = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 100,
      description: "the setup code the server printed at start",
    }),
    email: Email,
    name: Name,
    password: NewPassword,
  },
  { additionalProperties: false },
);

export default function createSetupRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/setup",
    {
      schema: {
        tags: ["session"],
        summary: "First run: create the first admin and sign them in",
        description:
          "Works only while no user exists, and only with the one-time setup code the server prints in its log at start. Of two setups at once exactly one succeeds; the other gets 409.",
        body: SetupBody,
        response: { 201: SessionView, ...errors(403, 409, 422) },
      },
    },
    async (request, reply) => {
      const opened = await deps.onboarding.setup(request.body);
      return reply.status(201).send(await startSession(deps, request, reply, opened));
    },
  );
}
