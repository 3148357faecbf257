import { Type } from "typebox";
import { leadSeenBy } from "../../services/lead-access.js";
import { leadNames } from "../../services/lead-names.js";
import type { App, Deps } from "../app.js";
import { assignmentView, RecipientAssignmentView, recipientAssignmentView } from "../assignment-view.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors, holderLeadView, leadView, LeadView } from "../schemas.js";
import { LeadPreview, leadPreview } from "../work-views.js";

export default function getLeadRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/:id",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["leads"],
        summary: "A lead with its assignments and event timeline",
        description:
          "Staff see every assignment with its decision trace. The recipient holding the lead sees its " +
          "contact, its own assignments and the timeline of the work on it; a recipient with an open " +
          "offer sees the preview the pool shows and its offer. To anyone else the lead does not exist (404).",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Union([
            LeadView,
            Type.Object({ ...LeadPreview.properties, assignments: Type.Array(RecipientAssignmentView) }),
          ]),
          ...errors(401, 404),
        },
      },
    },
    async (request) => {
      const sight = await leadSeenBy(deps.store, request.params.id, principalOf(request));
      switch (sight.kind) {
        case "staff":
          return leadView(sight.lead, {
            events: sight.events,
            assignments: sight.assignments.map((a) => assignmentView(a)),
            names: await leadNames(deps.store, sight.lead, sight.assignments, sight.events, {
              traces: true,
            }),
          });
        case "holder":
          return holderLeadView(sight.lead, {
            events: sight.events,
            assignments: sight.assignments.map(recipientAssignmentView),
            // Its own assignments only: the names of no other recipient.
            names: await leadNames(deps.store, sight.lead, sight.assignments, [], { traces: false }),
          });
        case "offered":
          return { ...leadPreview(sight.lead), assignments: [recipientAssignmentView(sight.offer)] };
      }
    },
  );
}
