import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { returnPolicyOf } from "../../services/returns.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { ReturnPolicy } from "../recipient-schemas.js";

const Params = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function returnPolicyGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/recipients/:key/return-policy",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary: "A recipient's return policy (default: 7 days, no cap); staff or its own users",
        security: bearer,
        params: Params,
        response: { 200: ReturnPolicy, ...errors(401, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { key } = request.params;
      if (!isStaff(principal) && principal.recipient !== key) throw notFound(`recipient ${key}`);
      return returnPolicyOf(deps.store, key);
    },
  );
}
