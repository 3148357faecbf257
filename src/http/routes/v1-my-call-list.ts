import { Type } from "typebox";
import type { Role } from "../../domain/user.js";
import { myCallList } from "../../services/call-list.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { CallListEntryView, HeldBackView } from "../call-schemas.js";
import { errors } from "../schemas.js";

const RECIPIENT_USERS: readonly Role[] = ["agent", "partner"];

export default function myCallListRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/call-list",
    {
      preHandler: allow(deps, RECIPIENT_USERS),
      schema: {
        tags: ["work"],
        summary: "Who to call next: the caller's leads in order, each with why",
        description:
          "Callbacks due (open tasks due now) first, then new leads (hot first, then by score, oldest first), " +
          "then retries that are due, then leads every try of the cadence missed. Leads without a phone, " +
          "with a suppressed number, outside their local calling hours, with the day's tries used, or whose " +
          "next try is not due are in `heldBack` with the reason. Logging a call " +
          "(`POST /api/v1/leads/{id}/calls`) moves the lead on.",
        security: bearer,
        response: {
          200: Type.Object({ items: Type.Array(CallListEntryView), heldBack: Type.Array(HeldBackView) }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => {
      const list = await myCallList(deps.store, principalOf(request));
      return {
        items: list.items,
        heldBack: list.heldBack.map((h) => ({
          ...h,
          until: h.until === null ? null : new Date(h.until).toISOString(),
        })),
      };
    },
  );
}
