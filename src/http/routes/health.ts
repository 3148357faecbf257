import { Type } from "typebox";
import { ping } from "../../store/queries/system.js";
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
      await ping(deps.store);
      return { status: "ok" as const };
    },
  );
}
