import { Type } from "typebox";
import { unsuppress } from "../../services/suppressions.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { SuppressionKind } from "../call-schemas.js";
import { errors } from "../schemas.js";

export default function suppressionsDelete(app: App, deps: Deps): void {
  app.delete(
    "/api/v1/suppressions/:kind/:value",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["work"],
        summary: "Take an address or number off the suppression list",
        security: bearer,
        params: Type.Object({ kind: SuppressionKind, value: Type.String({ minLength: 1, maxLength: 254 }) }),
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await unsuppress(deps.store, principalOf(request), request.params.kind, request.params.value);
      return reply.status(204).send(null);
    },
  );
}
