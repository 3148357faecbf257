import { Type, type Static } from "typebox";
import type { Performance } from "../../domain/performance.js";
import { myPerformance } from "../../services/performance.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { PeriodQuery, periodOf } from "../period.js";
import { errors } from "../schemas.js";

const Rate = Type.Union([Type.Number(), Type.Null()]);
const Figures = Type.Object({
  from: Type.String(),
  to: Type.String(),
  received: Type.Integer({ description: "leads offered, sent or assigned to the caller's recipient" }),
  accepted: Type.Integer({ description: "leads it accepted, claimed or was sent" }),
  contacted: Type.Integer({
    description: "leads it accepted and contacted (a call logged or a contact stage)",
  }),
  won: Type.Integer({ description: "leads it accepted, won and kept" }),
  returned: Type.Integer(),
  acceptanceRate: Type.Union([Rate], { description: "accepted ÷ received, 0 to 1; null: none received" }),
  returnRate: Type.Union([Rate], { description: "returned ÷ accepted, 0 to 1; null: none accepted" }),
  medianSecondsToContact: Type.Union([Rate], {
    description: "median speed to lead: from the lead reaching the recipient to its first contact",
  }),
});

const view = (p: Performance & { from: number; to: number }): Static<typeof Figures> => ({
  ...p,
  from: new Date(p.from).toISOString(),
  to: new Date(p.to).toISOString(),
});

export default function myPerformanceRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/performance",
    {
      preHandler: allow(deps, ["agent", "partner"]),
      schema: {
        tags: ["work"],
        summary: "The caller's own figures over a period, beside the period of the same length before it",
        description:
          "Only the caller's recipient, counted by when each lead reached it. Staff have no recipient of " +
          "their own (403): their figures are the reports.",
        security: bearer,
        querystring: Type.Object(PeriodQuery, { additionalProperties: false }),
        response: {
          200: Type.Object({ recipient: Type.String(), current: Figures, previous: Figures }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const { from, to } = periodOf(request.query);
      const r = await myPerformance(deps.store, principalOf(request), from, to);
      return { recipient: r.recipient, current: view(r.current), previous: view(r.previous) };
    },
  );
}
