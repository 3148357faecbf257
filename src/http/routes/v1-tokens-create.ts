import { Type } from "typebox";
import { issueToken } from "../../services/tokens.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors, Name } from "../schemas.js";

export default function tokensCreate(app: App, deps: Deps): void {
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
}
