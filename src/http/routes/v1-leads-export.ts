import { once } from "node:events";
import { PassThrough } from "node:stream";
import { Type } from "typebox";
import { exportLeadsCsv } from "../../services/csv-export.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { leadFilterOf, LeadFilterQuery } from "../lead-filters.js";
import { errors } from "../schemas.js";

export default function exportLeadsRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/export",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["leads"],
        summary: "The leads table's filtered set as a CSV file, newest first, streamed",
        description:
          "The same filters as `GET /api/v1/leads`; the columns of `carousel export`, so the file " +
          "imports back. A value that a spreadsheet would run as a formula is written with a leading " +
          "apostrophe.",
        security: bearer,
        querystring: Type.Object(LeadFilterQuery, { additionalProperties: false }),
        produces: ["text/csv"],
        response: {
          200: {
            content: { "text/csv": { schema: Type.String({ description: "UTF-8 CSV, header first" }) } },
          },
          ...errors(401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      const filter = leadFilterOf(request.query);
      const out = new PassThrough();
      const write = async (chunk: string) => {
        if (!out.write(chunk)) await Promise.race([once(out, "drain"), once(out, "close")]);
      };
      exportLeadsCsv(deps.store, filter, write, { safeCells: true })
        .then(() => out.end())
        .catch((error: unknown) => {
          request.log.error({ err: error }, "lead export failed");
          out.destroy(error instanceof Error ? error : new Error(String(error)));
        });
      const day = new Date().toISOString().slice(0, 10);
      return (
        reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="leads-${day}.csv"`)
          .header("cache-control", "no-store")
          // The document's type is the file's text; fastify sends a stream as it comes.
          .send(out as unknown as string)
      );
    },
  );
}
