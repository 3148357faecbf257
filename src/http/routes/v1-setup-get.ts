import { Type } from "typebox";
import type { App, Deps } from "../app.js";

export default function getSetupRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/setup",
    {
      schema: {
        tags: ["session"],
        summary: "Whether this server still needs its first admin",
        response: {
          200: Type.Object({
            needed: Type.Boolean({
              description: "true while no user exists: the first-run page should show",
            }),
          }),
        },
      },
    },
    async () => ({ needed: await deps.onboarding.setupNeeded() }),
  );
}
