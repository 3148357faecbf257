import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { listAssignments } from "../../store/queries/assignments.js";
import { getLead, listEvents } from "../../store/queries/leads.js";
import type { App, Deps } from "../app.js";
import { assignmentView } from "../assignment-view.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors, leadView, LeadView } from "../schemas.js";

export default function getLeadRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/:id",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["leads"],
        summary: "A lead with its assignments and event timeline",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: LeadView, ...errors(401, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { db } = deps.store;
      const lead = await getLead(db, request.params.id);
      if (!lead) throw notFound(`lead ${request.params.id}`);
      const assignments = await listAssignments(db, lead.id);
      // Agents and partners see only their own leads; to them another's lead does not exist.
      if (!isStaff(principal) && !assignments.some((a) => a.recipient === principal.recipient))
        throw notFound(`lead ${request.params.id}`);
      return leadView(lead, {
        events: await listEvents(db, lead.id),
        assignments: assignments.map((a) => assignmentView(a)),
      });
    },
  );
}
