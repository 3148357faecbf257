import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../domain/errors.js";
import type { Principal, Role } from "../domain/user.js";
import { requireRole } from "../services/auth.js";
import type { Deps } from "./app.js";

export const STAFF: readonly Role[] = ["admin", "manager"];
export const EVERYONE: readonly Role[] = ["admin", "manager", "agent", "partner"];

/** A preHandler that lets through only callers with one of `roles`. */
export function allow(deps: Deps, roles: readonly Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const principal = await deps.auth.authenticate(request.headers.authorization);
    requireRole(principal, roles);
    request.principal = principal;
  };
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError("unauthorized", "authentication is required");
  return request.principal;
}

export const bearer = [{ bearer: [] }];
