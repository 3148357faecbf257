import { Type } from "typebox";
import { readSequences } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceView, sequenceView } from "../sequence-schemas.js";

export default function sequencesList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sequences",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "The nurture sequences, each at its current version",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(SequenceView) }), ...errors(401, 403) },
      },
    },
    async () => ({ items: (await readSequences(deps.store)).map(sequenceView) }),
  );
}
