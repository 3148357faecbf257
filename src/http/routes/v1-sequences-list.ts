import { Type } from "typebox";
import { readSequences } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceView, sequenceView } from "../sequence-schemas.js";

const SequenceListItem = Type.Object({
  ...SequenceView.properties,
  enrolled: Type.Integer({ description: "enrolments in all, ended or not" }),
  active: Type.Integer({ description: "enrolments still running" }),
});

export default function sequencesList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sequences",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "The nurture sequences, each at its current version",
        description:
          "Each with `enrolled`, the enrolments it has had (a lead enrolled again counts again), and `active`, those still running.",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(SequenceListItem) }), ...errors(401, 403) },
      },
    },
    async () => ({
      items: (await readSequences(deps.store)).map((s) => ({
        ...sequenceView(s),
        enrolled: s.enrolled,
        active: s.active,
      })),
    }),
  );
}
