import { Type } from "typebox";
import { revoke } from "../../services/tokens.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

export default function tokensDelete(app: App, deps: Deps): void {
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
