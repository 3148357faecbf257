import { Type } from "typebox";
import { configFromEnv } from "../../config.js";
import { testDelivery } from "../../services/delivery/manage.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { TestSendView, testSendView } from "../delivery-view.js";
import { errors, FieldKey } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

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

export default function recipientDeliveryTest(app: App, deps: Deps): void {
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
        response: { 200: TestSendView, ...errors(401, 403, 404, 409) },
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
}
