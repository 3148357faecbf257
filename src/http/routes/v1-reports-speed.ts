import { Type } from "typebox";
import { speedReport, WITHIN, type SpeedGroup } from "../../services/lead-reports.js";
import type { App, Deps } from "../app.js";
import { reportRoute } from "../report-query.js";

const Share = Type.Union([Type.Number(), Type.Null()]);
const Group = Type.Object({
  key: Type.Union([Type.String(), Type.Null()]),
  received: Type.Integer(),
  contacted: Type.Integer(),
  medianSeconds: Type.Union([Type.Integer(), Type.Null()]),
  p90Seconds: Type.Union([Type.Integer(), Type.Null()]),
  within: Type.Object(Object.fromEntries(Object.keys(WITHIN).map((k) => [k, Share])), {
    description: "share of the leads received first contacted in under 1, 5 and 30 minutes, 1 hour, 1 day",
  }),
  never: Type.Union([Type.Number(), Type.Null()], {
    description: "share of the leads received never contacted",
  }),
});

const row = ({ within, ...g }: SpeedGroup) => ({ ...g, ...within });

export default function reportsSpeed(app: App, deps: Deps): void {
  reportRoute(app, deps, {
    path: "/api/v1/reports/speed",
    name: "speed",
    summary: "Speed to lead: median and 90th percentile, and the share contacted within each limit",
    description:
      "Over the leads received in [from, to): whole seconds from receipt to the first contact (a " +
      "call, a contact stage or a buyer's contacted outcome), percentiles by nearest rank over the " +
      "leads contacted.",
    body: Type.Object({ groups: Type.Array(Group), total: Group }),
    run: speedReport,
    csv: (report) => ({
      columns: [
        "key",
        "received",
        "contacted",
        "medianSeconds",
        "p90Seconds",
        ...Object.keys(WITHIN),
        "never",
      ],
      rows: [...report.groups.map(row), { ...row(report.total), key: "total" }],
    }),
  });
}
