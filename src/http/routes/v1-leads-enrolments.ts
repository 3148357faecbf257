import { Type } from "typebox";
import { enrolmentsOfLead } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { EnrolmentView, enrolmentView } from "../sequence-schemas.js";

export default function leadsEnrolments(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/:id/enrolments",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["nurture"],
        summary: "A lead's nurture enrolments, each with its next step and when it is due",
        description: "For staff, and for the agent or partner that holds the lead.",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: Type.Object({ items: Type.Array(EnrolmentView) }), ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      items: (await enrolmentsOfLead(deps.store, principalOf(request), request.params.id)).map((e) =>
        enrolmentView(e.enrolment, e.steps),
      ),
    }),
  );
}
