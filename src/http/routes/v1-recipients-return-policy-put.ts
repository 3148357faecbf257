import { Type } from "typebox";
import { setReturnPolicy } from "../../services/returns.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { ReturnPolicy } from "../recipient-schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function returnPolicyPut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/recipients/:key/return-policy",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary:
          "Set how long after assignment a recipient may return a lead, how many a month, and for which reasons",
        security: bearer,
        params: Params,
        body: ReturnPolicy,
        response: { 200: ReturnPolicy, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) =>
      setReturnPolicy(
        deps.store,
        request.params.key,
        {
          windowDays: request.body.windowDays,
          monthlyCap: request.body.monthlyCap ?? null,
          reasons: request.body.reasons?.map((r) => r.trim()) ?? null,
        },
        principalOf(request),
      ),
  );
}
