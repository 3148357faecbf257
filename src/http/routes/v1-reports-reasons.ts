import { Type } from "typebox";
import { reasonsReport, type ReasonsGroup } from "../../services/lead-reports.js";
import type { App, Deps } from "../app.js";
import { reportRoute } from "../report-query.js";

const Reasons = Type.Array(
  Type.Object({ reason: Type.Union([Type.String(), Type.Null()]), leads: Type.Integer() }),
);
const Group = Type.Object({
  key: Type.Union([Type.String(), Type.Null()]),
  lost: Reasons,
  returned: Reasons,
});

const rows = (g: ReasonsGroup, key: string | null) =>
  (["lost", "returned"] as const).flatMap((kind) => g[kind].map((r) => ({ key, kind, ...r })));

export default function reportsReasons(app: App, deps: Deps): void {
  reportRoute(app, deps, {
    path: "/api/v1/reports/reasons",
    name: "reasons",
    summary: "Lost leads by the reason given, returned leads by the return's reason, per group",
    description:
      "Over the leads received in [from, to). A lead reported bad by a buyer counts as returned, " +
      "with the outcome's reason; the most frequent reasons come first.",
    body: Type.Object({ groups: Type.Array(Group), total: Group }),
    run: reasonsReport,
    csv: (report) => ({
      columns: ["key", "kind", "reason", "leads"],
      rows: [...report.groups.flatMap((g) => rows(g, g.key)), ...rows(report.total, "total")],
    }),
  });
}
