import { Type } from "typebox";
import { createWebhook } from "../../services/delivery/webhooks.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { WebhookView, webhookView } from "../delivery-view.js";
import { errors } from "../schemas.js";

const View = WebhookView;

const CreateBody = Type.Object(
  {
    url: Type.String({ pattern: "^https?://", maxLength: 2048 }),
    events: Type.Array(Type.String({ pattern: "^([a-z][a-z_]{0,63}|\\*)$" }), { minItems: 1, maxItems: 50 }),
    secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export default function webhooksCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/webhooks",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["webhooks"],
        summary: "Subscribe a URL to lead events; the answer shows the signing secret once",
        description:
          "Each event is POSTed as JSON with `Carousel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of " +
          '"<t>.<body>">`, `Carousel-Event` and `Idempotency-Key`; events: lead event types ' +
          "(received, assigned, accepted, claimed, stage_changed, returned, delivered, …) or `*`.",
        security: bearer,
        body: CreateBody,
        response: { 201: View, ...errors(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const created = await createWebhook(deps.store, request.body, principalOf(request));
      return reply.code(201).send(webhookView(created, { secret: true }));
    },
  );
}
