import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import { addTask } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { TaskView, taskView } from "../work-views.js";

const LeadParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export default function leadTasksCreate(app: App, deps: Deps): void {
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
        response: { 201: TaskView, ...errors(401, 404, 409, 422) },
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
}
