import { leadNamesOf, readEnrolments, withSteps } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { EnrolmentPage, EnrolmentsQuery, SequenceKeyParams, enrolmentView } from "../sequence-schemas.js";

export default function sequencesEnrolmentsList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sequences/:key/enrolments",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary:
          "The leads enrolled in a sequence, oldest enrolment first, with each one's name and next step",
        security: bearer,
        params: SequenceKeyParams,
        querystring: EnrolmentsQuery,
        response: { 200: EnrolmentPage, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const { status, cursor, limit } = request.query;
      const size = Math.min(Math.max(Number(limit ?? 100), 1), 500);
      const rows = await readEnrolments(
        deps.store,
        { sequence: request.params.key, status, after: cursor },
        size,
      );
      const names = await leadNamesOf(deps.store, rows);
      const items = (await withSteps(deps.store, rows)).map((e) => ({
        ...enrolmentView(e.enrolment, e.steps),
        leadName: names.get(e.enrolment.lead_id) ?? null,
      }));
      return { items, nextCursor: rows.length === size ? (rows[rows.length - 1]?.id ?? null) : null };
    },
  );
}
