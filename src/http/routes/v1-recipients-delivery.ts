import { Type } from "typebox";
import { configFromEnv } from "../../config.js";
import { setDeliveriesPaused, testDelivery } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { testSendView } from "../delivery-view.js";
import { errors, FieldKey } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });
const View = Type.Object({}, { additionalProperties: true });

const TestBody = Type.Object(
  {
    fields: Type.Optional(
      Type.Record(FieldKey, Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean()]), {
        maxProperties: 200,
        additionalProperties: false,
      }),
    ),
  },
  { additionalProperties: false },
);

const pauseView = (s: { recipient: string; paused: boolean; pausedAt: number | null; waiting: number }) => ({
  ...s,
  pausedAt: s.pausedAt === null ? null : new Date(s.pausedAt).toISOString(),
});

export default function recipientDeliveryRoutes(app: App, deps: Deps): void {
  app.post(
    "/api/v1/recipients/:key/delivery/test",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["deliveries"],
        summary: "Send a sample lead to the recipient's channel now; returns the request and the response",
        description: "Nothing is stored. `fields` replace or add fields of the sample lead.",
        security: bearer,
        params: Params,
        body: Type.Union([TestBody, Type.Null()]),
        response: { 200: View, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      testSendView(
        await testDelivery(
          deps.store,
          request.params.key,
          request.body?.fields ?? {},
          configFromEnv().smtpUrl,
        ),
      ),
  );

  for (const action of ["pause", "resume"] as const)
    app.post(
      `/api/v1/recipients/:key/delivery/${action}`,
      {
        preHandler: allow(deps, STAFF),
        schema: {
          tags: ["deliveries"],
          summary:
            action === "pause"
              ? "Hold the recipient's deliveries back; they wait and are sent after resume"
              : "Send the recipient's deliveries again, those that waited first",
          security: bearer,
          params: Params,
          response: { 200: View, ...errors(401, 403, 404) },
        },
      },
      async (request) =>
        pauseView(
          await setDeliveriesPaused(deps.store, request.params.key, action === "pause", principalOf(request)),
        ),
    );
}
