import { Type } from "typebox";
import { replayDelivery } from "../../services/delivery/manage.js";
import { listDeliveries, type DeliveryStatus } from "../../store/queries/deliveries.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { DeliveryPage, DeliveryView, deliveryView } from "../delivery-view.js";
import { failuresPage } from "../failures-page.js";
import { errors } from "../schemas.js";

const STATUSES: DeliveryStatus[] = [
  "pending",
  "sending",
  "delivered",
  "failed",
  "dead",
  "rejected",
  "cancelled",
];

const View = DeliveryView;

export default function deliveryRoutes(app: App, deps: Deps): void {
  const failures = failuresPage({
    statuses: STATUSES,
    failures: ["dead", "failed", "rejected"],
    by: "recipient",
    list: ({ statuses, by, before }, limit) =>
      listDeliveries(deps.store.db, { statuses, recipient: by, before }, limit),
    view: (d) => deliveryView(d),
  });

  app.get(
    "/api/v1/deliveries",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["deliveries"],
        summary: "Deliveries, newest first: by default the failures (dead, failed, rejected)",
        security: bearer,
        querystring: failures.query,
        response: {
          200: DeliveryPage,
          ...errors(401, 403),
        },
      },
    },
    async (request) => failures.page(request.query as Record<string, string | undefined>),
  );

  app.post(
    "/api/v1/deliveries/:id/replay",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["deliveries"],
        summary: "Send a dead or rejected delivery again, under the same Idempotency-Key",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: View, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      deliveryView(await replayDelivery(deps.store, request.params.id, principalOf(request))),
  );
}
