import { stopExperiment } from "../../services/experiments.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { ExperimentId, experimentView, ExperimentView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

export default function experimentsStop(app: App, deps: Deps): void {
  app.post(
    "/api/v1/experiments/:id/stop",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "Stop a running experiment: the category's leads go back to its plan",
        security: bearer,
        params: ExperimentId,
        response: { 200: ExperimentView, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      experimentView(await stopExperiment(deps.store, request.params.id, principalOf(request))),
  );
}
