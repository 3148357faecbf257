import { Type } from "typebox";
import { liveTokens } from "../../services/tokens.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

export default function listTokensRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/tokens",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["users"],
        summary: "Your live API tokens (or, as admin, a user's): names and dates, never the secrets",
        security: bearer,
        querystring: Type.Object(
          { userId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                userId: Type.String(),
                createdAt: Type.String({ description: "ISO date-time" }),
              }),
            ),
          }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await liveTokens(deps.store, principalOf(request), request.query.userId)).map((t) => ({
        ...t,
        createdAt: new Date(t.createdAt).toISOString(),
      })),
    }),
  );
}
