import { Type } from "typebox";
import { updateWebhook } from "../../services/delivery/webhooks.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { WebhookView, webhookView } from "../delivery-view.js";
import { errors } from "../schemas.js";

const PatchBody = Type.Object(
  {
    url: Type.Optional(Type.String({ pattern: "^https?://", maxLength: 2048 })),
    events: Type.Optional(
      Type.Array(Type.String({ pattern: "^([a-z][a-z_]{0,63}|\\*)$" }), { minItems: 1, maxItems: 50 }),
    ),
    enabled: Type.Optional(Type.Boolean({ description: "false stops sending; true sends again" })),
    secret: Type.Optional(
      Type.String({ minLength: 16, maxLength: 200, description: "a new signing secret" }),
    ),
    rotateSecret: Type.Optional(
      Type.Literal(true, { description: "make up a new signing secret, shown once in the answer" }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export default function webhooksPatch(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/webhooks/:id",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["webhooks"],
        summary: "Change a subscription's URL or events, enable or disable it, or replace its secret",
        description:
          "Deliveries still waiting go to the new URL, signed with the new secret. The answer shows the " +
          "secret only when this request replaced it.",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: PatchBody,
        response: { 200: WebhookView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const body = request.body;
      const updated = await updateWebhook(deps.store, request.params.id, body, principalOf(request));
      return webhookView(updated, { secret: body.secret !== undefined || body.rotateSecret === true });
    },
  );
}
