import { experimentReport } from "../../services/experiments.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { ExperimentId, experimentReportView, ExperimentReportView } from "../experiment-schemas.js";
import { errors } from "../schemas.js";

export default function experimentsGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/experiments/:id",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["experiments"],
        summary: "An experiment with each arm's figures and the verdict with its interval",
        description:
          "Per arm: leads, contact, win and return rates, median speed to lead, margin and revenue per lead. The verdict compares each arm with the first (the control) by an mSPRT over daily looks: its p-values and intervals stay valid however often they are looked at.",
        security: bearer,
        params: ExperimentId,
        response: { 200: ExperimentReportView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => experimentReportView(await experimentReport(deps.store, request.params.id)),
  );
}
