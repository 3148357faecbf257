import { Type } from "typebox";
import { readImport } from "../../services/imports.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { ImportView, importView } from "../import-schemas.js";
import { errors } from "../schemas.js";

export default function getImportRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/imports/:id",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["imports"],
        summary:
          "How far an import got: rows done of the total, accepted, and each refused row with its reasons",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object(
          {
            after: Type.Optional(
              Type.String({ pattern: "^[0-9]{1,9}$", description: "refused rows after this line" }),
            ),
            limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ImportView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const limit = Math.min(Math.max(Number(request.query.limit ?? 500), 1), 1000);
      const { state, refusals } = await readImport(deps.store, request.params.id, {
        after: Number(request.query.after ?? 0),
        limit,
      });
      return importView(state, refusals);
    },
  );
}
