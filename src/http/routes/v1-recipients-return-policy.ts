import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { setReturnPolicy } from "../../services/returns.js";
import { getRecipient } from "../../store/queries/recipients.js";
import { getReturnPolicy } from "../../store/queries/returns.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });
const Policy = Type.Object(
  {
    windowDays: Type.Integer({ minimum: 0, maximum: 365, description: "days after assignment" }),
    monthlyCap: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000 }), Type.Null()], {
        description: "most returns per calendar month in the recipient's time zone; null: no cap",
      }),
    ),
  },
  { additionalProperties: false },
);

export default function returnPolicyRoutes(app: App, deps: Deps): void {
  app.put(
    "/api/v1/recipients/:key/return-policy",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary: "Set how long after assignment a recipient may return a lead, and how many a month",
        security: bearer,
        params: Params,
        body: Policy,
        response: { 200: Policy, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      setReturnPolicy(
        deps.store,
        request.params.key,
        {
          windowDays: request.body.windowDays,
          monthlyCap: request.body.monthlyCap ?? null,
        },
        principalOf(request),
      ),
  );

  app.get(
    "/api/v1/recipients/:key/return-policy",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary: "A recipient's return policy (default: 7 days, no cap); staff or its own users",
        security: bearer,
        params: Params,
        response: { 200: Policy, ...errors(401, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { key } = request.params;
      if (!isStaff(principal) && principal.recipient !== key) throw notFound(`recipient ${key}`);
      if (!(await getRecipient(deps.store.db, key))) throw notFound(`recipient ${key}`);
      return getReturnPolicy(deps.store.db, key);
    },
  );
}
