import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { postbackPath } from "../../services/outcomes.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { originOf } from "../session-cookie.js";

export default function recipientsPostback(app: App, deps: Deps): void {
  app.get(
    "/api/v1/recipients/:key/postback",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary:
          "The recipient's signed postback URL, for its system to report outcomes; staff or its own users",
        description:
          "Give it to the buyer once: its system calls it with `lead`, `outcome` and `amount` or " +
          "`reason` for any lead it was given. The URL carries its own authority, so keep it as secret " +
          "as a token.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Object({
            url: Type.String({ description: "the URL, without its query string" }),
            example: Type.String({ description: "a sold lead reported with GET" }),
          }),
          ...errors(401, 404),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { key } = request.params;
      if (!isStaff(principal) && principal.recipient !== key) throw notFound(`recipient ${key}`);
      const url = `${originOf(request)}${await postbackPath(deps.store, key)}`;
      return { url, example: `${url}?lead=lead_01...&outcome=sold&amount=42.50` };
    },
  );
}
