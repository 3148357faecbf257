import type { DeliveryStatus } from "../../domain/delivery/delivery.js";
import { listDeliveries } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { DeliveryView, deliveryView } from "../delivery-view.js";
import { failuresListRoute } from "../failures-page.js";

const STATUSES: DeliveryStatus[] = [
  "pending",
  "sending",
  "delivered",
  "failed",
  "dead",
  "rejected",
  "cancelled",
];

export default function deliveriesList(app: App, deps: Deps): void {
  failuresListRoute(app, deps, {
    path: "/api/v1/deliveries",
    tag: "deliveries",
    summary: "Deliveries, newest first: by default the failures (dead, failed, rejected)",
    statuses: STATUSES,
    failures: ["dead", "failed", "rejected"],
    by: "recipient",
    list: ({ statuses, by, before }, limit) =>
      listDeliveries(deps.store, { statuses, recipient: by, before }, limit),
    schema: DeliveryView,
    view: (d) => deliveryView(d),
  });
}
