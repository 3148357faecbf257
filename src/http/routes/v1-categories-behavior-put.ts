import { Type } from "typebox";
import { putBehaviorRules } from "../../services/behavior.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { BehaviorRules, errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function categoryBehaviorPut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/behavior",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Set the category's behavioral scoring rules (points per event type, with decay)",
        security: bearer,
        params: Params,
        body: BehaviorRules,
        response: { 200: BehaviorRules, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => ({
      rules: await putBehaviorRules(deps.store, request.params.key, request.body.rules, principalOf(request)),
    }),
  );
}
