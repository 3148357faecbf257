import { Type } from "typebox";
import { AppError } from "../../domain/errors.js";
import { takenAssignments } from "../../store/queries/spend.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { PeriodQuery, periodOf } from "../period.js";
import { errors } from "../schemas.js";

const DAY_MS = 86_400_000;
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
      const periods = new Map<number, { leads: number; returned: number; cents: number }>();
      const totals = { leads: 0, returned: 0, cents: 0 };
      for (const row of await takenAssignments(deps.store, principal.recipient, from, to)) {
        const at = Number(row.created_at);
        const start = groupBy === "day" ? at - (at % DAY_MS) : weekStart(at);
        const period = periods.get(start) ?? { leads: 0, returned: 0, cents: 0 };
        const returned = row.status === "returned";
        const cents = returned ? 0 : Number(row.price_cents ?? 0);
        for (const f of [period, totals]) {
          f.leads++;
          if (returned) f.returned++;
          f.cents += cents;
        }
        periods.set(start, period);
      }
      const out = (f: { leads: number; returned: number; cents: number }) => ({
        leads: f.leads,
        returned: f.returned,
        charged: f.cents / 100,
      });
      return {
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        groupBy,
        periods: [...periods].map(([start, f]) => ({ start: new Date(start).toISOString(), ...out(f) })),
        totals: out(totals),
      };
    },
  );
}

/** Monday 00:00 UTC of the week `at` falls in. */
function weekStart(at: number): number {
  const day = at - (at % DAY_MS);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY_MS;
}
