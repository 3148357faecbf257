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

/**
 * A user created through the API by the bootstrap admin, with its token (and a password, when
 * given). The recipient it acts for is made (of the role's kind, in a category of its own) when it
 * does not exist yet.
 */
export async function givenUser(
  t: TestApp,
  role: Role,
  recipient?: string,
  password?: string,
): Promise<GivenUser> {
  if (recipient !== undefined) await givenRecipientOf(t, role, recipient);
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

async function givenRecipientOf(t: TestApp, role: Role, key: string): Promise<void> {
  const found = await t.call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin });
  if (found.statusCode === 200 || (role !== "agent" && role !== "partner")) return;
  const category = `users-${Date.now().toString(36)}${(counter++).toString(36)}`;
  const made = await t.call({
    method: "POST",
    url: "/api/v1/categories",
    headers: admin,
    payload: { key: category, name: "For users" },
  });
  if (made.statusCode !== 201) throw new Error(`category not created: ${made.body}`);
  const res = await t.call({
    method: "POST",
    url: "/api/v1/recipients",
    headers: admin,
    payload: { key, name: key, kind: role, categories: [category] },
  });
  if (res.statusCode !== 201) throw new Error(`recipient not created: ${res.body}`);
}
