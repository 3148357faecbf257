import { Type } from "typebox";
import { writeCallSettings } from "../../services/call-settings.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { CallSettingsSchema } from "../call-schemas.js";
import { errors } from "../schemas.js";

export default function categoriesCallingPut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/categories/:key/calling",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["categories"],
        summary: "Set the category's calling hours (in each lead's own time zone) and cadence",
        description:
          "`attempts` tries spread over `days`, at most `perDay` a day, only between `hours.from` and " +
          "`hours.to` where the lead is (from its zip or state). Defaults: 08:00–21:00, 6 tries over 5 days, 2 a day.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: CallSettingsSchema,
        response: { 200: CallSettingsSchema, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => writeCallSettings(deps.store, principalOf(request), request.params.key, request.body),
  );
}
