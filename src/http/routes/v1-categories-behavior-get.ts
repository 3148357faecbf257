import { Type } from "typebox";
import { getCategory } from "../../services/catalog.js";
import { notFound } from "../../domain/errors.js";
import { behaviorRulesOf } from "../../services/behavior.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { BehaviorRules, errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function categoryBehaviorGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key/behavior",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "The category's behavioral scoring rules",
        security: bearer,
        params: Params,
        response: { 200: BehaviorRules, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      if (!(await getCategory(deps.store, request.params.key)))
        throw notFound(`category ${request.params.key}`);
      return { rules: await behaviorRulesOf(deps.store, request.params.key) };
    },
  );
}
