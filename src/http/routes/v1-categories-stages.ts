import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { putStages, stageConfigOf } from "../../services/work.js";
import { getCategory } from "../../store/queries/categories.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf, STAFF } from "../auth.js";
import { errors, Key, Name } from "../schemas.js";
import { stageConfigView } from "../work-views.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

const StageSchema = Type.Object(
  {
    key: Key,
    name: Type.Optional(Name),
    terminal: Type.Optional(Type.Boolean()),
    outcome: Type.Optional(Type.Union([Type.Literal("won"), Type.Literal("lost")])),
    contact: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const StageConfigView = Type.Object({
  category: Type.String(),
  stages: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Type.String(),
      terminal: Type.Boolean(),
      outcome: Type.Union([Type.String(), Type.Null()]),
      contact: Type.Boolean(),
    }),
  ),
  rerouteReturns: Type.Boolean(),
});

export default function categoryStagesRoutes(app: App, deps: Deps): void {
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

  app.get(
    "/api/v1/categories/:key/stages",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["categories"],
        summary: "The category's stage pipeline",
        security: bearer,
        params: Params,
        response: { 200: StageConfigView, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { db } = deps.store;
      if (!(await getCategory(db, request.params.key))) throw notFound(`category ${request.params.key}`);
      return stageConfigView(request.params.key, await stageConfigOf(db, request.params.key));
    },
  );
}
