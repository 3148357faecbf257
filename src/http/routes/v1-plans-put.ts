import { Type } from "typebox";
import type { Tier } from "../../domain/routing/types.js";
import { putPlan } from "../../services/plans.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { PlanBody, planView, PlanView } from "../plan-schemas.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function plansPut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/plan",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["plans"],
        summary: "Put a new version of the category's distribution plan live",
        security: bearer,
        params: Params,
        body: PlanBody,
        response: { 200: PlanView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      planView(
        await putPlan(deps.store, request.params.key, request.body.tiers as Tier[], principalOf(request)),
      ),
  );
}
