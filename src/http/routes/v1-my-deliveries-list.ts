import { Type } from "typebox";
import { AppError } from "../../domain/errors.js";
import type { DeliveryStatus } from "../../domain/delivery/delivery.js";
import { listDeliveries } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { idAfter, nextCursor, pageLimit } from "../delivery-view.js";
import { IsoOrNull, Nullable } from "../primitives.js";
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

/** A delivery as its receiver sees it: what happened, never the requests and answers behind it. */
const MyDeliveryView = Type.Object({
  id: Type.String(),
  leadId: Type.String(),
  channel: Type.String(),
  status: Type.String(),
  attemptCount: Type.Integer(),
  reason: Nullable(Type.String()),
  createdAt: IsoOrNull,
  deliveredAt: IsoOrNull,
});

export default function myDeliveriesList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/deliveries",
    {
      preHandler: allow(deps, ["partner"]),
      schema: {
        tags: ["work"],
        summary: "The leads sent to the caller's recipient and how each delivery went, newest first",
        description: "Only the caller's recipient's deliveries of leads, without requests or answers.",
        security: bearer,
        querystring: Type.Object(
          {
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(MyDeliveryView), nextCursor: Nullable(Type.String()) }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const recipient = principalOf(request).recipient;
      if (!recipient) throw new AppError("forbidden", "this user acts for no recipient");
      const limit = pageLimit(request.query.limit);
      const rows = await listDeliveries(
        deps.store,
        { statuses: STATUSES, recipient, before: idAfter(request.query.cursor) },
        limit,
      );
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      const items = rows
        .filter((d) => d.kind === "lead")
        .map((d) => ({
          id: d.id,
          leadId: d.leadId,
          channel: d.channel,
          status: d.status,
          attemptCount: d.attempts,
          reason: d.reason,
          createdAt: iso(d.createdAt),
          deliveredAt: iso(d.deliveredAt),
        }));
      return { items, nextCursor: nextCursor(rows, limit) };
    },
  );
}
