import { Type } from "typebox";
import { webhooksOfLead } from "../../services/delivery/webhooks.js";
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
      const items = await webhooksOfLead(deps.store, request.params.id);
      return { items: items.map(webhookDeliveryView) };
    },
  );
}
