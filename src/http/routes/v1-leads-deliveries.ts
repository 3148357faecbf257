import { Type } from "typebox";
import { deliveriesOf } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { DeliveryView, deliveryView } from "../delivery-view.js";
import { errors } from "../schemas.js";

export default function leadDeliveriesRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/:id/deliveries",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["deliveries"],
        summary: "A lead's deliveries, each with every try's request and response",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Object({ items: Type.Array(DeliveryView) }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await deliveriesOf(deps.store, request.params.id)).map((r) =>
        deliveryView(r.delivery, r.attempts),
      ),
    }),
  );
}
