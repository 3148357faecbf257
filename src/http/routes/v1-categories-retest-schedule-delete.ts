import { Type } from "typebox";
import { clearRetestSchedule } from "../../services/retest-schedules.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";

export default function categoriesRetestScheduleDelete(app: App, deps: Deps): void {
  app.delete(
    "/api/v1/categories/:key/retest-schedule",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "Stop re-testing the category's plan on a schedule (a re-test running runs on)",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await clearRetestSchedule(deps.store, request.params.key, principalOf(request));
      return reply.status(204).send(null);
    },
  );
}
