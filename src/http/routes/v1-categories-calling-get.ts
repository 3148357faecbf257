import { Type } from "typebox";
import { readCallSettings } from "../../services/call-settings.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { CallSettingsSchema } from "../call-schemas.js";
import { errors } from "../schemas.js";

export default function categoriesCallingGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/categories/:key/calling",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "How the category's leads are called: local calling hours and the cadence of tries",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: CallSettingsSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => readCallSettings(deps.store, request.params.key),
  );
}
