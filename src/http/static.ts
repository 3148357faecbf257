import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AppError } from "../domain/errors.js";
import type { App } from "./app.js";

/** The built browser app (`web/dist`), found from both `src/http` and `dist/http`. */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** Paths the app's client-side routes never take: they answer as the API does, with JSON. */
const SERVER_PATHS = /^\/(api|docs|forms|health|openapi\.json|assets)(\/|$|\?)/;

/**
 * Scripts only from this origin, never inline; styles may sit in attributes (the countdown bar's
 * width), which cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const YEAR = 365 * 24 * 60 * 60;

/**
 * Serves the web app at `/`: content-hashed assets cached for a year, the page itself revalidated
 * on every visit, and every client-side route (`/work`, `/leads/…`) answered with the page. Without
 * a build, `/` leads to the API docs instead.
 */
export async function registerWebApp(app: App, root = WEB_DIST): Promise<void> {
  if (!existsSync(`${root}index.html`)) {
    app.get("/", { schema: { hide: true } }, async (_request, reply) => reply.redirect("/docs"));
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    wildcard: false,
    index: "index.html",
    cacheControl: false,
    setHeaders: (res, path) => {
      if (path.includes("/assets/")) res.header("cache-control", `public, max-age=${YEAR}, immutable`);
      else res.header("cache-control", "no-cache");
      if (path.endsWith(".html")) {
        res.header("content-security-policy", CONTENT_SECURITY_POLICY);
        res.header("x-content-type-options", "nosniff");
        res.header("referrer-policy", "same-origin");
      }
    },
  });
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (SERVER_PATHS.test(path)) throw new AppError("not_found", `no route GET ${path}`);
    return reply.sendFile("index.html");
  });
}
