import { Type } from "typebox";
import { planVersions } from "../../services/plans.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { planView, PlanView } from "../plan-schemas.js";
import { errors } from "../schemas.js";

export const PlanVersionView = Type.Object({
  ...PlanView.properties,
  live: Type.Boolean({ description: "whether leads are routed by this version now" }),
});

export default function listPlanVersionsRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key/plan/versions",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["plans"],
        summary: "Every version of the category's plan, newest first, each with its tiers, author and time",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: Type.Object({ items: Type.Array(PlanVersionView) }), ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const { plans, live } = await planVersions(deps.store, request.params.key);
      return { items: plans.map((p) => ({ ...planView(p), live: p.version === live })) };
    },
  );
}
