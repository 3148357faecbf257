import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { AppError } from "../domain/errors.js";
import { type Principal, type Role } from "../domain/user.js";
import { findUserByTokenHash } from "../store/queries/users.js";
import type { Store } from "../store/store.js";

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** A new API token; only its hash is ever stored. */
export const newToken = (): string => `crsl_${randomBytes(32).toString("base64url")}`;

export const newIntakeKey = (): string => `ik_${randomBytes(18).toString("base64url")}`;

export class Authenticator {
  readonly #store: Store;
  readonly #adminHash: Buffer | null;

  constructor(store: Store, adminToken: string | undefined) {
    this.#store = store;
    this.#adminHash = adminToken ? Buffer.from(hashSecret(adminToken), "hex") : null;
  }

  /** The caller behind an `Authorization: Bearer` header, or a 401. */
  async authenticate(header: string | undefined): Promise<Principal> {
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw new AppError("unauthorized", "an Authorization: Bearer token is required");
    const hash = hashSecret(match[1]!);
    if (this.#adminHash && timingSafeEqual(Buffer.from(hash, "hex"), this.#adminHash))
      return { userId: null, role: "admin", recipient: null };
    const user = await findUserByTokenHash(this.#store, hash);
    if (!user) throw new AppError("unauthorized", "the token is not valid");
    return { userId: user.id, role: user.role, recipient: user.recipient };
  }
}

export function requireRole(principal: Principal, roles: readonly Role[]): void {
  if (!roles.includes(principal.role))
    throw new AppError(
      "forbidden",
      `this needs the role ${roles.join(" or ")}; the caller is ${principal.role}`,
    );
}
