import { Type } from "typebox";
import { readSequenceMetrics } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceKeyParams } from "../sequence-schemas.js";

const Counts = {
  sent: Type.Integer({ description: "handed to the mail server or gateway" }),
  delivered: Type.Integer({ description: "taken by it" }),
  uniqueOpens: Type.Integer({
    description: "messages opened at least once; inflated by mail privacy features that load every image",
  }),
  uniqueClicks: Type.Integer(),
  replies: Type.Integer(),
  unsubscribes: Type.Integer(),
  bounces: Type.Integer({ description: "refused for good (an SMTP 5xx): the address is suppressed" }),
  conversions: Type.Integer({
    description: "messages whose lead was won within conversionDays of enrolling",
  }),
};

export default function sequencesMetrics(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sequences/:key/metrics",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "What a sequence's messages came to, in all, per step and per template",
        description:
          "Opens, clicks and unsubscribes are counted from the lead events that name a message (`data.message`). " +
          "Unique opens are inflated by mail privacy features that fetch every image.",
        security: bearer,
        params: SequenceKeyParams,
        querystring: Type.Object(
          { conversionDays: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            sequence: Type.String(),
            conversionDays: Type.Integer(),
            enrolled: Type.Integer(),
            converted: Type.Integer({ description: "enrolments whose lead was won within conversionDays" }),
            total: Type.Object(Counts),
            steps: Type.Array(Type.Object({ step: Type.String(), ...Counts })),
            templates: Type.Array(Type.Object({ template: Type.String(), ...Counts })),
          }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) =>
      readSequenceMetrics(deps.store, request.params.key, Number(request.query.conversionDays ?? 30)),
  );
}
