import { Type } from "typebox";
import { promoteExperiment } from "../../services/experiments.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { ExperimentId, experimentView, ExperimentView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

const Body = Type.Object(
  {
    arm: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 9, description: "the arm to promote; the winner by default" }),
    ),
    holdout: Type.Optional(
      Type.Object(
        {
          share: Type.Number({ exclusiveMinimum: 0, maximum: 0.5 }),
          days: Type.Integer({ minimum: 1, maximum: 365 }),
        },
        {
          additionalProperties: false,
          description:
            "keep this share of new leads on the replaced plan for so many days, then say whether the winner still wins",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export default function experimentsPromote(app: App, deps: Deps): void {
  app.post(
    "/api/v1/experiments/:id/promote",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "Make an arm's plan the category's plan, as a new version",
        security: bearer,
        params: ExperimentId,
        body: Body,
        response: {
          200: Type.Object({
            experiment: ExperimentView,
            planVersion: Type.Integer({ description: "the plan version now live" }),
            retest: Type.Union([ExperimentView, Type.Null()]),
          }),
          ...errors(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) => {
      const done = await promoteExperiment(
        deps.store,
        request.params.id,
        { arm: request.body?.arm, holdout: request.body?.holdout },
        principalOf(request),
      );
      return {
        experiment: experimentView(done.experiment),
        planVersion: done.planVersion,
        retest: done.retest && experimentView(done.retest),
      };
    },
  );
}
