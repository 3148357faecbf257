import { Type } from "typebox";
import type { StoredPlan } from "../store/queries/plans.js";

export const TierSchema = Type.Object(
  {
    select: Type.Object(
      {
        kind: Type.Optional(
          Type.Union([Type.Literal("agent"), Type.Literal("partner"), Type.Literal("buyer")]),
        ),
        tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50 })),
        keys: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 10_000 })),
      },
      { additionalProperties: false },
    ),
    method: Type.Union([
      Type.Literal("round_robin"),
      Type.Literal("weighted"),
      Type.Literal("priority"),
      Type.Literal("least_loaded"),
      Type.Literal("best_margin"),
      Type.Literal("bid_price"),
      Type.Literal("broadcast"),
    ]),
    mode: Type.Union([Type.Literal("push"), Type.Literal("pull"), Type.Literal("direct")]),
    slaSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 * 86_400 })),
    attempts: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    poolSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 * 86_400 })),
    maxRecipients: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    catchUpLimit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1000,
        description:
          "least_loaded: a recipient with fewer open leads than the others gets at most this many in a row",
      }),
    ),
    pingPost: Type.Optional(
      Type.Object(
        {
          fields: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
            minItems: 1,
            maxItems: 100,
            uniqueItems: true,
          }),
          deadlineMs: Type.Integer({ minimum: 50, maximum: 30_000 }),
        },
        {
          additionalProperties: false,
          description: "ping the tier's buyers with these lead fields and collect bids until the deadline",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const PlanBody = Type.Object(
  { tiers: Type.Array(TierSchema, { minItems: 1, maxItems: 20 }) },
  { additionalProperties: false },
);

export const PlanView = Type.Object({
  category: Type.String(),
  version: Type.Integer(),
  tiers: Type.Array(TierSchema),
  createdAt: Type.String(),
  createdBy: Type.Union([Type.String(), Type.Null()]),
});

export const planView = (p: StoredPlan) => ({
  category: p.category,
  version: p.version,
  tiers: p.tiers,
  createdAt: new Date(p.createdAt).toISOString(),
  createdBy: p.createdBy,
});
