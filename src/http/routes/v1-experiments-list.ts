import { Type } from "typebox";
import { experiments } from "../../services/experiments.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { experimentView, ExperimentView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

export default function experimentsList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/experiments",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "The experiments, newest first (the latest 500), of one category or all",
        security: bearer,
        querystring: Type.Object(
          { category: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ExperimentView) }), ...errors(401, 403, 422) },
      },
    },
    async (request) => ({
      items: (await experiments(deps.store, { category: request.query.category })).map(experimentView),
    }),
  );
}
