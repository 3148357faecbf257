import { sql } from "kysely";
import { Type } from "typebox";
import type { App, Deps } from "../app.js";

export default function health(app: App, deps: Deps): void {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Answers ok once the store is ready",
        response: { 200: Type.Object({ status: Type.Literal("ok") }) },
      },
    },
    async () => {
      await sql`select 1`.execute(deps.store.db);
      return { status: "ok" as const };
    },
  );
}
