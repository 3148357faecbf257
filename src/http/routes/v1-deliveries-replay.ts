import { replayDelivery } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { DeliveryView, deliveryView } from "../delivery-view.js";
import { failuresReplayRoute } from "../failures-page.js";

export default function deliveriesReplay(app: App, deps: Deps): void {
  failuresReplayRoute(app, deps, {
    path: "/api/v1/deliveries",
    tag: "deliveries",
    summary: "Send a dead or rejected delivery again, under the same Idempotency-Key",
    replay: (id, principal) => replayDelivery(deps.store, id, principal),
    schema: DeliveryView,
    view: (d) => deliveryView(d),
  });
}
