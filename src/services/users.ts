import { AppError, invalid, notFound } from "../domain/errors.js";
import type { Principal, Role, User } from "../domain/user.js";
import { getRecipient } from "../store/queries/recipients.js";
import { countEnabledAdmins, getUser, updateUser } from "../store/queries/users.js";
import type { Store, Tx } from "../store/store.js";
import { audit } from "./audit.js";

/** The users, by id: a read that is one store operation. */
export { listUsers } from "../store/queries/users.js";

export interface UserPatch {
  name?: string | undefined;
  role?: Role | undefined;
  /** The recipient an agent or partner acts for; null for staff. */
  recipient?: string | null | undefined;
  disabled?: boolean | undefined;
}

/**
 * Renames a user, changes its role (and the recipient it acts for), or disables and enables it.
 * A disabled user's tokens stop at once: authentication reads the flag with the token. The last
 * enabled admin can be neither disabled nor demoted, so someone can always manage the users.
 */
export async function patchUser(
  store: Store,
  id: string,
  patch: UserPatch,
  by: Principal,
  now = Date.now(),
): Promise<User> {
  return store.transact(async (tx) => {
    const current = await getUser(tx, id);
    if (!current) throw notFound(`user ${id}`);
    const role = patch.role ?? current.role;
    const staff = role === "admin" || role === "manager";
    const next: User = {
      ...current,
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      role,
      recipient: patch.recipient !== undefined ? patch.recipient : staff ? null : current.recipient,
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
    };
    await checkRecipientOfRole(tx, next.role, next.recipient);
    const leavesAdmins =
      current.role === "admin" && !current.disabled && (next.role !== "admin" || next.disabled);
    if (leavesAdmins && (await countEnabledAdmins(tx)) <= 1)
      throw new AppError(
        "conflict",
        "this is the last enabled admin: make another user admin before disabling or demoting this one",
      );
    await updateUser(tx, next);
    await audit(tx, by, { entity: "user", key: id, action: "update", before: current, after: next }, now);
    return next;
  });
}

/** An agent user acts for an agent recipient, a partner user for a partner or buyer; staff act for none. */
export async function checkRecipientOfRole(tx: Tx, role: Role, recipient: string | null): Promise<void> {
  if (role === "admin" || role === "manager") {
    if (recipient !== null)
      throw invalid([
        { field: "recipient", code: "invalid", message: `a ${role} does not act for a recipient` },
      ]);
    return;
  }
  if (recipient === null)
    throw invalid([{ field: "recipient", code: "required", message: `a ${role} user acts for a recipient` }]);
  const found = await getRecipient(tx, recipient);
  if (!found)
    throw invalid([
      { field: "recipient", code: "not_found", message: `recipient ${recipient} does not exist` },
    ]);
  // A buyer company signs in to its portal (returns, its leads) as a partner does.
  const kinds = role === "partner" ? ["partner", "buyer"] : [role];
  if (!kinds.includes(found.kind))
    throw invalid([
      {
        field: "role",
        code: "invalid",
        message: `a ${role} user acts for a ${kinds.join(" or ")} recipient; ${recipient} is a ${found.kind}`,
      },
    ]);
}
