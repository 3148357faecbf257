import { invalid } from "../../domain/errors.js";
import type { Tier } from "../../domain/routing/types.js";
import { createExperiment } from "../../services/experiments.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { ExperimentBody, experimentView, ExperimentView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

export default function experimentsCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/experiments",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "Split a category's new leads between plans and compare them",
        description:
          "Each new lead of the category is routed by the plan of the arm its id hashes to, until endsAt or the number of leads. The first arm is the control. At most one experiment runs per category.",
        security: bearer,
        body: ExperimentBody,
        response: { 201: ExperimentView, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const endsAt = body.endsAt === undefined ? undefined : Date.parse(body.endsAt);
      if (endsAt !== undefined && Number.isNaN(endsAt))
        throw invalid([{ field: "endsAt", code: "invalid", message: "endsAt must be an ISO date-time" }]);
      const experiment = await createExperiment(
        deps.store,
        {
          category: body.category,
          arms: body.arms.map((a) => ({
            name: a.name,
            plan: a.plan && { tiers: a.plan.tiers as Tier[] },
            planVersion: a.planVersion,
            share: a.share,
          })),
          endsAt,
          leads: body.leads,
          metric: body.metric,
          alpha: body.alpha,
          auto: body.auto,
        },
        principalOf(request),
      );
      return reply.code(201).send(experimentView(experiment));
    },
  );
}
