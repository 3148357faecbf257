import { randomBytes, timingSafeEqual } from "node:crypto";
import { AppError } from "../domain/errors.js";
import type { Principal, User } from "../domain/user.js";
import {
  findLiveSession,
  getPasswordHash,
  insertSession,
  revokeSession,
  touchSession,
} from "../store/queries/sessions.js";
import type { Store, Tx } from "../store/store.js";
import { hashSecret } from "./auth.js";
import { FailureThrottle, type FailedAuthentications } from "./rate-limits.js";
import { UNKNOWN_USER_HASH, verifyPassword } from "./passwords.js";

export const SESSION_COOKIE = "carousel_session";
export const DEFAULT_SESSION_IDLE_MINUTES = 480;
/** A session's last-seen time is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** Failed sign-ins to one account a minute before it is refused for a while. */
export const SIGN_IN_FAILURES_PER_MINUTE = 5;

export interface SessionOptions {
  /** Failed authentications per client address, shared with bearer tokens. */
  failedAuth: FailedAuthentications;
  idleMinutes?: number;
  clock?: () => number;
}

/** A signed-in session as a request presents it. */
export interface SignedIn {
  user: User;
  principal: Principal;
  csrfToken: string;
}

/**
 * Browser sessions kept in the database, so they outlive a restart and hold across processes.
 * The id travels only in the cookie; the table keeps its hash. A session ends when it is
 * revoked (sign-out, a new password) or after `idleMinutes` without a request.
 */
export class Sessions {
  readonly #store: Store;
  readonly #idleMs: number;
  readonly clock: () => number;
  readonly #failedAuth: FailedAuthentications;
  readonly #byEmail: FailureThrottle;

  constructor(store: Store, options: SessionOptions) {
    this.#store = store;
    this.#idleMs = (options.idleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES) * 60_000;
    this.clock = options.clock ?? Date.now;
    this.#failedAuth = options.failedAuth;
    this.#byEmail = new FailureThrottle(
      { perMinute: SIGN_IN_FAILURES_PER_MINUTE },
      this.clock,
      "sign-ins to this account",
    );
  }

  get idleSeconds(): number {
    return Math.round(this.#idleMs / 1000);
  }

  /**
   * Checks an email and password and opens a session. A wrong email and a wrong password fail
   * alike, after the same work (a hash is checked either way), and count against the limits of
   * failures per client address and per account.
   */
  async signIn(email: string, password: string, address: string): Promise<{ id: string } & SignedIn> {
    const key = email.trim().toLowerCase();
    this.#failedAuth.check(address);
    this.#byEmail.check(key);
    const found = await getPasswordHash(this.#store, key);
    const matches = await verifyPassword(password, found?.hash ?? UNKNOWN_USER_HASH);
    if (!found || !found.hash || !matches || found.user.disabled) {
      this.#failedAuth.failed(address);
      this.#byEmail.failed(key);
      throw new AppError("unauthorized", "the email or password is wrong");
    }
    const id = await this.#store.transact((tx) => this.open(tx, found.user.id));
    return { id, ...signedIn(found.user, id) };
  }

  /** Opens a session for a user in `tx` (sign-in, first-run setup, an accepted invite) and answers its id. */
  async open(tx: Tx, userId: string): Promise<string> {
    const id = randomBytes(32).toString("base64url");
    await insertSession(tx, hashSecret(id), userId, this.clock());
    return id;
  }

  /** The live session behind a cookie's id, or null; keeps it alive. */
  async find(id: string): Promise<SignedIn | null> {
    const now = this.clock();
    const idHash = hashSecret(id);
    const found = await findLiveSession(this.#store, idHash, now - this.#idleMs);
    if (!found) return null;
    if (now - found.lastSeenAt >= TOUCH_EVERY_MS) await touchSession(this.#store, idHash, now);
    return signedIn(found.user, id);
  }

  async signOut(id: string): Promise<void> {
    await revokeSession(this.#store, hashSecret(id), this.clock());
  }
}

/** The token a cookie-authenticated write must carry in `X-CSRF-Token`: derived from the session id, which a page on another site cannot read. */
export const csrfTokenOf = (sessionId: string): string => hashSecret(`csrf:${sessionId}`);

export function csrfMatches(sessionId: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(csrfTokenOf(sessionId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What a session with this id presents of its user. */
export function signedIn(user: User, id: string): SignedIn {
  return {
    user,
    principal: { userId: user.id, role: user.role, recipient: user.recipient },
    csrfToken: csrfTokenOf(id),
  };
}
