import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { getLead } from "../../store/queries/leads.js";
import { listWebhookDeliveries } from "../../store/queries/webhooks.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { WebhookDeliveryView, webhookDeliveryView } from "../delivery-view.js";
import { errors } from "../schemas.js";

const View = WebhookDeliveryView;
const Items = Type.Object({ items: Type.Array(View) });
const Id = Type.Object({ id: Type.String({ maxLength: 64 }) });

export default function leadWebhooksList(app: App, deps: Deps): void {
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
      if (!(await getLead(deps.store, request.params.id))) throw notFound(`lead ${request.params.id}`);
      const items = await listWebhookDeliveries(deps.store, { leadId: request.params.id }, 500);
      return { items: items.reverse().map(webhookDeliveryView) };
    },
  );
}
