import { Type } from "typebox";
import { replayDelivery } from "../../services/delivery/manage.js";
import { listDeliveries, type DeliveryStatus } from "../../store/queries/deliveries.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import {
  DeliveryPage,
  DeliveryView,
  deliveryView,
  idAfter,
  nextCursor,
  pageLimit,
} from "../delivery-view.js";
import { errors } from "../schemas.js";

const FAILURES: DeliveryStatus[] = ["dead", "failed", "rejected"];
const STATUSES = ["pending", "sending", "delivered", "failed", "dead", "rejected", "cancelled"] as const;

const Query = Type.Object(
  {
    status: Type.Optional(Type.Union(STATUSES.map((s) => Type.Literal(s)))),
    recipient: Type.Optional(Type.String({ maxLength: 64 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
  },
  { additionalProperties: false },
);

const View = DeliveryView;

export default function deliveryRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/deliveries",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["deliveries"],
        summary: "Deliveries, newest first: by default the failures (dead, failed, rejected)",
        security: bearer,
        querystring: Query,
        response: {
          200: DeliveryPage,
          ...errors(401, 403),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = pageLimit(q.limit);
      const items = await listDeliveries(
        deps.store.db,
        { statuses: q.status ? [q.status] : FAILURES, recipient: q.recipient, before: idAfter(q.cursor) },
        limit,
      );
      return { items: items.map((d) => deliveryView(d)), nextCursor: nextCursor(items, limit) };
    },
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
