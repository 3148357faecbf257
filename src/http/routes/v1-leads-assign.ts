import { Type } from "typebox";
import { assignManually } from "../../services/manual-assign.js";
import type { App, Deps } from "../app.js";
import { AssignmentView, assignmentView } from "../assignment-view.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";

export default function assignLeadRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/assign",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["leads"],
        summary: "Assign or reassign a lead to a recipient by hand, with a reason",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            recipient: Type.String({ minLength: 1, maxLength: 64 }),
            reason: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: AssignmentView,
          ...errors(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      assignmentView(await assignManually(deps.store, request.params.id, request.body, principalOf(request))),
  );
}
