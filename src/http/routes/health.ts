import { Type } from "typebox";
import { storeReady } from "../../services/health.js";
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
      await storeReady(deps.store);
      return { status: "ok" as const };
    },
  );
}
