import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "../services/sessions.js";

/** The session id in the request's cookie, if there is one. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * Sets (or, with null, clears) the session cookie: out of scripts' reach, sent on top-level
 * navigations from other sites but not on their requests, and only over TLS when the request came
 * over TLS (directly, or per `X-Forwarded-Proto` behind a trusted proxy).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string | null): void {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Lax"];
  if (request.protocol === "https") attributes.push("Secure");
  if (id === null) attributes.push("Max-Age=0");
  void reply.header("set-cookie", [`${SESSION_COOKIE}=${id ?? ""}`, ...attributes].join("; "));
  void reply.header("cache-control", "no-store");
}

/** Where the caller reached this server, e.g. `https://leads.example.com`. */
export const originOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

/**
 * Where a page or site outside reaches this server: `CAROUSEL_PUBLIC_URL` when set (behind a
 * proxy the request's own address may be an inner one), else the request's origin.
 */
export const publicOriginOf = (publicUrl: string | undefined, request: FastifyRequest): string =>
  publicUrl ?? originOf(request);
