import { Type } from "typebox";
import { currentPlan } from "../../services/plans.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { planView, PlanView } from "../plan-schemas.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function plansGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key/plan",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["plans"],
        summary: "The category's live plan",
        security: bearer,
        params: Params,
        response: { 200: PlanView, ...errors(401, 403, 404) },
      },
    },
    async (request) => planView(await currentPlan(deps.store, request.params.key)),
  );
}
