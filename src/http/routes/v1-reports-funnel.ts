import { Type } from "typebox";
import { funnelReport, FUNNEL_STEPS, type FunnelGroup } from "../../services/lead-reports.js";
import type { App, Deps } from "../app.js";
import { reportRoute } from "../report-query.js";

const Group = Type.Object({
  key: Type.Union([Type.String(), Type.Null()]),
  steps: Type.Array(
    Type.Object({
      step: Type.Union(FUNNEL_STEPS.map((s) => Type.Literal(s))),
      leads: Type.Integer({ description: "leads that reached this step and every step before it" }),
      conversion: Type.Union([Type.Number(), Type.Null()], { description: "leads ÷ the step before's" }),
      ofReceived: Type.Union([Type.Number(), Type.Null()]),
      dropped: Type.Integer({ description: "leads of the step before that went no further" }),
    }),
  ),
});

const row = (g: FunnelGroup, key: string | null) => ({
  key,
  ...Object.fromEntries(
    g.steps.flatMap((s) => [
      [s.step, s.leads],
      [`${s.step}Conversion`, s.conversion],
    ]),
  ),
});

export default function reportsFunnel(app: App, deps: Deps): void {
  reportRoute(app, deps, {
    path: "/api/v1/reports/funnel",
    name: "funnel",
    summary: "Received → assigned → accepted → contacted → qualified → won, per group",
    description:
      "Over the leads received in [from, to) (default: the last 30 days). Each step counts the leads " +
      "that reached it and every step before it (qualified: a stage named qualified, or won; won: a " +
      "won stage or a buyer's sold outcome), with its conversion from the step before and the leads " +
      "that dropped out there.",
    body: Type.Object({ groups: Type.Array(Group), total: Group }),
    run: funnelReport,
    csv: (report) => ({
      columns: ["key", ...FUNNEL_STEPS.flatMap((s) => (s === "received" ? [s] : [s, `${s}Conversion`]))],
      rows: [...report.groups.map((g) => row(g, g.key)), row(report.total, "total")],
    }),
  });
}
