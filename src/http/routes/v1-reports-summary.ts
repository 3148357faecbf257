import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import { isTimeZone } from "../../domain/report-math.js";
import { summary, type SummaryGroupBy } from "../../services/reports.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";

const DAY_MS = 86_400_000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const Seconds = Type.Union([Type.Number(), Type.Null()]);
const Group = Type.Object({
  key: Type.Union([Type.String(), Type.Null()]),
  leads: Type.Integer(),
  assigned: Type.Integer({ description: "leads offered, pooled or assigned to anyone" }),
  accepted: Type.Integer(),
  contacted: Type.Integer(),
  contactedWithin5Minutes: Type.Integer({
    description: "leads first contacted within 5 minutes of their receipt",
  }),
  qualified: Type.Integer({ description: "leads moved to a stage named qualified, or won" }),
  won: Type.Integer(),
  revenue: Type.Number(),
  cost: Type.Number(),
  margin: Type.Number(),
  sales: Type.Number(),
  medianSecondsToAccept: Seconds,
  p90SecondsToAccept: Seconds,
  medianSecondsToContact: Seconds,
  p90SecondsToContact: Seconds,
});

export default function reportsSummary(app: App, deps: Deps): void {
  app.get(
    "/api/v1/reports/summary",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["reports"],
        summary: "Leads, accepted, contacted, won, revenue, cost, margin and speed to lead, per group",
        description:
          "Over the leads created in [from, to) (default: the last 30 days). revenue is the revenue of " +
          "won leads, cost what the leads cost, margin = revenue − cost, sales what recipients pay for " +
          "the leads they hold. Speed to lead is in seconds from receipt to the first accept (or claim, " +
          "or assignment) and to the first contact. Grouped by recipient, a lead counts for every " +
          "recipient that held it; leads without one have key null. By hour, each key is the hour's " +
          "wall-clock start in tz with its offset (2026-03-08T01:00-06:00); by day with tz, the local " +
          "date (without tz, days are UTC dates).",
        security: bearer,
        querystring: Type.Object(
          {
            from: Type.Optional(
              Type.String({ maxLength: 40, description: "ISO date or date-time, inclusive" }),
            ),
            to: Type.Optional(
              Type.String({ maxLength: 40, description: "ISO date or date-time, exclusive" }),
            ),
            groupBy: Type.Optional(
              Type.Union(
                ["day", "hour", "source", "category", "recipient", "state"].map((g) => Type.Literal(g)),
              ),
            ),
            tz: Type.Optional(
              Type.String({
                maxLength: 64,
                description: "IANA time zone of the hours and days grouped by (default UTC)",
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            from: Type.String(),
            to: Type.String(),
            groupBy: Type.Union([Type.String(), Type.Null()]),
            groups: Type.Array(Group),
            total: Group,
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const to = instant("to", q.to) ?? Date.now();
      const from = instant("from", q.from) ?? to - 30 * DAY_MS;
      if (from > to)
        throw invalid([{ field: "from", code: "invalid", message: "from must not be after to" }]);
      if (q.tz !== undefined && !isTimeZone(q.tz))
        throw invalid([{ field: "tz", code: "invalid", message: "tz is not a known time zone" }]);
      const report = await summary(deps.store, {
        from,
        to,
        groupBy: q.groupBy as SummaryGroupBy | undefined,
        tz: q.tz,
      });
      return { ...report, from: iso(from)!, to: iso(to)! };
    },
  );
}

function instant(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const at = Date.parse(value);
  if (Number.isFinite(at)) return at;
  throw invalid([{ field, code: "invalid", message: `${field} is not an ISO date or date-time` }]);
}
