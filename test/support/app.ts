import type { InjectOptions, LightMyRequestResponse } from "fastify";
import type { App } from "../../src/http/app.js";
import { buildServer } from "../../src/http/server.js";
import type { Engine } from "../../src/store/store.js";
import { openTestStore, type TestStore } from "./engines.js";

export const ADMIN_TOKEN = "test-admin-token";
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface TestApp extends TestStore {
  app: App;
  /** Sends a request in process and parses a JSON answer. */
  call(options: InjectOptions): Promise<LightMyRequestResponse & { data: any }>;
  close(): Promise<void>;
}

export async function startTestApp(engine: Engine): Promise<TestApp> {
  const testStore = await openTestStore(engine);
  const app = await buildServer({ store: testStore.store, adminToken: ADMIN_TOKEN });
  await app.ready();
  return {
    ...testStore,
    app,
    call: async (options) => {
      const res = await app.inject(options);
      const isJson = String(res.headers["content-type"] ?? "").includes("json");
      return Object.assign(res, { data: isJson && res.body ? res.json() : undefined });
    },
    close: async () => {
      await app.close();
      await testStore.cleanup();
    },
  };
}
