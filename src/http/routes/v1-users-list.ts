import { Type, type Static } from "typebox";
import type { User } from "../../domain/user.js";
import { listUsers } from "../../services/users.js";
import type { App, Deps } from "../app.js";
import { allow, bearer } from "../auth.js";
import { errors } from "../schemas.js";

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  recipient: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});

export const userView = (u: User): Static<typeof UserView> => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  recipient: u.recipient,
  disabled: u.disabled,
  createdAt: new Date(u.createdAt).toISOString(),
});

export default function listUsersRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/users",
    {
      preHandler: allow(deps, ["admin"]),
      schema: {
        tags: ["users"],
        summary: "The users: id, email, name, role, recipient and whether they are disabled",
        security: bearer,
        response: { 200: Type.Object({ items: Type.Array(UserView) }), ...errors(401, 403) },
      },
    },
    async () => ({ items: (await listUsers(deps.store)).map(userView) }),
  );
}
