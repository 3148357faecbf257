import { Type } from "typebox";
import { acceptOffer } from "../../services/offers.js";
import type { App, Deps } from "../app.js";
import { RecipientAssignmentView, recipientAssignmentView } from "../assignment-view.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Answer = { 200: RecipientAssignmentView, ...errors(401, 403, 404, 409) };

export default function assignmentsAccept(app: App, deps: Deps): void {
  app.post(
    "/api/v1/assignments/:id/accept",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["offers"],
        summary: "Accept an offer within its SLA; 409 if it expired or was taken",
        security: bearer,
        params: Params,
        response: Answer,
      },
    },
    async (request) =>
      recipientAssignmentView(await acceptOffer(deps.store, request.params.id, principalOf(request))),
  );
}
