import { Type } from "typebox";
import { AppError } from "../../domain/errors.js";
import { mySpend, type SpendFigures } from "../../services/my-spend.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { PeriodQuery, periodOf } from "../period.js";
import { errors } from "../schemas.js";

const Figures = {
  leads: Type.Integer({ description: "leads received: accepted, claimed or sent" }),
  returned: Type.Integer(),
  charged: Type.Number({ description: "money charged for the leads not returned, in currency units" }),
};

export default function mySpendRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/spend",
    {
      preHandler: allow(deps, ["partner"]),
      schema: {
        tags: ["work"],
        summary:
          "The caller's own leads received and what they were charged, per day or week (UTC), with totals",
        description: "Only the caller's recipient: a buyer never sees another's deliveries or prices.",
        security: bearer,
        querystring: Type.Object(
          {
            ...PeriodQuery,
            groupBy: Type.Optional(Type.Union([Type.Literal("day"), Type.Literal("week")])),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            from: Type.String(),
            to: Type.String(),
            groupBy: Type.Union([Type.Literal("day"), Type.Literal("week")]),
            periods: Type.Array(Type.Object({ start: Type.String(), ...Figures })),
            totals: Type.Object(Figures),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!principal.recipient) throw new AppError("forbidden", "this user acts for no recipient");
      const { from, to } = periodOf(request.query);
      const groupBy = request.query.groupBy ?? "day";
      const { periods, totals } = await mySpend(deps.store, principal.recipient, from, to, groupBy);
      const out = (f: SpendFigures) => ({
        leads: f.leads,
        returned: f.returned,
        charged: f.cents / 100,
      });
      return {
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        groupBy,
        periods: periods.map((p) => ({ start: new Date(p.start).toISOString(), ...out(p.figures) })),
        totals: out(totals),
      };
    },
  );
}
