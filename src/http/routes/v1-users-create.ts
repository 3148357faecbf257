import { Type } from "typebox";
import { ROLES } from "../../domain/user.js";
import { createUser } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors, Name } from "../schemas.js";

export const CreateUserBody = Type.Object(
  {
    email: Type.String({ pattern: "^[^\\s@]+@[^\\s@]+$", maxLength: 254 }),
    name: Name,
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    recipient: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
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
        summary: "Create a user and its API token (shown once)",
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
          }),
          ...errors(401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { user, token } = await createUser(deps.store, request.body, principalOf(request));
      return reply.status(201).send({
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        recipient: user.recipient,
        token,
      });
    },
  );
}
