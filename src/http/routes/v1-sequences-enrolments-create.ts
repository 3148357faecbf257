import { Type } from "typebox";
import { enrolByHand, withSteps } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { EnrolmentView, SequenceKeyParams, enrolmentView } from "../sequence-schemas.js";

export default function sequencesEnrolmentsCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/sequences/:key/enrolments",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Enrol a lead by hand",
        description:
          "Whatever the enrolment rules and re-enrolment policy say; 409 while the lead is in the sequence. Its first step is due at once.",
        security: bearer,
        params: SequenceKeyParams,
        body: Type.Object(
          { leadId: Type.String({ minLength: 1, maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: { 201: EnrolmentView, ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await enrolByHand(
        deps.store,
        principalOf(request),
        request.params.key,
        request.body.leadId,
      );
      const [e] = await withSteps(deps.store, [row]);
      return reply.status(201).send(enrolmentView(row, e?.steps ?? null));
    },
  );
}
