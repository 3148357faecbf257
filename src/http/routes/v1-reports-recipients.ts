import { Type } from "typebox";
import { recipientsReport } from "../../services/lead-reports.js";
import type { App, Deps } from "../app.js";
import { reportRoute } from "../report-query.js";

const Maybe = Type.Union([Type.Number(), Type.Null()]);
const Recipient = Type.Object({
  recipient: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  offered: Type.Integer({ description: "offers, pool claims and assignments made to it" }),
  taken: Type.Integer({ description: "those it accepted, claimed, was sent or assigned" }),
  acceptanceRate: Maybe,
  medianResponseSeconds: Type.Union([Type.Integer(), Type.Null()]),
  p90ResponseSeconds: Type.Union([Type.Integer(), Type.Null()]),
  share: Type.Union([Type.Number(), Type.Null()], { description: "its share of the leads taken" }),
  intendedShare: Type.Union([Type.Number(), Type.Null()], {
    description: "its weight's share of the weights of the recipients listed",
  }),
});

export default function reportsRecipients(app: App, deps: Deps): void {
  reportRoute(app, deps, {
    path: "/api/v1/reports/recipients",
    name: "recipients",
    summary: "Per recipient: offers, leads taken, response time, and share against intended share",
    description:
      "Over the offers and assignments made in [from, to). gini is the Gini figure of the leads " +
      "taken per unit of weight: 0 when each recipient got exactly its intended share. groupBy " +
      "does not apply.",
    body: Type.Object({ recipients: Type.Array(Recipient), gini: Maybe }),
    run: recipientsReport,
    csv: (report) => ({ columns: Object.keys(Recipient.properties), rows: report.recipients }),
  });
}
