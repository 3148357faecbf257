import type { Role, User } from "../../domain/user.js";
import type { Selectable } from "kysely";
import type { UserRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function insertUser(tx: Tx, u: User, passwordHash: string | null = null): Promise<void> {
  await tx
    .insertInto("users")
    .values({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      recipient: u.recipient,
      created_at: u.createdAt,
      disabled: u.disabled ? 1 : 0,
      password_hash: passwordHash,
    })
    .execute();
}

export async function insertToken(
  tx: Tx,
  t: { id: string; userId: string; hash: string; name: string; createdAt: number },
): Promise<void> {
  await tx
    .insertInto("api_tokens")
    .values({
      id: t.id,
      user_id: t.userId,
      token_hash: t.hash,
      name: t.name,
      created_at: t.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

export async function getUserByEmail(on: Runner, email: string): Promise<User | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
  return row && toUser(row);
}

/** The enabled user holding a live token with this hash. */
export async function findUserByTokenHash(on: Runner, hash: string): Promise<User | undefined> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .selectAll("users")
    .where("api_tokens.token_hash", "=", hash)
    .where("api_tokens.revoked_at", "is", null)
    .where("users.disabled", "=", 0)
    .executeTakeFirst();
  return row && toUser(row);
}

export function toUser(row: Selectable<UserRow>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    recipient: row.recipient,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

export async function listUsers(on: Runner): Promise<User[]> {
  const db = builderOf(on);
  const rows = await db.selectFrom("users").selectAll().orderBy("id").execute();
  return rows.map(toUser);
}

export async function updateUser(tx: Tx, u: User): Promise<void> {
  await tx
    .updateTable("users")
    .set({ name: u.name, role: u.role, recipient: u.recipient, disabled: u.disabled ? 1 : 0 })
    .where("id", "=", u.id)
    .execute();
}

/** How many enabled admins there are, with their rows locked on PostgreSQL while `tx` lasts. */
export async function countEnabledAdmins(tx: Tx): Promise<number> {
  let q = tx.selectFrom("users").select("id").where("role", "=", "admin").where("disabled", "=", 0);
  q = tx.ops.lockRows(q);
  return (await q.execute()).length;
}

export async function getUser(on: Runner, id: string): Promise<User | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

export async function listTokens(on: Runner, userId: string) {
  const db = builderOf(on);
  return db
    .selectFrom("api_tokens")
    .select(["id", "name", "created_at", "last_used_at", "revoked_at"])
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
}

export async function revokeToken(tx: Tx, id: string, userId: string | null, now: number): Promise<boolean> {
  let q = tx
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null);
  if (userId !== null) q = q.where("user_id", "=", userId);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
