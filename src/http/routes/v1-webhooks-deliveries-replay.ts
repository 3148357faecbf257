import { replayWebhookDelivery } from "../../services/delivery/webhooks.js";
import type { App, Deps } from "../app.js";
import { WebhookDeliveryView, webhookDeliveryView } from "../delivery-view.js";
import { failuresReplayRoute } from "../failures-page.js";

export default function webhookDeliveriesReplay(app: App, deps: Deps): void {
  failuresReplayRoute(app, deps, {
    path: "/api/v1/webhooks/deliveries",
    tag: "webhooks",
    summary: "Send a dead webhook delivery again, with the same body and Idempotency-Key",
    replay: (id) => replayWebhookDelivery(deps.store, id),
    schema: WebhookDeliveryView,
    view: webhookDeliveryView,
  });
}
