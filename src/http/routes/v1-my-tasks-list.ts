import { Type } from "typebox";
import type { Role } from "../../domain/user.js";
import { myTasks } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { TaskView, taskView } from "../work-views.js";

/** Users who act for a recipient and so have leads and tasks of their own. */
const RECIPIENT_USERS: readonly Role[] = ["agent", "partner"];
const Limit = Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" }));
const limitOf = (limit: string | undefined) => Math.min(Math.max(Number(limit ?? 50), 1), 500);

export default function myTasksList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/my/tasks",
    {
      preHandler: allow(deps, RECIPIENT_USERS),
      schema: {
        tags: ["work"],
        summary: "The caller's open follow-up tasks, soonest first",
        description:
          "`due=now`: due already; `today`: due before the end of the day in the recipient's time zone; `all` (the default).",
        security: bearer,
        querystring: Type.Object(
          {
            due: Type.Optional(Type.Union([Type.Literal("now"), Type.Literal("today"), Type.Literal("all")])),
            limit: Limit,
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(TaskView) }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const { due, limit } = request.query;
      const tasks = await myTasks(deps.store, principalOf(request), due ?? "all", limitOf(limit));
      return { items: tasks.map(taskView) };
    },
  );
}
