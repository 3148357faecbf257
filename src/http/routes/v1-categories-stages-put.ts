import { Type } from "typebox";
import { putStages } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { StageConfigView, stageConfigView, StageSchema } from "../work-views.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function categoryStagesPut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/stages",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Set the category's stage pipeline and whether returned leads are routed again",
        description:
          "The list must contain `new` and `assigned`. A stage with `outcome: won` asks for revenue, " +
          "`lost` for a reason; both are terminal. `contact` (by default: after `assigned`, not lost) " +
          "makes the first move there the lead's first contact.",
        security: bearer,
        params: Params,
        body: Type.Object(
          {
            stages: Type.Array(StageSchema, { minItems: 2, maxItems: 30 }),
            rerouteReturns: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: StageConfigView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      stageConfigView(
        request.params.key,
        await putStages(deps.store, request.params.key, request.body, principalOf(request)),
      ),
  );
}
