import { AppError, notFound } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Principal } from "../domain/user.js";
import { getUser, insertToken, listTokens, revokeToken } from "../store/queries/users.js";
import type { Store } from "../store/store.js";
import { audit } from "./audit.js";
import { hashSecret, newToken } from "./auth.js";

/** Who a token call is about: yourself, or (for an admin) any user. */
function subject(principal: Principal, userId: string | undefined): string {
  const target = userId ?? principal.userId;
  if (!target)
    throw new AppError("validation_failed", "the bootstrap admin has no user: name one with userId");
  if (target !== principal.userId && principal.role !== "admin")
    throw new AppError("forbidden", "only an admin manages another user's tokens");
  return target;
}

/** A new API token for an integration; returned here and never again. */
export async function issueToken(
  store: Store,
  principal: Principal,
  input: { name: string; userId?: string | undefined },
  now = Date.now(),
): Promise<{ id: string; name: string; token: string; userId: string }> {
  const userId = subject(principal, input.userId);
  const token = newToken();
  const id = newId("token", now);
  await store.transact(async (tx) => {
    if (!(await getUser(tx, userId))) throw notFound(`user ${userId}`);
    await insertToken(tx, { id, userId, hash: hashSecret(token), name: input.name, createdAt: now });
    await audit(
      tx,
      principal,
      { entity: "token", key: id, action: "create", after: { id, name: input.name, userId } },
      now,
    );
  });
  return { id, name: input.name, token, userId };
}

export async function revoke(
  store: Store,
  principal: Principal,
  tokenId: string,
  now = Date.now(),
): Promise<void> {
  // An admin may revoke any token; everyone else only their own.
  const owner = principal.role === "admin" ? null : principal.userId;
  await store.transact(async (tx) => {
    if (!(await revokeToken(tx, tokenId, owner, now))) throw notFound(`token ${tokenId}`);
    await audit(
      tx,
      principal,
      { entity: "token", key: tokenId, action: "revoke", after: { revokedAt: now } },
      now,
    );
  });
}

export interface TokenSummary {
  id: string;
  name: string;
  userId: string;
  createdAt: number;
}

/** The live (unrevoked) tokens of yourself or, for an admin, of any user; never their secrets. */
export async function liveTokens(
  store: Store,
  principal: Principal,
  userId: string | undefined,
): Promise<TokenSummary[]> {
  // The admin token from the environment has no user, so no tokens of its own.
  if (userId === undefined && !principal.userId) return [];
  const target = subject(principal, userId);
  if (target !== principal.userId && !(await getUser(store, target))) throw notFound(`user ${target}`);
  const rows = await listTokens(store, target);
  return rows
    .filter((r) => r.revoked_at === null)
    .map((r) => ({
      id: r.id,
      name: r.name,
      userId: target,
      createdAt: r.created_at,
    }));
}
