import { Type } from "typebox";
import { myReturns } from "../../services/my-returns.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

export default function myReturnsList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/returns",
    {
      preHandler: allow(deps, ["agent", "partner"]),
      schema: {
        tags: ["work"],
        summary: "The caller's own return policy, what is left of this month's cap, and its returns",
        description:
          "Only the caller's recipient. Staff have no recipient of their own (403): they read a recipient's " +
          "policy at `/api/v1/recipients/{key}/return-policy`. The month is the calendar month in the " +
          "recipient's time zone. Returns are newest first.",
        security: bearer,
        querystring: Type.Object(
          { limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$", description: "1 to 500; 100" })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            recipient: Type.String(),
            canReturn: Type.Boolean({ description: "false for an agent: agents mark leads lost instead" }),
            policy: Type.Object({
              windowDays: Type.Integer(),
              monthlyCap: Type.Union([Type.Integer(), Type.Null()]),
              reasons: Type.Union([Type.Array(Type.String()), Type.Null()]),
            }),
            month: Type.Object({
              start: Type.String(),
              used: Type.Integer(),
              left: Type.Union([Type.Integer(), Type.Null()], { description: "null: no monthly cap" }),
            }),
            items: Type.Array(
              Type.Object({
                leadId: Type.String(),
                assignment: Type.String(),
                name: Type.String(),
                at: Type.String(),
                reason: Type.String(),
                status: Type.Union([Type.Literal("credited"), Type.Literal("accepted")]),
                credited: Type.Number({ description: "the price given back, in currency units" }),
              }),
            ),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const limit = Math.min(Math.max(Number(request.query.limit ?? 100), 1), 500);
      const r = await myReturns(deps.store, principalOf(request), limit);
      return {
        recipient: r.recipient,
        canReturn: r.canReturn,
        policy: r.policy,
        month: { start: new Date(r.month.start).toISOString(), used: r.month.used, left: r.month.left },
        items: r.items.map(({ creditedCents, at, ...item }) => ({
          ...item,
          at: new Date(at).toISOString(),
          credited: creditedCents / 100,
        })),
      };
    },
  );
}
