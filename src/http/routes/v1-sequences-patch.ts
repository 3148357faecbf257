import { patchSequence } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceKeyParams, SequencePatch, SequenceView, sequenceView } from "../sequence-schemas.js";

export default function sequencesPatch(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/sequences/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Edit a nurture sequence: a new version",
        description:
          "Leads enrolled from now on run the new version; leads already enrolled finish the version they started " +
          "(their enrolment names it). `window: null` and `dailyLimit: null` remove them.",
        security: bearer,
        params: SequenceKeyParams,
        body: SequencePatch,
        response: { 200: SequenceView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      sequenceView(await patchSequence(deps.store, principalOf(request), request.params.key, request.body)),
  );
}
