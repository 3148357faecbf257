import { Type } from "typebox";
import { completeTask } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { TaskView, taskView } from "../work-views.js";

export default function tasksComplete(app: App, deps: Deps): void {
  app.post(
    "/api/v1/tasks/:id/complete",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Complete a follow-up task (staff, or the recipient it is for)",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: TaskView, ...errors(401, 404, 409) },
      },
    },
    async (request) => taskView(await completeTask(deps.store, request.params.id, principalOf(request))),
  );
}
