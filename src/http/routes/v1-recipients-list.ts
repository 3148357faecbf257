import { Type } from "typebox";
import { listRecipients } from "../../services/recipients.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { recipientView, RecipientView } from "../recipient-schemas.js";
import { errors } from "../schemas.js";

export default function recipientsList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/recipients",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary: "List recipients, optionally of one category",
        security: bearer,
        querystring: Type.Object(
          { category: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(RecipientView) }), ...errors(401, 403) },
      },
    },
    async (request) => ({
      items: (await listRecipients(deps.store, request.query.category)).map(recipientView),
    }),
  );
}
