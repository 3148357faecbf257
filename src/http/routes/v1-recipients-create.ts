import { createRecipient } from "../../services/recipients.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { CreateRecipientBody, recipientView, RecipientView } from "../recipient-schemas.js";
import { errors } from "../schemas.js";

export default function recipientsCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/recipients",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary: "Create an agent, partner or buyer with its territory, filters, caps, schedule and price",
        security: bearer,
        body: CreateRecipientBody,
        response: { 201: RecipientView, ...errors(401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(recipientView(await createRecipient(deps.store, request.body, principalOf(request)))),
  );
}
