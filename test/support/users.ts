import type { Role } from "../../src/domain/user.js";
import { admin, type TestApp } from "./app.js";

let counter = 0;

export interface GivenUser {
  id: string;
  email: string;
  role: Role;
  recipient: string | null;
  token: string;
  /** Headers that call as this user. */
  headers: { authorization: string };
}

/** A user created through the API by the bootstrap admin, with its token (and a password, when given). */
export async function givenUser(
  t: TestApp,
  role: Role,
  recipient?: string,
  password?: string,
): Promise<GivenUser> {
  const res = await t.call({
    method: "POST",
    url: "/api/v1/users",
    headers: admin,
    payload: {
      email: `${role}.${Date.now().toString(36)}${(counter++).toString(36)}@example.com`,
      name: `A ${role}`,
      role,
      ...(recipient === undefined ? {} : { recipient }),
      ...(password === undefined ? {} : { password }),
    },
  });
  if (res.statusCode !== 201) throw new Error(`user not created: ${res.body}`);
  const user = res.data as Omit<GivenUser, "headers">;
  return { ...user, headers: { authorization: `Bearer ${user.token}` } };
}
