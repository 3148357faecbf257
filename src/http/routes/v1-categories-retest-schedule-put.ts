import { Type } from "typebox";
import { setRetestSchedule } from "../../services/retest-schedules.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { RetestScheduleBody, RetestScheduleView, retestScheduleView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

export default function categoriesRetestSchedulePut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/retest-schedule",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "Re-test the category's plan on a regular basis",
        description:
          "From `firstAt` (by default `everyDays` from now), a re-test holds `share` of the category's new " +
          "leads back on plan version `against` for `days`, then says whether the live plan still wins " +
          "(`retestOutcome`); the next starts `everyDays` after it ends. A re-test that finds the held-back " +
          "plan better makes it live again only with `switchBack`. A category running another experiment " +
          "when a re-test is due waits for it.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: RetestScheduleBody,
        response: { 200: RetestScheduleView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { firstAt, ...rest } = request.body;
      return retestScheduleView(
        await setRetestSchedule(
          deps.store,
          request.params.key,
          { ...rest, firstAt: firstAt === undefined ? undefined : Date.parse(firstAt) },
          principalOf(request),
        ),
      );
    },
  );
}
