import { Type } from "typebox";
import { patchRecipient } from "../../services/recipients.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { PatchRecipientBody, recipientView, RecipientView } from "../recipient-schemas.js";
import { errors } from "../schemas.js";

const KeyParams = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function recipientsPatch(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/recipients/:key",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary: "Change a recipient; its own user may change its status, schedule and away periods",
        security: bearer,
        params: KeyParams,
        body: PatchRecipientBody,
        response: { 200: RecipientView, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      recipientView(await patchRecipient(deps.store, request.params.key, request.body, principalOf(request))),
  );
}
