import { readSequenceVersions } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceKeyParams, SequenceVersionsView, sequenceVersionsView } from "../sequence-schemas.js";

export default function sequencesVersions(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sequences/:key/versions",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Every version of a nurture sequence, newest first: when, who, and its steps and rules",
        security: bearer,
        params: SequenceKeyParams,
        response: { 200: SequenceVersionsView, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const { sequence, versions } = await readSequenceVersions(deps.store, request.params.key);
      return sequenceVersionsView(sequence, versions);
    },
  );
}
