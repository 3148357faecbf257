import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import { AppError } from "../domain/errors.js";
import type { Principal, Role } from "../domain/user.js";
import { requireRole } from "../services/auth.js";
import { csrfMatches, type SignedIn } from "../services/sessions.js";
import type { App, Deps } from "./app.js";
import { authenticateCaller } from "./authenticate.js";
import { ErrorResponse } from "./schemas.js";
import { sessionIdOf } from "./session-cookie.js";

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
    const principal = await authenticate(deps, request);
    requireRole(principal, roles);
    request.principal = principal;
  };
  return Object.assign(check, { [CHECKS_CALLER]: true as const });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The caller: the bearer token when the request carries one (integrations), else the session
 * cookie (the web app). A write on a session must also carry the session's CSRF token in
 * `X-CSRF-Token`, which a page on another site cannot know.
 */
export async function authenticate(deps: Deps, request: FastifyRequest): Promise<Principal> {
  if (request.headers.authorization !== undefined) return authenticateCaller(deps, request);
  const session = await signedInOf(deps, request);
  if (!session) throw new AppError("unauthorized", "sign in, or send an Authorization: Bearer token");
  return session.principal;
}

/** The live session of the request's cookie, its CSRF token checked on writes; null without a cookie or session. */
export async function signedInOf(deps: Deps, request: FastifyRequest): Promise<SignedIn | null> {
  const id = sessionIdOf(request);
  const session = id === undefined ? null : await deps.sessions.find(id);
  if (!session) return null;
  const token = request.headers["x-csrf-token"];
  if (!SAFE_METHODS.has(request.method) && !csrfMatches(id!, typeof token === "string" ? token : undefined))
    throw new AppError("forbidden", "a write made with a session cookie needs its X-CSRF-Token header");
  return session;
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

/** Either a bearer token or the web app's session cookie. */
export const bearer: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];
