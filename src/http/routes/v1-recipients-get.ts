import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { getRecipient } from "../../store/queries/recipients.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { recipientView, RecipientView } from "../recipient-schemas.js";
import { errors } from "../schemas.js";

const KeyParams = Type.Object({ key: Type.String({ maxLength: 64 }) });

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
        response: { 200: RecipientView, ...errors(401, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const recipient = await getRecipient(deps.store.db, request.params.key);
      if (!recipient || (!isStaff(principal) && principal.recipient !== recipient.key))
        throw notFound(`recipient ${request.params.key}`);
      return recipientView(recipient);
    },
  );
}
