import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { behaviorRulesOf, putBehaviorRules } from "../../services/behavior.js";
import { getCategory } from "../../store/queries/categories.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export const EventType = Type.String({
  pattern: "^[a-z][a-z0-9_]{0,63}$",
  description: "lower-case letters, digits and _, e.g. email_opened",
});

const Rules = Type.Object(
  {
    rules: Type.Array(
      Type.Object(
        {
          event: EventType,
          points: Type.Number({ minimum: -1000, maximum: 1000 }),
          halfLifeDays: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 3650 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);

export default function categoryBehaviorRoutes(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/behavior",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Set the category's behavioral scoring rules (points per event type, with decay)",
        security: bearer,
        params: Params,
        body: Rules,
        response: { 200: Rules, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => ({
      rules: await putBehaviorRules(deps.store, request.params.key, request.body.rules, principalOf(request)),
    }),
  );

  app.get(
    "/api/v1/categories/:key/behavior",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "The category's behavioral scoring rules",
        security: bearer,
        params: Params,
        response: { 200: Rules, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const { db } = deps.store;
      if (!(await getCategory(db, request.params.key))) throw notFound(`category ${request.params.key}`);
      return { rules: await behaviorRulesOf(db, request.params.key) };
    },
  );
}
