import { listWebhookDeliveries } from "../../services/delivery/webhooks.js";
import type { App, Deps } from "../app.js";
import { WebhookDeliveryView, webhookDeliveryView } from "../delivery-view.js";
import { failuresListRoute } from "../failures-page.js";

export default function webhookDeliveriesList(app: App, deps: Deps): void {
  failuresListRoute(app, deps, {
    path: "/api/v1/webhooks/deliveries",
    tag: "webhooks",
    summary: "Webhook deliveries, newest first: by default the failures (dead, failed)",
    statuses: ["pending", "sending", "delivered", "failed", "dead"],
    failures: ["dead", "failed"],
    by: "subscription",
    list: ({ statuses, by, before }, limit) =>
      listWebhookDeliveries(
        deps.store,
        { statuses, ...(by ? { subscriptionId: by } : {}), ...(before ? { before } : {}) },
        limit,
      ),
    schema: WebhookDeliveryView,
    view: webhookDeliveryView,
  });
}
