import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { invalid } from "../domain/errors.js";

/** scrypt's cost: about 16 MiB and a few tens of milliseconds a hash. */
const PARAMS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, params: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, length, { ...params, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * `scrypt$N$r$p$salt$key`: the parameters travel with the hash, so raising the cost later leaves
 * every stored password readable.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_LENGTH);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join(
    "$",
  );
}

/** Whether `password` matches `stored`, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(
    password,
    Buffer.from(salt, "base64url"),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

/** A hash no password matches, checked when the email is unknown so both failures take as long. */
export const UNKNOWN_USER_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${randomBytes(16).toString("base64url")}$${randomBytes(KEY_LENGTH).toString("base64url")}`;

export function checkNewPassword(password: string, field = "password"): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw invalid([
      { field, code: "too_short", message: `a password has at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
  if (password.length > MAX_PASSWORD_LENGTH)
    throw invalid([
      { field, code: "too_long", message: `a password has at most ${MAX_PASSWORD_LENGTH} characters` },
    ]);
}
