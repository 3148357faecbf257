import { Type } from "typebox";
import { retestScheduleOf } from "../../services/retest-schedules.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { RetestScheduleReportView, retestScheduleReportView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

export default function categoriesRetestScheduleGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key/retest-schedule",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "The category's re-test schedule and its re-tests with their outcomes",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: RetestScheduleReportView, ...errors(401, 403, 404) },
      },
    },
    async (request) => retestScheduleReportView(await retestScheduleOf(deps.store, request.params.key)),
  );
}
