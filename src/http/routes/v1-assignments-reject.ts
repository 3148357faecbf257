import { Type } from "typebox";
import { rejectOffer } from "../../services/offers.js";
import type { App, Deps } from "../app.js";
import { RecipientAssignmentView, recipientAssignmentView } from "../assignment-view.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Answer = { 200: RecipientAssignmentView, ...errors(401, 403, 404, 409) };

export default function assignmentsReject(app: App, deps: Deps): void {
  app.post(
    "/api/v1/assignments/:id/reject",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["offers"],
        summary: "Pass on an offer, with a reason; the next candidate is offered at once",
        security: bearer,
        params: Params,
        body: Type.Union([
          Type.Object(
            { reason: Type.Optional(Type.String({ maxLength: 1000 })) },
            { additionalProperties: false },
          ),
          Type.Null(),
        ]),
        response: Answer,
      },
    },
    async (request) =>
      recipientAssignmentView(
        await rejectOffer(deps.store, request.params.id, principalOf(request), request.body?.reason),
      ),
  );
}
