import { Type } from "typebox";
import { poolFor } from "../../services/pool.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { LeadPreview, leadPreview } from "../work-views.js";

const RECIPIENTS = ["agent", "partner"] as const;

export default function poolList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/pool",
    {
      preHandler: allow(deps, RECIPIENTS),
      schema: {
        tags: ["pool"],
        summary:
          "Leads the caller may claim now: highest band of their category first, then highest score, then oldest",
        security: bearer,
        response: {
          200: Type.Object({ items: Type.Array(LeadPreview) }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => ({ items: (await poolFor(deps.store, principalOf(request))).map(leadPreview) }),
  );
}
