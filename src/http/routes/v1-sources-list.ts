import { Type } from "typebox";
import { listSources } from "../../services/catalog.js";
import { measureSourceQuality } from "../../services/source-quality.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors, SourceView, sourceView } from "../schemas.js";
import {
  qualityOptionsOf,
  QualityQuery,
  SourceQualityView,
  sourceQualityView,
} from "../source-quality-schemas.js";

const SourceListItem = Type.Object({ ...SourceView.properties, quality: SourceQualityView });

export default function listSourcesRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sources",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["sources"],
        summary: "List lead sources, each with its quality over a window",
        description:
          "Each source's `quality`: contact, win and return rates and margin per lead of its leads created " +
          "in the last `windowDays`, each rate also shrunk toward the category's average (beta-binomial, " +
          "the category's average weighing as `priorStrength` leads), so a source with few leads is not " +
          "judged on noise.",
        security: bearer,
        querystring: Type.Object(QualityQuery, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(SourceListItem) }), ...errors(401, 403, 422) },
      },
    },
    async (request) => {
      // Listed first, so every source listed is measured (sources are never deleted).
      const sources = await listSources(deps.store);
      const measured = await measureSourceQuality(deps.store, qualityOptionsOf(request.query));
      return {
        items: sources.flatMap((s) => {
          const q = measured.bySource.get(s.key);
          return q ? [{ ...sourceView(s), quality: sourceQualityView(q, measured) }] : [];
        }),
      };
    },
  );
}
