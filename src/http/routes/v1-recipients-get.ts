import { Type } from "typebox";
import { getRecipient } from "../../services/recipients.js";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { deliveryPauseOf } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { recipientView, RecipientView } from "../recipient-schemas.js";
import { Nullable } from "../primitives.js";
import { errors } from "../schemas.js";

const KeyParams = Type.Object({ key: Type.String({ maxLength: 64 }) });

const RecipientDetail = Type.Object({
  ...RecipientView.properties,
  deliveryPause: Type.Optional(
    Nullable(
      Type.Object(
        {
          since: Type.String(),
          by: Nullable(
            Type.String({ description: "the name of the user who paused them; null: the admin token" }),
          ),
          byUserId: Nullable(Type.String()),
          waiting: Type.Integer({ description: "deliveries held back" }),
        },
        { description: "staff only: whether its deliveries are paused (null: they go out)" },
      ),
    ),
  ),
});

export default function recipientsGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/recipients/:key",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary: "One recipient",
        security: bearer,
        params: KeyParams,
        response: { 200: RecipientDetail, ...errors(401, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const recipient = await getRecipient(deps.store, request.params.key);
      if (!recipient || (!isStaff(principal) && principal.recipient !== recipient.key))
        throw notFound(`recipient ${request.params.key}`);
      if (!isStaff(principal)) return recipientView(recipient);
      const pause = await deliveryPauseOf(deps.store, recipient.key);
      return {
        ...recipientView(recipient),
        deliveryPause: pause && {
          since: new Date(pause.since).toISOString(),
          by: pause.byName,
          byUserId: pause.byUserId,
          waiting: pause.waiting,
        },
      };
    },
  );
}
