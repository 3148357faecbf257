import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import { AppError } from "../domain/errors.js";
import type { Principal, Role } from "../domain/user.js";
import { requireRole } from "../services/auth.js";
import type { App, Deps } from "./app.js";
import { authenticateCaller } from "./authenticate.js";
import { ErrorResponse } from "./schemas.js";

export const STAFF: readonly Role[] = ["admin", "manager"];
export const EVERYONE: readonly Role[] = ["admin", "manager", "agent", "partner"];

const CHECKS_CALLER = Symbol("checks the caller");

type CallerCheck = ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) & {
  [CHECKS_CALLER]: true;
};

/**
 * A hook that lets through only callers with one of `roles`. Routes name it as their
 * `preHandler`; `checkCallersFirst` runs it when the request arrives instead.
 */
export function allow(deps: Deps, roles: readonly Role[]): CallerCheck {
  const check = async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const principal = await authenticateCaller(deps, request);
    requireRole(principal, roles);
    request.principal = principal;
  };
  return Object.assign(check, { [CHECKS_CALLER]: true as const });
}

const isCallerCheck = (hook: unknown): boolean => typeof hook === "function" && CHECKS_CALLER in hook;

/**
 * Moves every route's `allow` check before body parsing and validation, so a caller
 * without the right token gets 401/403 (or 429, see `authenticateCaller`) whatever it sent: it
 * learns nothing from the route's schema and cannot make the server parse its body. Register
 * before the routes.
 */
export function checkCallersFirst(app: App): void {
  app.addHook("onRoute", (route) => {
    const preHandlers = [route.preHandler ?? []].flat();
    const checks = preHandlers.filter(isCallerCheck);
    if (checks.length === 0) return;
    route.preHandler = preHandlers.filter((hook) => !isCallerCheck(hook));
    route.onRequest = [...[route.onRequest ?? []].flat(), ...(checks as unknown as onRequestHookHandler[])];
    // Every caller check may refuse a caller who failed too often (429), so the document says so.
    const response = route.schema?.response as Record<number, unknown> | undefined;
    if (response && !(429 in response)) response[429] = ErrorResponse;
  });
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError("unauthorized", "authentication is required");
  return request.principal;
}

export const bearer = [{ bearer: [] }];
