import { Type } from "typebox";
import { leadTeaser } from "../../domain/delivery/payload.js";
import type { Lead } from "../../domain/lead.js";
import { claimLead, poolFor } from "../../services/pool.js";
import type { App, Deps } from "../app.js";
import { assignmentView } from "../assignment-view.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const RECIPIENTS = ["agent", "partner"] as const;

/** What a pooled lead shows before it is claimed: enough to choose, not enough to call. */
function pooledView(lead: Lead) {
  return {
    ...leadTeaser(lead),
    fields: lead.fields,
    poolUntil: lead.poolUntil ? new Date(lead.poolUntil).toISOString() : null,
  };
}

export default function poolRoutes(app: App, deps: Deps): void {
  app.get(
    "/api/v1/pool",
    {
      preHandler: allow(deps, RECIPIENTS),
      schema: {
        tags: ["pool"],
        summary: "Leads the caller may claim now, highest score first, then oldest",
        security: bearer,
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({}, { additionalProperties: true })) }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => ({ items: (await poolFor(deps.store, principalOf(request))).map(pooledView) }),
  );

  app.post(
    "/api/v1/pool/:leadId/claim",
    {
      preHandler: allow(deps, RECIPIENTS),
      schema: {
        tags: ["pool"],
        summary: "Claim a pooled lead; exactly one of simultaneous claims wins, the others get 409",
        security: bearer,
        params: Type.Object({ leadId: Type.String({ maxLength: 64 }) }),
        response: { 200: Type.Object({}, { additionalProperties: true }), ...errors(401, 403, 404, 409) },
      },
    },
    async (request) =>
      assignmentView(await claimLead(deps.store, request.params.leadId, principalOf(request)), {
        trace: false,
      }),
  );
}
