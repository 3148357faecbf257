import { Type } from "typebox";
import { performanceReport } from "../../services/lead-reports.js";
import type { App, Deps } from "../app.js";
import { reportRoute } from "../report-query.js";

const Rate = Type.Union([Type.Number(), Type.Null()]);
const Count = Type.Integer();
const Group = Type.Object({
  key: Type.Union([Type.String(), Type.Null()]),
  received: Count,
  duplicate: Type.Union([Type.Integer(), Type.Null()], {
    description: "submissions found duplicates (null when grouped by something they have no value of)",
  }),
  invalid: Type.Union([Type.Integer(), Type.Null()], { description: "submissions refused at intake" }),
  assigned: Count,
  accepted: Count,
  contacted: Count,
  qualified: Count,
  won: Count,
  lost: Count,
  returned: Type.Integer({ description: "returned by a recipient or reported bad by a buyer" }),
  unassigned: Type.Integer({ description: "waiting for a recipient now" }),
  revenue: Type.Number({ description: "revenue of leads in a won stage" }),
  cost: Type.Number({ description: "what the leads cost" }),
  sales: Type.Number({ description: "what buyers pay (a sold outcome's amount replaces the price)" }),
  credited: Type.Number({ description: "what returns credited back to buyers" }),
  margin: Type.Number({ description: "revenue + sales − credited − cost" }),
  roi: Type.Union([Type.Number(), Type.Null()], { description: "margin ÷ cost" }),
  costPerWon: Rate,
  revenuePerLead: Rate,
  marginPerLead: Rate,
  acceptanceRate: Type.Union([Type.Number(), Type.Null()], { description: "accepted ÷ assigned" }),
  contactRate: Type.Union([Type.Number(), Type.Null()], { description: "contacted ÷ received" }),
  winRate: Type.Union([Type.Number(), Type.Null()], { description: "won ÷ received" }),
  returnRate: Type.Union([Type.Number(), Type.Null()], { description: "returned ÷ accepted" }),
});

export const PERFORMANCE_COLUMNS = Object.keys(Group.properties);

export default function reportsPerformance(app: App, deps: Deps): void {
  reportRoute(app, deps, {
    path: "/api/v1/reports/performance",
    name: "performance",
    summary: "Counts, money and rates of the leads received, per group",
    description:
      "Over the leads received in [from, to) (default: the last 30 days). For a lead seller the " +
      "margin is sales − credited − cost, for a company's own use revenue − cost; both count in " +
      "margin. Duplicates and refusals are counted by the quarter hour they arrived in, by period, " +
      "source and category; grouped otherwise they show in the total only.",
    body: Type.Object({ groups: Type.Array(Group), total: Group }),
    run: performanceReport,
    csv: (report) => ({
      columns: PERFORMANCE_COLUMNS,
      rows: [...report.groups, { ...report.total, key: "total" }],
    }),
  });
}
