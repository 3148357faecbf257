import { Type } from "typebox";
import { issueToken, revoke } from "../../services/tokens.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors, Name } from "../schemas.js";

export default function tokenRoutes(app: App, deps: Deps): void {
  app.post(
    "/api/v1/tokens",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["users"],
        summary: "Issue another API token for yourself (or, as admin, for a user); shown once",
        security: bearer,
        body: Type.Object(
          { name: Name, userId: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            id: Type.String(),
            name: Type.String(),
            userId: Type.String(),
            token: Type.String(),
          }),
          ...errors(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueToken(deps.store, principalOf(request), request.body)),
  );

  app.delete(
    "/api/v1/tokens/:id",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["users"],
        summary: "Revoke a token: it stops working at once",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 204: Type.Null(), ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      await revoke(deps.store, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
