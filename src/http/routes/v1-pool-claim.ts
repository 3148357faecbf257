import { Type } from "typebox";
import { claimLead } from "../../services/pool.js";
import type { App, Deps } from "../app.js";
import { RecipientAssignmentView, recipientAssignmentView } from "../assignment-view.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const RECIPIENTS = ["agent", "partner"] as const;

export default function poolClaim(app: App, deps: Deps): void {
  app.post(
    "/api/v1/pool/:leadId/claim",
    {
      preHandler: allow(deps, RECIPIENTS),
      schema: {
        tags: ["pool"],
        summary: "Claim a pooled lead; exactly one of simultaneous claims wins, the others get 409",
        security: bearer,
        params: Type.Object({ leadId: Type.String({ maxLength: 64 }) }),
        response: { 200: RecipientAssignmentView, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      recipientAssignmentView(await claimLead(deps.store, request.params.leadId, principalOf(request))),
  );
}
