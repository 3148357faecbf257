import { Type } from "typebox";
import { planVersion } from "../../services/plans.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { planView, PlanView } from "../plan-schemas.js";
import { errors } from "../schemas.js";

export default function getPlanVersionRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key/plan/versions/:version",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["plans"],
        summary: "One version of the category's plan, live or not",
        security: bearer,
        params: Type.Object({
          key: Type.String({ maxLength: 64 }),
          version: Type.String({ pattern: "^[1-9][0-9]{0,8}$" }),
        }),
        response: { 200: PlanView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      planView(await planVersion(deps.store, request.params.key, Number(request.params.version))),
  );
}
