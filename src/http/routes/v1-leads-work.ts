import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import { returnLead } from "../../services/returns.js";
import { addNote, addTask, completeTask, logCall } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { isStaff } from "../../domain/user.js";
import { assignmentView, recipientAssignmentView } from "../assignment-view.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { eventView, taskView } from "../work-views.js";

const LeadParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Text = Type.String({ minLength: 1, maxLength: 5000 });
const Obj = Type.Object({}, { additionalProperties: true });

/** Notes, calls, follow-up tasks and returns: the work staff and a lead's holder do on it. */
export default function leadWorkRoutes(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/notes",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Add a note to a lead's timeline",
        security: bearer,
        params: LeadParams,
        body: Type.Object({ text: Text }, { additionalProperties: false }),
        response: { 201: Obj, ...errors(401, 404, 422) },
      },
    },
    async (request, reply) => {
      const event = await addNote(deps.store, request.params.id, request.body.text, principalOf(request));
      return reply.status(201).send(eventView(event));
    },
  );

  app.post(
    "/api/v1/leads/:id/calls",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Log a call to the lead (the first call is its first contact)",
        security: bearer,
        params: LeadParams,
        body: Type.Object(
          {
            outcome: Type.String({
              pattern: "^[a-z][a-z0-9_]{0,63}$",
              description: "e.g. connected, no_answer, voicemail, busy, wrong_number",
            }),
            durationSeconds: Type.Integer({ minimum: 0, maximum: 86_400 }),
            notes: Type.Optional(Text),
          },
          { additionalProperties: false },
        ),
        response: { 201: Obj, ...errors(401, 404, 422) },
      },
    },
    async (request, reply) => {
      const event = await logCall(deps.store, request.params.id, request.body, principalOf(request));
      return reply.status(201).send(eventView(event));
    },
  );

  app.post(
    "/api/v1/leads/:id/tasks",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Set a follow-up task on a lead, due at a time",
        description: "Staff may name the recipient the task is for; by default it is the lead's holder.",
        security: bearer,
        params: LeadParams,
        body: Type.Object(
          {
            title: Type.String({ minLength: 1, maxLength: 500 }),
            dueAt: Type.String({ maxLength: 40, description: "ISO date-time" }),
            recipient: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Obj, ...errors(401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const dueAt = Date.parse(request.body.dueAt);
      if (!Number.isFinite(dueAt))
        throw invalid([{ field: "dueAt", code: "invalid", message: "dueAt must be an ISO date-time" }]);
      const task = await addTask(
        deps.store,
        request.params.id,
        { ...request.body, dueAt },
        principalOf(request),
      );
      return reply.status(201).send(taskView(task));
    },
  );

  app.post(
    "/api/v1/tasks/:id/complete",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Complete a follow-up task (staff, or the recipient it is for)",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: Obj, ...errors(401, 404, 409) },
      },
    },
    async (request) => taskView(await completeTask(deps.store, request.params.id, principalOf(request))),
  );

  app.post(
    "/api/v1/leads/:id/return",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Return a lead (a buyer's or partner's user, or staff on its behalf) with a reason",
        description:
          "Within the recipient's return window and under its monthly cap (409 otherwise). The " +
          "assignment becomes `returned`; the lead is routed again to recipients that have not refused it " +
          "when its category says so (`rerouteReturns`), else closed.",
        security: bearer,
        params: LeadParams,
        body: Type.Object(
          {
            reason: Type.String({ minLength: 1, maxLength: 1000 }),
            recipient: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            returned: Obj,
            status: Type.String(),
            assignments: Type.Array(Obj),
          }),
          ...errors(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const result = await returnLead(deps.store, request.params.id, request.body, principal);
      // Where the lead went next is staff's business: a recipient learns nothing of the next holder.
      if (!isStaff(principal))
        return { returned: recipientAssignmentView(result.returned), status: result.status, assignments: [] };
      return {
        returned: assignmentView(result.returned, { trace: false }),
        status: result.status,
        assignments: result.assignments.map((a) => assignmentView(a)),
      };
    },
  );
}
