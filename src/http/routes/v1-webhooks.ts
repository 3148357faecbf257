import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { createWebhook, disableWebhook, replayWebhookDelivery } from "../../services/delivery/webhooks.js";
import { getLead } from "../../store/queries/leads.js";
import { listSubscriptions, listWebhookDeliveries } from "../../store/queries/webhooks.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { DeliveryView, webhookDeliveryView, webhookView } from "../delivery-view.js";
import { failuresRoutes } from "../failures-page.js";
import { errors } from "../schemas.js";

const View = DeliveryView;
const Items = Type.Object({ items: Type.Array(View) });
const Id = Type.Object({ id: Type.String({ maxLength: 64 }) });

const CreateBody = Type.Object(
  {
    url: Type.String({ pattern: "^https?://", maxLength: 2048 }),
    events: Type.Array(Type.String({ pattern: "^([a-z][a-z_]{0,63}|\\*)$" }), { minItems: 1, maxItems: 50 }),
    secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export default function webhookRoutes(app: App, deps: Deps): void {
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

  app.get(
    "/api/v1/webhooks",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["webhooks"],
        summary: "Webhook subscriptions",
        security: bearer,
        response: { 200: Items },
      },
    },
    async () => ({ items: (await listSubscriptions(deps.store.db)).map((s) => webhookView(s)) }),
  );

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

  failuresRoutes(app, deps, {
    path: "/api/v1/webhooks/deliveries",
    tag: "webhooks",
    summaries: {
      list: "Webhook deliveries, newest first: by default the failures (dead, failed)",
      replay: "Send a dead webhook delivery again, with the same body and Idempotency-Key",
    },
    statuses: ["pending", "sending", "delivered", "failed", "dead"],
    failures: ["dead", "failed"],
    by: "subscription",
    list: ({ statuses, by, before }, limit) =>
      listWebhookDeliveries(
        deps.store.db,
        { statuses, ...(by ? { subscriptionId: by } : {}), ...(before ? { before } : {}) },
        limit,
      ),
    replay: (id) => replayWebhookDelivery(deps.store, id),
    view: webhookDeliveryView,
  });

  app.get(
    "/api/v1/leads/:id/webhooks",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["webhooks"],
        summary: "The webhook deliveries of a lead's events",
        security: bearer,
        params: Id,
        response: { 200: Items, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      if (!(await getLead(deps.store.db, request.params.id))) throw notFound(`lead ${request.params.id}`);
      const items = await listWebhookDeliveries(deps.store.db, { leadId: request.params.id }, 500);
      return { items: items.reverse().map(webhookDeliveryView) };
    },
  );
}
