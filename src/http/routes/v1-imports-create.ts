import { Type } from "typebox";
import { IMPORT_KINDS, runImport, startImport } from "../../services/imports.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { checkRecipientRow, ImportView, importView } from "../import-schemas.js";
import { errors } from "../schemas.js";

/** A file up to 4 MiB; bigger ones go through `carousel import`, or in parts. */
export const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

export default function createImportRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/imports",
    {
      preHandler: allow(deps, STAFF),
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ["imports"],
        summary: "Import a CSV file of leads (for a source) or of recipients",
        description:
          "Answers 202 once the header is checked and the rows counted; the rows are imported after " +
          "that, and `GET /api/v1/imports/{id}` tells how far it got and why each refused row was " +
          "refused. Leads go through intake's validation, dedupe and routing. A request retried with " +
          "the same `Idempotency-Key` answers the import the first one started. A value that starts " +
          "like a spreadsheet formula refuses its row.",
        security: bearer,
        headers: Type.Object({
          "idempotency-key": Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        }),
        body: Type.Object(
          {
            kind: Type.Union(IMPORT_KINDS.map((k) => Type.Literal(k))),
            source: Type.Optional(
              Type.String({ maxLength: 64, description: "leads: the source they came from" }),
            ),
            fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            csv: Type.String({ minLength: 1, maxLength: IMPORT_BODY_LIMIT, description: "the file, UTF-8" }),
          },
          { additionalProperties: false },
        ),
        response: { 200: ImportView, 202: ImportView, ...errors(401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const { kind, source, fileName, csv } = request.body;
      const { state, started } = await startImport(
        deps.store,
        {
          kind,
          source,
          fileName: fileName ?? `${kind}.csv`,
          csv,
          idempotencyKey: request.headers["idempotency-key"],
        },
        principalOf(request),
      );
      if (started)
        setImmediate(() => {
          runImport(deps.store, state.id, checkRecipientRow).catch((error: unknown) =>
            request.log.error({ err: error, import: state.id }, "import failed"),
          );
        });
      return reply.status(started ? 202 : 200).send(importView(state, []));
    },
  );
}
