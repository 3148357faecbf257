import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import type { Tier } from "../../domain/routing/types.js";
import { simulatePlan } from "../../services/plans.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { PlanBody } from "../plan-schemas.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function plansSimulate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/categories/:key/plan/simulate",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["plans"],
        summary:
          "Replay stored leads through a draft plan and report who would have got them; changes nothing",
        security: bearer,
        params: Params,
        body: Type.Object(
          {
            plan: PlanBody,
            from: Type.Optional(Type.String({ maxLength: 40 })),
            to: Type.Optional(Type.String({ maxLength: 40 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            assigned: Type.Integer(),
            pooled: Type.Integer(),
            unassigned: Type.Integer(),
            truncated: Type.Boolean(),
            recipients: Type.Array(
              Type.Object({
                recipient: Type.String(),
                leads: Type.Integer(),
                revenue: Type.Number(),
                margin: Type.Number(),
              }),
            ),
          }),
          ...errors(401, 403, 404, 422),
        },
      },
    },
    async (request) => {
      const { plan, from, to } = request.body;
      const result = await simulatePlan(deps.store, request.params.key, plan.tiers as Tier[], {
        from: time("from", from),
        to: time("to", to),
      });
      return {
        total: result.total,
        assigned: result.assigned,
        pooled: result.pooled,
        unassigned: result.unassigned,
        truncated: result.truncated,
        recipients: result.recipients.map((r) => ({
          recipient: r.recipient,
          leads: r.leads,
          revenue: r.revenueCents / 100,
          margin: r.marginCents / 100,
        })),
      };
    },
  );
}

function time(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (!Number.isFinite(t))
    throw invalid([{ field, code: "invalid", message: `${field} must be an ISO date or date-time` }]);
  return t;
}
