import type { User } from "../../domain/user.js";
import { builderOf, type Runner, type Store, type Tx } from "../store.js";
import { toUser } from "./users.js";

type Db = Store["db"] | Tx;

export async function insertSession(tx: Db, idHash: string, userId: string, now: number): Promise<void> {
  await tx
    .insertInto("sessions")
    .values({ id_hash: idHash, user_id: userId, created_at: now, last_seen_at: now, revoked_at: null })
    .execute();
}

export interface LiveSession {
  lastSeenAt: number;
  user: User;
}

/**
 * The session with this id hash and its user, if it is neither revoked nor idle since `idleSince`
 * and its user is not disabled (read on every request, so disabling a user ends its sessions at once).
 */
export async function findLiveSession(
  on: Runner,
  idHash: string,
  idleSince: number,
): Promise<LiveSession | undefined> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select("sessions.last_seen_at")
    .where("sessions.id_hash", "=", idHash)
    .where("sessions.revoked_at", "is", null)
    .where("sessions.last_seen_at", ">", idleSince)
    .where("users.disabled", "=", 0)
    .executeTakeFirst();
  if (!row) return undefined;
  return { lastSeenAt: row.last_seen_at, user: toUser(row) };
}

export async function touchSession(on: Runner, idHash: string, now: number): Promise<void> {
  const db = builderOf(on);
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now })
    .where("id_hash", "=", idHash)
    .where("last_seen_at", "<", now)
    .execute();
}

export async function revokeSession(on: Runner, idHash: string, now: number): Promise<void> {
  const db = builderOf(on);
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("id_hash", "=", idHash)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every session of a user, e.g. when its password changes. */
export async function revokeSessionsOf(on: Runner, userId: string, now: number): Promise<void> {
  const db = builderOf(on);
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
}

export async function getPasswordHash(
  on: Runner,
  email: string,
): Promise<{ user: User; hash: string | null } | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
  if (!row) return undefined;
  return { user: toUser(row), hash: row.password_hash };
}

export async function setPasswordHash(on: Runner, userId: string, hash: string): Promise<void> {
  const db = builderOf(on);
  await db.updateTable("users").set({ password_hash: hash }).where("id", "=", userId).execute();
}

export type LinkPurpose = "invite" | "reset";

export async function insertUserLink(
  on: Runner,
  link: { tokenHash: string; userId: string; purpose: LinkPurpose; now: number; expiresAt: number },
): Promise<void> {
  const db = builderOf(on);
  await db
    .insertInto("user_links")
    .values({
      token_hash: link.tokenHash,
      user_id: link.userId,
      purpose: link.purpose,
      created_at: link.now,
      expires_at: link.expiresAt,
      used_at: null,
    })
    .execute();
}

/**
 * Uses the link with this hash once: marks it used and answers its user id, or undefined when it
 * is unknown, used, expired or meant for something else. A compare-and-set, so of two uses at once
 * exactly one succeeds.
 */
export async function useUserLink(
  tx: Tx,
  tokenHash: string,
  purpose: LinkPurpose,
  now: number,
): Promise<string | undefined> {
  const row = await tx
    .updateTable("user_links")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}

/** Ends the user's unused links of `purpose`: a new link replaces the ones sent before it. */
export async function expireUserLinks(
  on: Runner,
  userId: string,
  purpose: LinkPurpose,
  now: number,
): Promise<void> {
  const db = builderOf(on);
  await db
    .updateTable("user_links")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
}

export async function countUsers(on: Runner): Promise<number> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Claims the first-run setup; false when another setup has claimed it already. */
export async function claimSetup(tx: Tx, email: string, now: number): Promise<boolean> {
  const result = await tx
    .insertInto("setup_claims")
    .values({ name: "first-admin", email, at: now })
    .onConflict((oc) => oc.column("name").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
