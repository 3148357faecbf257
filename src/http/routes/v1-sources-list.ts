import { Type } from "typebox";
import { listSources } from "../../store/queries/sources.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors, SourceView, sourceView } from "../schemas.js";

export default function listSourcesRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sources",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["sources"],
        summary: "List lead sources",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(SourceView) }), ...errors(401, 403) },
      },
    },
    async () => ({ items: (await listSources(deps.store.db)).map(sourceView) }),
  );
}
