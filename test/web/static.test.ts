import Fastify from "fastify";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/http/app.js";
import { handleError } from "../../src/http/errors.js";
import { registerWebApp } from "../../src/http/static.js";

describe("the built web app served at /", () => {
  let app: App;
  let dist: string;
  beforeAll(async () => {
    dist = `${mkdtempSync(join(tmpdir(), "carousel-web-"))}/`;
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Carousel</title>");
    writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
    app = Fastify() as unknown as App;
    app.setErrorHandler(handleError);
    app.get("/api/v1/things", async () => ({ items: [] }));
    await registerWebApp(app, dist);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });
  const get = (url: string) => app.inject({ method: "GET", url });

  it("serves the page revalidated on every visit, under a policy that allows no inline script", async () => {
    const page = await get("/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("caches content-hashed assets for a year", async () => {
    const asset = await get("/assets/index-abc123.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers the app's own routes with the page, so a bookmark of /leads/123 works", async () => {
    for (const url of ["/work", "/leads/lead_1?stage=won", "/invite/abc"]) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain("<title>Carousel</title>");
    }
  });

  it("leaves the API, docs, forms and missing assets to answer 404 in the API's error shape", async () => {
    for (const url of ["/api/v1/nothing", "/forms/x/y", "/health/x", "/assets/gone.js", "/docs/missing"]) {
      const answer = await get(url);
      expect(answer.statusCode, url).toBe(404);
      expect(answer.json(), url).toMatchObject({ error: { code: "not_found" } });
    }
    expect((await get("/api/v1/things")).json()).toEqual({ items: [] });
  });
});
