import { stringify } from "csv-stringify/sync";
import { Type, type Static } from "typebox";
import { safeCell } from "../../services/csv-export.js";
import { recalibration } from "../../services/source-quality.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { qualityOptionsOf, QualityQuery } from "../source-quality-schemas.js";

const Figures = Type.Object({
  leads: Type.Integer(),
  cost: Type.Number(),
  revenue: Type.Number(),
  sales: Type.Number(),
  margin: Type.Number({ description: "revenue + sales − cost" }),
  roi: Type.Union([Type.Number(), Type.Null()], {
    description: "margin / cost; null when the leads cost nothing",
  }),
  marginPerLead: Type.Number({ description: "shrunk toward the category's" }),
  returnRate: Type.Number({ description: "shrunk toward the category's, 0–1" }),
  score: Type.Integer({ description: "the source's quality, 0–100, 50 the category's average" }),
});

const Item = Type.Object({
  source: Type.String(),
  category: Type.String(),
  recommendation: Type.Union([
    Type.Literal("spend_more"),
    Type.Literal("hold"),
    Type.Literal("spend_less"),
    Type.Literal("pause"),
  ]),
  rule: Type.String({ description: "the rule that fired, with the thresholds it compared against" }),
  evidence: Figures,
});

const Report = Type.Object({
  from: Type.String(),
  to: Type.String(),
  windowDays: Type.Integer(),
  priorStrength: Type.Number(),
  rules: Type.Object({
    minLeads: Type.Integer(),
    pauseReturnRate: Type.Number(),
    pauseRoi: Type.Number(),
    lowScore: Type.Integer(),
    spendMoreRoi: Type.Number(),
  }),
  items: Type.Array(Item),
});

const COLUMNS = ["source", "category", "recommendation", "rule", ...Object.keys(Figures.properties)] as const;

export default function reportsRecalibration(app: App, deps: Deps): void {
  app.get(
    "/api/v1/reports/recalibration",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["reports"],
        summary:
          "Per source: what its leads returned against what they cost, and whether to spend more, hold, spend less or pause",
        description:
          "Over the leads created in the last `windowDays` (default 90). Each recommendation carries the rule " +
          "that fired and its figures; rates and margin per lead are shrunk toward the category's average " +
          "(`priorStrength` leads, default 50). The rules, first that holds: fewer than `rules.minLeads` leads " +
          "→ hold; shrunk return rate ≥ `pauseReturnRate`, or margin per lead < 0 with ROI ≤ `pauseRoi` → " +
          "pause; margin per lead < 0 or quality < `lowScore` → spend less; ROI ≥ `spendMoreRoi` with quality " +
          "≥ 50 → spend more; else hold. `format=csv` answers the items as CSV.",
        security: bearer,
        produces: ["application/json", "text/csv"],
        querystring: Type.Object(
          { ...QualityQuery, format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("csv")])) },
          { additionalProperties: false },
        ),
        response: {
          200: {
            content: {
              "application/json": { schema: Report },
              "text/csv": { schema: Type.String({ description: "UTF-8 CSV, header first (format=csv)" }) },
            },
          },
          ...errors(401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      const report = await recalibration(deps.store, qualityOptionsOf(request.query));
      if (request.query.format === "csv") {
        const rows = report.items.map((i) =>
          COLUMNS.map((c) => {
            const v = c in i.evidence ? i.evidence[c as keyof typeof i.evidence] : i[c as keyof typeof i];
            return safeCell(v === null || v === undefined ? "" : String(v));
          }),
        );
        const day = new Date(report.to).toISOString().slice(0, 10);
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="recalibration-${day}.csv"`)
          .header("cache-control", "no-store")
          .send(stringify([[...COLUMNS], ...rows]) as unknown as Static<typeof Report>);
      }
      return {
        from: new Date(report.from).toISOString(),
        to: new Date(report.to).toISOString(),
        windowDays: report.windowDays,
        priorStrength: report.priorStrength,
        rules: report.rules,
        items: report.items,
      };
    },
  );
}
