import { Type } from "typebox";
import { getCategory } from "../../services/catalog.js";
import { notFound } from "../../domain/errors.js";
import { stageConfigOf } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE } from "../auth.js";
import { errors } from "../schemas.js";
import { StageConfigView, stageConfigView } from "../work-views.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function categoryStagesGet(app: App, deps: Deps): void {
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
      if (!(await getCategory(deps.store, request.params.key)))
        throw notFound(`category ${request.params.key}`);
      return stageConfigView(request.params.key, await stageConfigOf(deps.store, request.params.key));
    },
  );
}
