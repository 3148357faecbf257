import { readSequence } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceKeyParams, SequenceView, sequenceView } from "../sequence-schemas.js";

export default function sequencesGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sequences/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "A nurture sequence at its current version",
        security: bearer,
        params: SequenceKeyParams,
        response: { 200: SequenceView, ...errors(401, 403, 404) },
      },
    },
    async (request) => sequenceView(await readSequence(deps.store, request.params.key)),
  );
}
