import { Type } from "typebox";
import { retireRecipient } from "../../services/recipients.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { recipientView, RecipientView } from "../recipient-schemas.js";
import { errors } from "../schemas.js";

export default function retireRecipientRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/recipients/:key/retire",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary: "Retire a recipient for good: it receives nothing more, and keeps its history",
        description:
          "Its status becomes `retired`: routing passes it over, it leaves every pool, and offers it holds " +
          "open are withdrawn and offered to the next candidate. The leads it holds stay with it; it, its " +
          "assignments and its users can still be read. A retired recipient changes no more (409).",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: RecipientView, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      recipientView(await retireRecipient(deps.store, request.params.key, principalOf(request))),
  );
}
