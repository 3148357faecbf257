import { randomBytes, timingSafeEqual } from "node:crypto";
import { AppError } from "../domain/errors.js";
import type { Principal, User } from "../domain/user.js";
import {
  claimSetup,
  countUsers,
  expireUserLinks,
  getPasswordHash,
  insertUserLink,
  revokeSessionsOf,
  setPasswordHash,
  useUserLink,
  type LinkPurpose,
} from "../store/queries/sessions.js";
import { getUser } from "../store/queries/users.js";
import type { Store, Tx } from "../store/store.js";
import { BOOTSTRAP } from "./audit.js";
import { hashSecret } from "./auth.js";
import { createUser, type NewUser } from "./catalog.js";
import { FailureThrottle } from "./rate-limits.js";
import type { Mailer } from "./mailer.js";
import { hashPassword } from "./passwords.js";
import type { Sessions } from "./sessions.js";

export const INVITE_DAYS = 7;
export const RESET_MINUTES = 60;

export interface OnboardingOptions {
  sessions: Sessions;
  /** Null: no `SMTP_URL`, so nothing is emailed. */
  mailer: Mailer | null;
  /** The code the first-run setup asks for; a random one nobody knows when not given. */
  setupCode?: string | undefined;
  /** Where the web app is reached (`CAROUSEL_PUBLIC_URL`), for links in emails. */
  publicUrl?: string | undefined;
  onMailError?: (error: unknown) => void;
}

/** The user and session a completed onboarding step signs in with. */
export interface Opened {
  user: User;
  sessionId: string;
}

/** A readable one-time code: 100 random bits as five groups of four letters and digits. */
export function newSetupCode(): string {
  const alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % 32]!);
  return [0, 4, 8, 12, 16].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

const normalizeCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
const newLinkToken = () => randomBytes(32).toString("base64url");

/**
 * Getting people in: the first admin on a fresh server (with the setup code it printed), invites
 * an admin sends, and password resets by email. Links carry a random token of which only the
 * hash is stored; each works once and expires.
 */
export class Onboarding {
  readonly #store: Store;
  readonly #sessions: Sessions;
  readonly #mailer: Mailer | null;
  readonly #setupCode: string;
  readonly #publicUrl: string | undefined;
  readonly #onMailError: (error: unknown) => void;
  /** Reset emails to one address: one a minute, so the endpoint cannot be used to flood a mailbox. */
  readonly #resetsByEmail: FailureThrottle;

  constructor(store: Store, options: OnboardingOptions) {
    this.#store = store;
    this.#sessions = options.sessions;
    this.#mailer = options.mailer;
    this.#setupCode = options.setupCode ?? newSetupCode();
    this.#publicUrl = options.publicUrl?.replace(/\/+$/, "");
    this.#onMailError = options.onMailError ?? (() => undefined);
    this.#resetsByEmail = new FailureThrottle({ perMinute: 1 }, this.#sessions.clock, "reset requests");
  }

  get #now(): number {
    return this.#sessions.clock();
  }

  async setupNeeded(): Promise<boolean> {
    return (await countUsers(this.#store)) === 0;
  }

  /** Creates the first admin and signs them in, once, for whoever has the setup code. */
  async setup(input: { code: string; email: string; name: string; password: string }): Promise<Opened> {
    if (!(await this.setupNeeded())) throw setupDone();
    const given = Buffer.from(normalizeCode(input.code));
    const expected = Buffer.from(normalizeCode(this.#setupCode));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new AppError("forbidden", "the setup code is wrong: it is printed in the server's log at start");
    let sessionId = "";
    const { user } = await createFirstAdmin(this.#store, input, this.#now, async (tx, user) => {
      sessionId = await this.#sessions.open(tx, user.id);
    });
    return { user, sessionId };
  }

  /**
   * Creates a user. Without a password it gets an invite link, answered here once and emailed
   * when mail is set up; `origin` is where the caller reached this server.
   */
  async createUser(
    input: NewUser,
    origin: string,
    by: Principal,
  ): Promise<{ user: User; token: string; inviteUrl: string | null }> {
    const now = this.#now;
    const linkToken = input.password === undefined ? newLinkToken() : null;
    const created = await createUser(this.#store, input, by, now, {
      after: async (tx, user) => {
        if (linkToken) await this.#addLink(tx, user.id, "invite", linkToken, now + INVITE_DAYS * 86_400_000);
      },
    });
    if (!linkToken) return { ...created, inviteUrl: null };
    const inviteUrl = `${this.#publicUrl ?? origin}/invite/${linkToken}`;
    this.#mail({
      to: created.user.email,
      subject: "You are invited to Carousel",
      text: `Hello ${created.user.name},\n\nyou have been invited to Carousel as ${created.user.role}. Choose your password here (the link works once, for ${INVITE_DAYS} days):\n\n${inviteUrl}\n`,
    });
    return { ...created, inviteUrl };
  }

  /** Sets the password of an invited user and signs them in. */
  async acceptInvite(token: string, password: string): Promise<Opened> {
    return this.#useLink(
      token,
      "invite",
      password,
      "the invite link is not valid: it may have expired or been used",
    );
  }

  /**
   * Emails a reset link when the address belongs to a user and mail is set up; says nothing
   * either way. The mail goes out after the answer, so the answer takes as long whether the
   * address is known or not.
   */
  async requestReset(email: string): Promise<void> {
    const now = this.#now;
    const key = email.trim().toLowerCase();
    try {
      this.#resetsByEmail.check(key);
    } catch {
      return;
    }
    this.#resetsByEmail.failed(key);
    if (!this.#mailer || !this.#publicUrl) {
      if (this.#mailer)
        this.#onMailError(new Error("CAROUSEL_PUBLIC_URL is not set: no reset link can be emailed"));
      return;
    }
    const publicUrl = this.#publicUrl;
    void (async () => {
      const found = await getPasswordHash(this.#store, key);
      if (!found || found.user.disabled) return;
      const token = newLinkToken();
      await this.#store.transact(async (tx) => {
        await expireUserLinks(tx, found.user.id, "reset", now);
        await this.#addLink(tx, found.user.id, "reset", token, now + RESET_MINUTES * 60_000);
      });
      await this.#mailer!.send({
        to: found.user.email,
        subject: "Reset your Carousel password",
        text: `Hello ${found.user.name},\n\nsomeone (we hope you) asked to reset your Carousel password. Choose a new one here (the link works once, for ${RESET_MINUTES} minutes):\n\n${publicUrl}/reset/${token}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
      });
    })().catch(this.#onMailError);
  }

  /** Sets a new password from a reset link, ends every other session of the user, and signs them in. */
  async resetPassword(token: string, password: string): Promise<Opened> {
    return this.#useLink(
      token,
      "reset",
      password,
      "the reset link is not valid: it may have expired or been used",
    );
  }

  async #useLink(token: string, purpose: LinkPurpose, password: string, wrong: string): Promise<Opened> {
    const hash = await hashPassword(password);
    const now = this.#now;
    return this.#store.transact(async (tx) => {
      const userId = await useUserLink(tx, hashSecret(token), purpose, now);
      const user = userId === undefined ? undefined : await getUser(tx, userId);
      if (!user || user.disabled) throw new AppError("not_found", wrong);
      await setPasswordHash(tx, user.id, hash);
      await revokeSessionsOf(tx, user.id, now);
      await expireUserLinks(tx, user.id, purpose, now);
      return { user, sessionId: await this.#sessions.open(tx, user.id) };
    });
  }

  async #addLink(
    tx: Tx,
    userId: string,
    purpose: LinkPurpose,
    token: string,
    expiresAt: number,
  ): Promise<void> {
    await insertUserLink(tx, { tokenHash: hashSecret(token), userId, purpose, now: this.#now, expiresAt });
  }

  #mail(mail: { to: string; subject: string; text: string }): void {
    this.#mailer?.send(mail).catch(this.#onMailError);
  }
}

const setupDone = () => new AppError("conflict", "setup is done: a user exists already; sign in instead");

/**
 * Creates the first admin of an empty database. Exactly one of several setups running at once
 * wins, whichever process runs them: each first claims the setup's one row, and a setup that
 * gets it while a user exists (one made by `user create`) gives up.
 */
export async function createFirstAdmin(
  store: Store,
  input: { email: string; name: string; password: string },
  now: number,
  after?: (tx: Tx, user: User) => Promise<void>,
): Promise<{ user: User; token: string }> {
  return createUser(store, { ...input, role: "admin" }, BOOTSTRAP, now, {
    before: async (tx) => {
      if (!(await claimSetup(tx, input.email.trim().toLowerCase(), now)) || (await countUsers(tx)) > 0)
        throw setupDone();
    },
    ...(after ? { after } : {}),
  });
}
