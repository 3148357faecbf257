import { Type } from "typebox";
import { invalid } from "../../domain/errors.js";
import { staffTasks } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { pageSize } from "../paging.js";
import { errors } from "../schemas.js";
import { TaskView, taskView } from "../work-views.js";

const Query = Type.Object(
  {
    assignee: Type.Optional(Type.String({ maxLength: 64, description: "the recipient the task is for" })),
    lead: Type.Optional(Type.String({ maxLength: 64 })),
    due: Type.Optional(
      Type.Union([Type.Literal("now"), Type.Literal("today"), Type.Literal("all")], {
        description: "now: due already; today: due before midnight UTC; all (the default)",
      }),
    ),
    status: Type.Optional(
      Type.Union([Type.Literal("open"), Type.Literal("completed"), Type.Literal("all")], {
        description: "open (the default), completed or all",
      }),
    ),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
  },
  { additionalProperties: false },
);

export default function listTasksRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/tasks",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["work"],
        summary: "Every recipient's follow-up tasks, soonest due first, a page at a time",
        description: "Agents and partners read their own at `GET /api/v1/my/tasks`.",
        security: bearer,
        querystring: Query,
        response: {
          200: Type.Object({
            items: Type.Array(TaskView),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = pageSize(q.limit);
      const tasks = await staffTasks(
        deps.store,
        {
          recipient: q.assignee,
          leadId: q.lead,
          due: q.due ?? "all",
          status: q.status ?? "open",
          after: afterCursor(q.cursor),
        },
        limit,
      );
      const last = tasks.at(-1);
      return {
        items: tasks.map(taskView),
        nextCursor:
          tasks.length === limit && last
            ? Buffer.from(`${last.due_at}:${last.id}`).toString("base64url")
            : null,
      };
    },
  );
}

function afterCursor(cursor: string | undefined): { dueAt: number; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const match = /^([0-9]{1,16}):(task_[0-9a-z]{26})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match)
    throw invalid([{ field: "cursor", code: "invalid", message: "cursor is not one this API gave out" }]);
  return { dueAt: Number(match[1]), id: match[2]! };
}
