import { afterAll, beforeAll } from "vitest";
import type { Engine } from "../../../src/store/store.js";
import { ADMIN_TOKEN } from "../../support/app.js";
import { openTestStore, type TestStore } from "../../support/engines.js";
import { startServerProcess, type ServerProcess } from "../../support/server-process.js";
import { buildWebApp } from "./browser.js";

export const SETUP_CODE = "TEST-SETUP-CODE-42";

/**
 * A real server on a fresh database of `engine`, for one suite; its setup code is SETUP_CODE.
 * `env` adds to its environment, made when the suite starts (an SMTP listener's address).
 */
export function suiteServer(engine: Engine, env: () => Promise<Record<string, string>> = async () => ({})) {
  let db: TestStore | undefined;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    buildWebApp();
    db = await openTestStore(engine);
    server = await startServerProcess({
      DATABASE_URL: "",
      ...db.env,
      CAROUSEL_ADMIN_TOKEN: ADMIN_TOKEN,
      CAROUSEL_SETUP_CODE: SETUP_CODE,
      ...(await env()),
    });
  }, 120_000);
  afterAll(async () => {
    await server?.kill();
    await db?.cleanup();
  });
  return {
    get url(): string {
      if (!server) throw new Error("the server starts before the suite's first test");
      return server.url;
    },
  };
}
