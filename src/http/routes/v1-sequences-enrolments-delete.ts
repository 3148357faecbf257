import { Type } from "typebox";
import { removeByHand } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { EnrolmentView, enrolmentView } from "../sequence-schemas.js";

export default function sequencesEnrolmentsDelete(app: App, deps: Deps): void {
  app.delete(
    "/api/v1/sequences/:key/enrolments/:leadId",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Take a lead out of a sequence by hand",
        description: "Its active enrolment exits (`removed`); nothing more of the sequence is sent to it.",
        security: bearer,
        params: Type.Object({
          key: Type.String({ maxLength: 64 }),
          leadId: Type.String({ maxLength: 64 }),
        }),
        response: { 200: EnrolmentView, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      enrolmentView(
        await removeByHand(deps.store, principalOf(request), request.params.key, request.params.leadId),
        null,
      ),
  );
}
