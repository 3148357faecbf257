import { Type } from "typebox";
import { returnLead } from "../../services/returns.js";
import type { App, Deps } from "../app.js";
import { isStaff } from "../../domain/user.js";
import { AssignmentView, assignmentView, recipientAssignmentView } from "../assignment-view.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const LeadParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export default function leadReturn(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/return",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Return a lead (a buyer's or partner's user, or staff on its behalf) with a reason",
        description:
          "Within the recipient's return window and under its monthly cap (409 otherwise). The " +
          "assignment becomes `returned`; the lead is routed again to recipients that have not refused it " +
          "when its category says so (`rerouteReturns`), else closed.",
        security: bearer,
        params: LeadParams,
        body: Type.Object(
          {
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
            recipient: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            returned: AssignmentView,
            status: Type.String(),
            assignments: Type.Array(AssignmentView),
          }),
          ...errors(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const result = await returnLead(deps.store, request.params.id, request.body, principal);
      if (result.pausedSource) deps.intake.configs.forget();
      // Where the lead went next is staff's business: a recipient learns nothing of the next holder.
      if (!isStaff(principal))
        return { returned: recipientAssignmentView(result.returned), status: result.status, assignments: [] };
      return {
        returned: assignmentView(result.returned, { trace: false }),
        status: result.status,
        assignments: result.assignments.map((a) => assignmentView(a)),
      };
    },
  );
}
