import { Type } from "typebox";
import { ROLES } from "../../domain/user.js";
import { patchUser } from "../../services/users.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf } from "../auth.js";
import { errors, Name } from "../schemas.js";
import { UserView, userView } from "./v1-users-list.js";

export default function patchUserRoute(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/users/:id",
    {
      preHandler: allow(deps, ["admin"]),
      schema: {
        tags: ["users"],
        summary: "Rename a user, change its role, or disable and enable it",
        description:
          "A disabled user's tokens stop working at once, in every process; enabling it gives them back. " +
          "An agent or partner acts for a recipient of its own kind (give `recipient` when changing to one); " +
          "a change to admin or manager drops the recipient. The last enabled admin can be neither " +
          "disabled nor demoted (409).",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            name: Type.Optional(Name),
            role: Type.Optional(Type.Union(ROLES.map((r) => Type.Literal(r)))),
            recipient: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
            disabled: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: UserView, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      userView(await patchUser(deps.store, request.params.id, request.body, principalOf(request))),
  );
}
