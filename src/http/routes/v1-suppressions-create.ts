import { Type } from "typebox";
import { suppress } from "../../services/suppressions.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { SuppressionKind } from "../call-schemas.js";
import { errors } from "../schemas.js";

export default function suppressionsCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/suppressions",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["work"],
        summary: "Put email addresses or phone numbers on the suppression list (one, or an imported list)",
        description:
          "No email goes to a suppressed address and no call list offers a suppressed number, whoever holds " +
          "the lead. Values are kept as leads keep theirs (lower-case email, E.164 phone); values that are not " +
          "one are answered in `refused` and the rest are added.",
        security: bearer,
        body: Type.Object(
          {
            kind: SuppressionKind,
            values: Type.Array(Type.String({ minLength: 1, maxLength: 254 }), {
              minItems: 1,
              maxItems: 2000,
            }),
            reason: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            added: Type.Integer(),
            alreadyListed: Type.Integer(),
            refused: Type.Array(Type.Object({ value: Type.String(), problem: Type.String() })),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => suppress(deps.store, principalOf(request), request.body),
  );
}
