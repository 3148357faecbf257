import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors, Name } from "../schemas.js";
import { Email, NewPassword, Role } from "../session-schemas.js";
import { originOf } from "../session-cookie.js";

export const CreateUserBody = Type.Object(
  {
    email: Email,
    name: Name,
    role: Role,
    recipient: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    password: Type.Optional(NewPassword),
  },
  { additionalProperties: false },
);

export default function createUserRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/users",
    {
      preHandler: allow(deps, ["admin"]),
      schema: {
        tags: ["users"],
        summary: "Create a user, its API token and, without a password, its invite link (both shown once)",
        description:
          "With `password` the user can sign in at once. Without, `inviteUrl` is the web app's page where the user chooses a password; it is emailed to the user when SMTP_URL is set, works once and expires after 7 days.",
        security: bearer,
        body: CreateUserBody,
        response: {
          201: Type.Object({
            id: Type.String(),
            email: Type.String(),
            name: Type.String(),
            role: Type.String(),
            recipient: Type.Union([Type.String(), Type.Null()]),
            token: Type.String({ description: "shown only in this answer" }),
            inviteUrl: Type.Union([Type.String(), Type.Null()], {
              description: "shown only in this answer; null when a password was given",
            }),
          }),
          ...errors(401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { user, token, inviteUrl } = await deps.onboarding.createUser(
        request.body,
        originOf(request),
        principalOf(request),
      );
      const { id, email, name, role, recipient } = user;
      return reply.status(201).send({ id, email, name, role, recipient, token, inviteUrl });
    },
  );
}
