import { Type } from "typebox";
import { changeStage } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { isStaff } from "../../domain/user.js";
import { errors, holderLeadView, leadView, LeadView } from "../schemas.js";

export default function leadStageRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/stage",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Move a lead to another stage of its category (staff, or the recipient holding it)",
        description:
          "A won stage needs `revenue` and sets the lead's revenue; a lost stage needs `reason`. " +
          "The first move into a contact stage is the lead's first contact.",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            stage: Type.String({ minLength: 1, maxLength: 64 }),
            revenue: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000_000 })),
            reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: LeadView, ...errors(401, 404, 409, 422) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const lead = await changeStage(deps.store, request.params.id, request.body, principal);
      return isStaff(principal) ? leadView(lead) : holderLeadView(lead);
    },
  );
}
