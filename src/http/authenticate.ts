import type { FastifyRequest } from "fastify";
import { AppError } from "../domain/errors.js";
import type { Principal } from "../domain/user.js";
import { hashSecret } from "../services/auth.js";
import type { Deps } from "./app.js";

/**
 * The caller behind the request's bearer token, with failed attempts limited per client
 * address and per token: a caller over either limit gets 429 before its token is looked up.
 * A request with no Authorization header attempts nothing and is only refused (401).
 */
export async function authenticateCaller(deps: Deps, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  if (header === undefined) return deps.auth.authenticate(header);
  const token = hashSecret(header);
  deps.limits.failedAuth.check(request.ip, token);
  try {
    return await deps.auth.authenticate(header);
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthorized")
      deps.limits.failedAuth.failed(request.ip, token);
    throw error;
  }
}
