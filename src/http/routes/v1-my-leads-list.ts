import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import type { Role } from "../../domain/user.js";
import { myHeldLeads } from "../../services/work.js";
import { recipientAssignmentView } from "../assignment-view.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors, holderLeadView, LeadPage } from "../schemas.js";

/** Users who act for a recipient and so have leads and tasks of their own. */
const RECIPIENT_USERS: readonly Role[] = ["agent", "partner"];
const Limit = Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" }));
const limitOf = (limit: string | undefined) => Math.min(Math.max(Number(limit ?? 50), 1), 500);

export default function myLeadsList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/leads",
    {
      preHandler: allow(deps, RECIPIENT_USERS),
      schema: {
        tags: ["work"],
        summary: "The leads the caller's recipient holds now, newest first, a page at a time",
        description:
          "Each lead carries the caller's own assignments of it (`assignments`): since when it holds the lead and at what price.",
        security: bearer,
        querystring: Type.Object(
          {
            stage: Type.Optional(Type.String({ maxLength: 64 })),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Limit,
          },
          { additionalProperties: false },
        ),
        response: {
          200: LeadPage,
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const { stage, cursor } = request.query;
      const limit = limitOf(request.query.limit);
      const before = cursor === undefined ? undefined : Buffer.from(cursor, "base64url").toString("utf8");
      if (before !== undefined && !/^lead_[0-9a-z]{26}$/.test(before))
        throw invalid([{ field: "cursor", code: "invalid", message: "cursor is not one this API gave out" }]);
      const principal = principalOf(request);
      // Each lead with the caller's own holding of it: since when, and at what price.
      const items = await myHeldLeads(deps.store, principal, { stage, before }, limit);
      const last = items.at(-1)?.lead;
      return {
        items: items.map(({ lead, assignments }) =>
          holderLeadView(lead, { assignments: assignments.map(recipientAssignmentView) }),
        ),
        nextCursor: items.length === limit && last ? Buffer.from(last.id).toString("base64url") : null,
      };
    },
  );
}
