import { replayDelivery } from "../../services/delivery/manage.js";
import { listDeliveries, type DeliveryStatus } from "../../store/queries/deliveries.js";
import type { App, Deps } from "../app.js";
import { deliveryView } from "../delivery-view.js";
import { failuresRoutes } from "../failures-page.js";

const STATUSES: DeliveryStatus[] = [
  "pending",
  "sending",
  "delivered",
  "failed",
  "dead",
  "rejected",
  "cancelled",
];

export default function deliveryRoutes(app: App, deps: Deps): void {
  failuresRoutes(app, deps, {
    path: "/api/v1/deliveries",
    tag: "deliveries",
    summaries: {
      list: "Deliveries, newest first: by default the failures (dead, failed, rejected)",
      replay: "Send a dead or rejected delivery again, under the same Idempotency-Key",
    },
    statuses: STATUSES,
    failures: ["dead", "failed", "rejected"],
    by: "recipient",
    list: ({ statuses, by, before }, limit) =>
      listDeliveries(deps.store.db, { statuses, recipient: by, before }, limit),
    replay: (id, principal) => replayDelivery(deps.store, id, principal),
    view: (d) => deliveryView(d),
  });
}
