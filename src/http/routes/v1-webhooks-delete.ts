import { Type } from "typebox";
import { disableWebhook } from "../../services/delivery/webhooks.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";

const Id = Type.Object({ id: Type.String({ maxLength: 64 }) });

export default function webhooksDelete(app: App, deps: Deps): void {
  app.delete(
    "/api/v1/webhooks/:id",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["webhooks"],
        summary: "Stop a subscription: nothing more is sent to it",
        security: bearer,
        params: Id,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await disableWebhook(deps.store, request.params.id, principalOf(request));
      return reply.status(204).send(null);
    },
  );
}
